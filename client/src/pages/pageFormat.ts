// Days rather than instants (due dates, chart days) are formatted in UTC: see format.ts.
export { formatDay, formatDueDate, formatShortDay } from '../format';
