import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../../domain/notifications/types';

export const notificationsQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional().transform((value) => value === 'true'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** `{ ids: [...] }` marks these read, `{ all: true }` every one. */
export const markReadBody = z
  .strictObject({ ids: z.array(z.string().min(1).max(200)).min(1).max(500).optional(), all: z.literal(true).optional() })
  .refine((body) => (body.ids === undefined) !== (body.all === undefined), { message: 'give either ids or all: true' });

export const settingsBody = z.strictObject({ muted: z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length * 2) });

/** GET /api/me/events takes no parameters (notifications carry no localized text). */
export const userEventsQuery = z.strictObject({});
