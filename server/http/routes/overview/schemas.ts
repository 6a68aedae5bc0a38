import { z } from 'zod';

/** `?days=30`: how many days, ending today (UTC), 1 to 366. */
export const approvedPerDayQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(366).default(30),
});
