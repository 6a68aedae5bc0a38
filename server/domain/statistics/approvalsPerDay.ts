// Approved words and segments per UTC calendar day, for the coordinator's chart.

/** One time a segment became approved (by a reviewer, a propagated approval, or the TM at submission). */
export interface SegmentApproval {
  segmentId: string;
  documentId: string;
  /** ISO timestamp of the event. */
  at: string;
  /** The segment's source words. */
  wordCount: number;
}

export interface DayTally {
  /** YYYY-MM-DD, UTC. */
  date: string;
  words: number;
  segments: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const utcMidnight = (time: Date): number => Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate());

/** The start (00:00 UTC) of the first of `days` days that end with the day of `now`, as an ISO timestamp. */
export function firstDayStart(now: Date, days: number): string {
  return new Date(utcMidnight(now) - (days - 1) * DAY_MS).toISOString();
}

/**
 * Exactly `days` entries, oldest first, the last one the UTC day of `now`; days without approvals count
 * zero. Approvals outside those days (or with an unreadable timestamp) are left out.
 */
export function approvalsPerDay(approvals: readonly Pick<SegmentApproval, 'at' | 'wordCount'>[], now: Date, days: number): DayTally[] {
  const first = utcMidnight(now) - (days - 1) * DAY_MS;
  const tallies: DayTally[] = Array.from({ length: days }, (_, i) => ({
    date: new Date(first + i * DAY_MS).toISOString().slice(0, 10),
    words: 0,
    segments: 0,
  }));
  for (const approval of approvals) {
    const time = Date.parse(approval.at);
    if (Number.isNaN(time)) continue;
    const day = Math.floor((time - first) / DAY_MS);
    if (day < 0 || day >= days) continue;
    tallies[day].words += approval.wordCount;
    tallies[day].segments += 1;
  }
  return tallies;
}
