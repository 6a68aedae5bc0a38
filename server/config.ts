// Every setting, read once from the environment. Nothing else reads process.env.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** When set, the MongoDB store is used instead of the embedded SQLite one. */
  mongodbUri: string | null;
  /**
   * The embedded store's log is copied into its file on a thread of its own (storage/sqlite/walCheckpoints.ts):
   * every `checkpointMs`, and started over once it holds `checkpointRestartPages` pages (4 KiB each).
   */
  sqlite: { checkpointMs: number; checkpointRestartPages: number };
  deeplAuthKey: string | null;
  /** Overrides DeepL's address (tests point it at a fake server on 127.0.0.1). */
  deeplServerUrl: string | null;
  admin: { email: string; password: string | null };
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Largest accepted TMX file (POST /api/projects/:id/tm/import streams it to disk), in bytes. */
  tmxLimitBytes: number;
  /**
   * Largest accepted document file (multipart submission and preview, XLIFF re-import), in bytes: held
   * in memory while it is read, so it bounds what one upload costs.
   */
  uploadLimitBytes: number;
  sessionTtlHours: number;
  /** Secure cookies need HTTPS; off for plain http://localhost. */
  secureCookies: boolean;
  /** Failed sign-ins allowed per window: per account (the e-mail tried) and, higher, per client address. */
  login: { windowMs: number; maxAttempts: number; maxAttemptsPerIp: number };
  /**
   * Express's `trust proxy`: false (the default) takes the client address from the connection; behind
   * a reverse proxy, true, a number of hops, or the proxies' addresses/subnets (comma-separated) make
   * the rate limits and the audit trail see the address in X-Forwarded-For instead.
   */
  trustProxy: boolean | number | string;
  mt: {
    batchSize: number;
    maxRetries: number;
    /** First retry delay; each retry doubles it. */
    retryBaseMs: number;
    /** Largest request body sent to DeepL (its limit is 128 KiB); batches are cut to fit. */
    maxRequestBytes: number;
  };
  /** How often steps past their due date are looked for, to notify their assignees (ms); 0 switches it off. */
  overdueCheckMs: number;
  /**
   * How long a session and its user, once read, serve the requests that present it without being read
   * again (commands/auth/sessionCache.ts); an ended session or a changed account drops them at once
   * through the account feed. 0 reads them for every request.
   */
  sessionCacheMs: number;
  /**
   * This process's name among the instances sharing one store (job leases, the live feed): unique per
   * process. Default: host name, process id and a random suffix.
   */
  instanceId: string;
  /** Background jobs (MT, TMX imports) are claimed with a lease in the store, renewed while they run (docs/deployment.md). */
  jobs: {
    /** How long a claim lasts without a heartbeat; another instance takes the job over after that. */
    leaseMs: number;
    /** How often a running job's lease is renewed (well below leaseMs). */
    heartbeatMs: number;
    /** How often an instance looks for unfinished jobs whose lease expired; 0: only at start. */
    sweepMs: number;
  };
  /**
   * Live updates (segment changes, presence, ended sessions): `store` passes them through the store to
   * every instance on it; `process` keeps them inside this process (enough for a single instance).
   */
  live: {
    feed: 'store' | 'process';
    /** SQLite: how often each instance reads the change log for what the others wrote. */
    pollMs: number;
    /** How long change log entries are kept (an instance lagging further behind misses them). */
    retentionMs: number;
  };
  /**
   * Webhook deliveries: WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true lets them reach loopback and private
   * addresses (tests, closed networks; off by default: SSRF guard); each attempt waits at most
   * WEBHOOK_TIMEOUT_MS for an answer; at most WEBHOOK_CONCURRENCY attempts run at once.
   */
  webhooks: { allowPrivateAddresses: boolean; timeoutMs: number; concurrency: number };
  logRequests: boolean;
  /**
   * Worker threads for CPU-heavy work on large inputs (segmenting a document, reading a glossary file,
   * aligning texts: server/workers); 0 runs it all on the main thread.
   */
  workerThreads: number;
  /** Inputs with fewer characters than this are handled on the main thread (a thread would cost more). */
  workerMinChars: number;
  /** The translation memory held in memory, on its own thread (commands/tm/tmService.ts, docs/performance.md). */
  tm: {
    /** Saved under DATA_DIR so that a restart loads it instead of building it from the store. */
    snapshot: boolean;
    /** Saved once this many changes came in … */
    saveAfterChanges: number;
    /** … and none for this long, in ms (and always at shutdown). */
    saveDelayMs: number;
  };
  /** The built web client (`npm run build:client` writes it); served at / when it exists. */
  clientDir: string;
}

type Env = Record<string, string | undefined>;

