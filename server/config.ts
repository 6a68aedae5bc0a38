// Every setting, read once from the environment. Nothing else reads process.env.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** When set, the MongoDB store is used instead of the embedded SQLite one. */
  mongodbUri: string | null;
  deeplAuthKey: string | null;
  /** Overrides DeepL's address (tests point it at a fake server on 127.0.0.1). */
  deeplServerUrl: string | null;
  admin: { email: string; password: string | null };
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Largest accepted TMX file (POST /api/projects/:id/tm/import streams it to disk), in bytes. */
  tmxLimitBytes: number;
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
  };
  /**
   * Webhook deliveries: WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true lets them reach loopback and private
   * addresses (tests, closed networks; off by default: SSRF guard); each attempt waits at most
   * WEBHOOK_TIMEOUT_MS for an answer; at most WEBHOOK_CONCURRENCY attempts run at once.
   */
  webhooks: { allowPrivateAddresses: boolean; timeoutMs: number; concurrency: number };
  logRequests: boolean;
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
    },
    webhooks: {
      allowPrivateAddresses: env.WEBHOOK_ALLOW_PRIVATE_ADDRESSES === 'true',
      timeoutMs: Math.max(100, int(env.WEBHOOK_TIMEOUT_MS, 10_000)),
      concurrency: Math.min(64, Math.max(1, int(env.WEBHOOK_CONCURRENCY, 8))),
    },
    logRequests: env.LOG_REQUESTS === 'true',
    clientDir: path.resolve(env.CLIENT_DIR ?? 'dist/client'),
  };
}
