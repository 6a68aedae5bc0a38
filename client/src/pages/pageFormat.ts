// Dates that are days, not instants: due dates (stored as the end of the chosen day in UTC) and the
// chart's YYYY-MM-DD days are shown in UTC, so the day a person picked is the day they read back.
import { locale } from '../format';

export const formatDueDate = (iso: string | null | undefined): string =>
  iso ? new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) : '—';

/** `2025-03-14` → a short day (14 Mar / 14. März / 14 mar). */
export const formatShortDay = (day: string): string =>
  new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** `2025-03-14` → a full day for tables and summaries. */
export const formatDay = (day: string): string =>
  new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
