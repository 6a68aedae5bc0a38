// Retries what is worth retrying (429, 5xx, connection errors) with exponential backoff;
// a quota or auth failure ends at once, because retrying cannot help and may bill.
import { MtFailure, type MachineTranslator, type TranslateOptions, type Translation } from '../../ports/machineTranslator';

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  sleep: (ms: number) => Promise<void>;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function translateWithRetry(
  translator: MachineTranslator,
  texts: readonly string[],
  options: TranslateOptions,
  policy: RetryPolicy,
): Promise<Translation[]> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await translator.translate(texts, options);
    } catch (error) {
      const failure = error instanceof MtFailure ? error : new MtFailure('unavailable', String((error as Error)?.message ?? error));
      if (!failure.retryable || attempt >= policy.maxRetries) throw failure;
      await policy.sleep(policy.baseDelayMs * 2 ** attempt);
    }
  }
}

/** The stable code a failed job reports for each kind of MT failure. */
export function jobErrorCode(failure: MtFailure): string {
  switch (failure.kind) {
    case 'quota_exceeded':
      return 'mt_quota_exceeded';
    case 'auth_failed':
      return 'mt_auth_failed';
    case 'bad_request':
      return 'mt_rejected';
    default:
      return 'mt_unavailable';
  }
}
