// When a failed delivery is tried again: exponential backoff with jitter, for about a day.
import type { Timestamp } from '../common';

/** The first retry waits about this long; each further one doubles it. */
export const FIRST_RETRY_MS = 30_000;
/** No wait is longer than this (so the last hours still see a few attempts). */
export const LONGEST_RETRY_MS = 4 * 60 * 60 * 1000;
/** A delivery is given up once this long has passed since its window started (creation or redelivery). */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface RetryPolicy {
  firstRetryMs: number;
  longestRetryMs: number;
  windowMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { firstRetryMs: FIRST_RETRY_MS, longestRetryMs: LONGEST_RETRY_MS, windowMs: RETRY_WINDOW_MS };

/**
 * The wait before retry number `failures` (1 after the first failure), or null when the next attempt
 * would start after the window: give up. `random` is in [0, 1): the wait is drawn from [½, 1] of the
 * exponential step, so receivers recovering from an outage are not hit by every sender at the same instant.
 */
export function nextRetryAt(policy: RetryPolicy, failures: number, windowStartedAt: Timestamp, now: Date, random: number): Timestamp | null {
  const step = Math.min(policy.longestRetryMs, policy.firstRetryMs * 2 ** Math.max(0, failures - 1));
  const wait = Math.round(step * (0.5 + random * 0.5));
  const at = now.getTime() + wait;
  if (at > Date.parse(windowStartedAt) + policy.windowMs) return null;
  return new Date(at).toISOString();
}
