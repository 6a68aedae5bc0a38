// A clock a test moves by hand: due dates, lateness and expiry follow it, never the wall clock.
import type { Clock } from '../../server/ports/system';

export interface MovableClock extends Clock {
  /** From now on, `now()` is this instant (ISO). */
  set(iso: string): void;
}

export function movableClock(iso: string): MovableClock {
  let now = new Date(iso);
  return { now: () => now, set: (next) => void (now = new Date(next)) };
}
