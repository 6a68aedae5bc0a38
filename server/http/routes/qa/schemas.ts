import { z } from 'zod';
import { QA_CHECK_IDS } from '../../../domain/qa/registry';
import { QA_SEVERITIES, type QaSeverity } from '../../../domain/qa/types';

export const documentParams = z.strictObject({ id: z.string().min(1).max(200) });
export const projectParams = documentParams;

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
