import { z } from 'zod';
import { QA_CHECK_IDS } from '../../../domain/qa/registry';
import { QA_SEVERITIES, type QaSeverity } from '../../../domain/qa/types';
import { DOCUMENT_FORMATS } from '../../../domain/types';
import { SEGMENT_STATES, type SegmentState } from '../../../domain/workflow/states';

export const projectDocumentsParams = z.strictObject({ id: z.string().min(1).max(200) });
export const documentParams = z.strictObject({ id: z.string().min(1).max(200) });

export const submitDocumentBody = z.strictObject({
  title: z.string().max(500),
  format: z.enum(DOCUMENT_FORMATS),
  content: z.string(),
  dueDate: z.iso.datetime({ offset: true }).nullable().optional(),
});

/** What a submission's preview needs: the text alone (no title, no due date). */
export const previewDocumentBody = submitDocumentBody.pick({ format: true, content: true });

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

export const exportQuery = z.strictObject({
  format: z.enum(DOCUMENT_FORMATS).optional(),
  allowUnapproved: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

/** A comma-separated list whose items must be among `values`. */
const commaList = <T extends string>(values: readonly T[]) =>
  z
    .string()
    .transform((value) => value.split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.enum(values as [T, ...T[]])));

/** `?severity=error,warning&check=numbers,placeholders&offset=0&limit=100` */
export const documentQaQuery = z.strictObject({
  severity: commaList<QaSeverity>(QA_SEVERITIES).optional(),
  check: commaList<string>(QA_CHECK_IDS).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
