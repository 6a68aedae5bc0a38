import { z } from 'zod';

export const projectParams = z.strictObject({ id: z.string().min(1).max(200) });
export const importParams = z.strictObject({ id: z.string().min(1).max(200) });

/** A segment's text: long enough for any sentence, short enough to keep a lookup cheap. */
const text = z.string().max(5000);

/**
 * `text` to look up; `prev` and `next` the sources around it (present but empty: the document's edge).
 * With both given an exact match whose context is the same is in-context (101).
 */
export const lookupQuery = z.strictObject({
  text: text.refine((value) => value.trim() !== '', 'empty'),
  prev: text.optional(),
  next: text.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

/** Words (all required) or a "phrase" in German (`de`, the sources) or Polish (`pl`, the targets). */
export const searchQuery = z.strictObject({
  q: z.string().max(500).refine((value) => value.trim() !== '', 'empty'),
  lang: z.enum(['de', 'pl']).default('de'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const tmUnitPageQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
