import { z } from 'zod';

export const projectParams = z.strictObject({ id: z.string().min(1).max(200) });
export const readQuery = z.strictObject({ format: z.enum(['json', 'srx']).optional() });

const words = z.array(z.string().min(1).max(100)).max(5_000);
const languageRules = z.strictObject({
  abbreviations: z.record(z.string().min(1).max(50), z.enum(['never_ends', 'may_end', 'before_number'])).optional(),
  abbreviationSuffixes: words.optional(),
  sentenceStarters: words.optional(),
  nounsCapitalised: z.boolean().optional(),
  months: words.optional(),
  ordinalContext: words.optional(),
  ordinalJoiners: words.optional(),
  ordinalDigits: z.strictObject({ afterContext: z.number().int().min(0).max(9), alone: z.number().int().min(0).max(9) }).optional(),
  exceptions: z
    .array(z.strictObject({ break: z.boolean(), before: z.string().max(500), after: z.string().max(500) }))
    .max(1_000)
    .optional(),
});

export const rulesBody = z.strictObject({
  rules: z.strictObject({ de: languageRules.optional(), pl: languageRules.optional() }),
});

/** SRX as the raw body (application/xml …) or as JSON `{ content }`. */
export const importBody = z.union([z.string().min(1), z.strictObject({ content: z.string().min(1) })]);
