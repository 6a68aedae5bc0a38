import { z } from 'zod';

export const documentParams = z.strictObject({ id: z.string().min(1).max(200) });
export const assignmentParams = z.strictObject({ id: z.string().min(1).max(200) });

/** 0-based segment indexes, both included; null for the whole document. */
const range = z.strictObject({ first: z.number().int().min(0), last: z.number().int().min(0) }).nullable();
const person = z.string().min(1).max(200).nullable();
const due = z.iso.datetime({ offset: true }).nullable();

export const createAssignmentBody = z.strictObject({
  range: range.optional().transform((value) => value ?? null),
  translatorId: person.optional().transform((value) => value ?? null),
  reviewerId: person.optional().transform((value) => value ?? null),
  translationDue: due.optional().transform((value) => value ?? null),
  reviewDue: due.optional().transform((value) => value ?? null),
});

/** Fields given replace the stored ones; `version` is the version the client saw. */
export const updateAssignmentBody = z.strictObject({
  range: range.optional(),
  translatorId: person.optional(),
  reviewerId: person.optional(),
  translationDue: due.optional(),
  reviewDue: due.optional(),
  version: z.number().int().min(1).optional(),
});
