// Retries what is worth retrying (429, 5xx, timeouts, connection errors) with exponential backoff and
// jitter, waiting at least as long as DeepL's Retry-After asks; a quota or auth failure ends at once,
// because retrying cannot help and may bill. Every attempt and every wait is reported to the job, so a
// job waiting on a silent DeepL says so instead of showing "running 0/300".
import { MtFailure, type MachineTranslator, type TranslateOptions, type Translation } from '../../ports/machineTranslator';

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the jitter; Math.random unless a test fixes it. */
  random?: () => number;
  /** Before each request: `attempt` failed attempts so far. */
  onRequest?: (attempt: number) => Promise<void>;
  /** After a retryable failure, before waiting `delayMs`. */
  onRetry?: (attempt: number, delayMs: number, failure: MtFailure) => Promise<void>;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The wait before retry number `attempt + 1`: base·2^attempt, of which a random half ("equal jitter",
 * so jobs that failed together do not come back together), and never less than Retry-After.
 */
export function retryDelayMs(attempt: number, failure: MtFailure, policy: Pick<RetryPolicy, 'baseDelayMs' | 'random'>): number {
  const backoff = policy.baseDelayMs * 2 ** attempt;
  const jittered = backoff / 2 + ((policy.random ?? Math.random)() * backoff) / 2;
  return Math.round(Math.max(jittered, failure.retryAfterMs ?? 0));
}

export async function translateWithRetry(
  translator: MachineTranslator,
  texts: readonly string[],
  options: TranslateOptions,
  policy: RetryPolicy,
): Promise<Translation[]> {
  for (let attempt = 0; ; attempt++) {
    await policy.onRequest?.(attempt);
    try {
      return await translator.translate(texts, options);
    } catch (error) {
      const failure = error instanceof MtFailure ? error : new MtFailure('unavailable', String((error as Error)?.message ?? error));
      if (!failure.retryable || attempt >= policy.maxRetries) throw failure;
      const delay = retryDelayMs(attempt, failure, policy);
      await policy.onRetry?.(attempt + 1, delay, failure);
      await policy.sleep(delay);
    }
  }
}

/** The stable code a job reports for each kind of MT failure. */
export function jobErrorCode(failure: MtFailure): string {
  switch (failure.kind) {
    case 'quota_exceeded':
      return 'mt_quota_exceeded';
    case 'auth_failed':
      return 'mt_auth_failed';
    case 'bad_request':
      return 'mt_rejected';
    case 'rate_limited':
      return 'mt_rate_limited';
    case 'too_large':
      return 'mt_too_large';
    default:
      return 'mt_unavailable';
  }
}
