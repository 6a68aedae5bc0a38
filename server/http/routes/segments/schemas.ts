import { z } from 'zod';
import { SEGMENT_STATES, type SegmentState } from '../../../domain/workflow/states';

export const segmentParams = z.strictObject({ id: z.string().min(1).max(200) });
export const documentParams = z.strictObject({ id: z.string().min(1).max(200) });

const version = z.number().int().min(1);

/** A target may be long (a whole paragraph), but not unbounded. */
export const editSegmentBody = z.strictObject({
  target: z.string().max(100_000),
  version,
});

export const transitionBody = z.strictObject({ version: version.optional() });

/** A confirm may override QA errors, with a reason that is kept in the history. */
export const confirmSegmentBody = z.strictObject({
  version: version.optional(),
  overrideQa: z.strictObject({ reason: z.string().trim().min(1).max(5_000) }).optional(),
});

export const contextSpecificBody = z.strictObject({ contextSpecific: z.boolean(), version: version.optional() });

export const rejectSegmentBody = z.strictObject({
  reason: z.string().max(5_000),
  version: version.optional(),
});

/** `?state=draft,translated` — a comma-separated list of states. */
const stateList = z
  .string()
  .transform((value) => value.split(',').map((s) => s.trim()).filter((s) => s !== ''))
  .pipe(z.array(z.enum(SEGMENT_STATES as [SegmentState, ...SegmentState[]])));

export const segmentPageQuery = z.strictObject({
  state: stateList.optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const bulkApproveBody = z.strictObject({
  segmentIds: z.array(z.string().min(1).max(200)).max(100000).optional(),
});