const int = (value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`expected an integer, got "${value}"`);
  return parsed;
};
const text = (value: string | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

/** TRUST_PROXY: `true`/`false`, a hop count, or addresses and subnets as express takes them. */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === 'false') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** LIVE_FEED: `store` (the default) or `process`. */
export function parseLiveFeed(value: string | undefined): 'store' | 'process' {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '' || trimmed === 'store') return 'store';
  if (trimmed === 'process') return 'process';
  throw new Error(`LIVE_FEED must be "store" or "process", got "${value}"`);
}

const defaultInstanceId = (): string => `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

/** Job lease timing; a heartbeat must come well within the lease, or a running job would be taken over. */
function jobSettings(env: Env): Config['jobs'] {
  const jobs = { leaseMs: int(env.JOB_LEASE_MS, 30_000), heartbeatMs: int(env.JOB_HEARTBEAT_MS, 10_000), sweepMs: int(env.JOB_SWEEP_MS, 15_000) };
  if (jobs.leaseMs <= 0 || jobs.heartbeatMs <= 0 || jobs.sweepMs < 0) throw new Error('JOB_LEASE_MS and JOB_HEARTBEAT_MS must be positive, JOB_SWEEP_MS 0 or more');
  if (jobs.heartbeatMs * 2 > jobs.leaseMs) throw new Error(`JOB_HEARTBEAT_MS (${jobs.heartbeatMs}) must be at most half of JOB_LEASE_MS (${jobs.leaseMs})`);
  return jobs;
}

export function loadConfig(env: Env = process.env): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? 'data'),
    mongodbUri: text(env.MONGODB_URI),
    deeplAuthKey: text(env.DEEPL_AUTH_KEY),
    deeplServerUrl: text(env.DEEPL_SERVER_URL),
    admin: { email: text(env.NYSA_ADMIN_EMAIL) ?? 'admin@nysa.local', password: text(env.NYSA_ADMIN_PASSWORD) },
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 5 * 1024 * 1024),
    tmxLimitBytes: int(env.TMX_LIMIT_BYTES, 2 * 1024 * 1024 * 1024),
    // A Word file with its images: 50 MiB covers long reports with photographs.
    uploadLimitBytes: int(env.UPLOAD_LIMIT_BYTES, 50 * 1024 * 1024),
    sessionTtlHours: int(env.SESSION_TTL_HOURS, 12),
    secureCookies: env.SECURE_COOKIES === 'true',
    login: {
      windowMs: int(env.LOGIN_WINDOW_MS, 15 * 60 * 1000),
      maxAttempts: int(env.LOGIN_MAX_ATTEMPTS, 10),
      maxAttemptsPerIp: int(env.LOGIN_MAX_ATTEMPTS_PER_IP, 100),
    },
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    mt: {
      batchSize: Math.min(50, Math.max(1, int(env.MT_BATCH_SIZE, 50))),
      maxRetries: int(env.MT_MAX_RETRIES, 5),
      retryBaseMs: int(env.MT_RETRY_BASE_MS, 500),
      maxRequestBytes: Math.min(128 * 1024, Math.max(1024, int(env.MT_MAX_REQUEST_BYTES, 128 * 1024))),
    },
    overdueCheckMs: Math.max(0, int(env.OVERDUE_CHECK_MS, 5 * 60 * 1000)),
    sessionCacheMs: Math.max(0, int(env.SESSION_CACHE_MS, 5000)),
    sqlite: {
      checkpointMs: Math.max(10, int(env.SQLITE_CHECKPOINT_MS, 200)),
      checkpointRestartPages: Math.max(100, int(env.SQLITE_CHECKPOINT_RESTART_PAGES, 32_000)),
    },
    instanceId: text(env.INSTANCE_ID) ?? defaultInstanceId(),
    jobs: jobSettings(env),
    live: {
      feed: parseLiveFeed(env.LIVE_FEED),
      pollMs: Math.max(10, int(env.LIVE_FEED_POLL_MS, 150)),
      retentionMs: Math.max(60_000, int(env.LIVE_FEED_RETENTION_MS, 10 * 60 * 1000)),
    },
    webhooks: {
      allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES === 'true',
      timeoutMs: Math.max(100, int(env.WEBHOOK_TIMEOUT_MS, 10_000)),
      concurrency: Math.min(64, Math.max(1, int(env.WEBHOOK_CONCURRENCY, 8))),
    },
    logRequests: env.LOG_REQUESTS === 'true',
    workerThreads: Math.max(0, int(env.WORKER_THREADS, 1)),
    workerMinChars: Math.max(0, int(env.WORKER_MIN_CHARS, 16 * 1024)),
    tm: {
      snapshot: env.TM_SNAPSHOT !== 'false',
      saveAfterChanges: Math.max(1, int(env.TM_SAVE_AFTER_CHANGES, 10_000)),
      saveDelayMs: Math.max(0, int(env.TM_SAVE_DELAY_MS, 10_000)),
    },
    clientDir: path.resolve(env.CLIENT_DIR ?? 'dist/client'),
  };
}
