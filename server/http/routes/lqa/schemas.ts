import { z } from 'zod';
import { LQA_COMMENT_MAX_LENGTH } from '../../../commands/lqa/annotate';
import { LQA_SEVERITIES, type LqaSeverity } from '../../../domain/quality/types';

export const idParams = z.strictObject({ id: z.string().min(1).max(200) });

/** `{ category, severity, comment?, span?: { start, end } }`; the category is checked against the project's typology by the command. */
export const annotateBody = z.strictObject({
  category: z.string().min(1).max(200),
  severity: z.enum(LQA_SEVERITIES as unknown as [LqaSeverity, ...LqaSeverity[]]),
  comment: z.string().max(LQA_COMMENT_MAX_LENGTH).nullable().optional(),
  span: z
    .strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) })
    .nullable()
    .optional(),
});
