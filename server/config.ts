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
  /**
   * Largest accepted document file (multipart submission and preview, XLIFF re-import), in bytes: held
   * in memory while it is read, so it bounds what one upload costs.
   */
  uploadLimitBytes: number;
  sessionTtlHours: number;
  /** Secure cookies need HTTPS; off for plain http://localhost. */
  secureCookies: boolean;
  login: { windowMs: number; maxAttempts: number };
  mt: {
    batchSize: number;
    maxRetries: number;
    /** First retry delay; each retry doubles it. */
    retryBaseMs: number;
  };
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
    login: { windowMs: int(env.LOGIN_WINDOW_MS, 15 * 60 * 1000), maxAttempts: int(env.LOGIN_MAX_ATTEMPTS, 10) },
    mt: {
      batchSize: Math.min(50, Math.max(1, int(env.MT_BATCH_SIZE, 50))),
      maxRetries: int(env.MT_MAX_RETRIES, 5),
      retryBaseMs: int(env.MT_RETRY_BASE_MS, 500),
    },
    logRequests: env.LOG_REQUESTS === 'true',
    clientDir: path.resolve(env.CLIENT_DIR ?? 'dist/client'),
  };
}
