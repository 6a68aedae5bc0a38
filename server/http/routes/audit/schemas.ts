import { z } from 'zod';
import { AUDIT_KINDS } from '../../../domain/audit/types';

export const AUDIT_PAGE_MAX = 200;

/** A time as an ISO date-time, or a date (its start, UTC). */
const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((value) => new Date(value).toISOString());

/** `?actor=<userId>&kind=a,b&from=&to=&projectId=&targetId=&offset=0&limit=50` */
export const auditQuery = z.strictObject({
  actor: z.string().min(1).max(200).optional(),
  kind: z
    .string()
    .transform((value) => value.split(',').map((kind) => kind.trim()).filter((kind) => kind !== ''))
    .pipe(z.array(z.enum(AUDIT_KINDS)).min(1).max(AUDIT_KINDS.length))
    .optional(),
  from: instant.optional(),
  to: instant.optional(),
  projectId: z.string().min(1).max(200).optional(),
  targetId: z.string().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
