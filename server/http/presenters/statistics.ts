// The JSON shapes of statistics over time.
import type { DayTally } from '../../domain/statistics/approvalsPerDay';

/** An entry of GET /api/overview/approved-per-day. */
export const presentDayTally = (day: DayTally) => ({ date: day.date, words: day.words, segments: day.segments });
