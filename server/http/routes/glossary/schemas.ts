import { z } from 'zod';
import { GLOSSARY_FILE_FORMATS } from '../../../commands/glossary/fileFormats';
import { GLOSSARY_IMPORT_MODES } from '../../../commands/glossary/import';
import {
  FORBIDDEN_MAX_COUNT,
  GLOSSARY_TERM_STATUSES,
  NOTE_MAX_LENGTH,
  PARTS_OF_SPEECH,
  TERM_MAX_LENGTH,
} from '../../../domain/glossary/types';

const id = z.string().min(1).max(200);
export const projectParams = z.strictObject({ id });
export const termParams = z.strictObject({ id, termId: id });
export const segmentParams = z.strictObject({ id });

/** `?format=csv|tbx` exports the glossary as a file; without it the answer is JSON. */
export const listQuery = z.strictObject({ format: z.enum(['json', ...GLOSSARY_FILE_FORMATS]).optional() });

const term = z.string().min(1).max(TERM_MAX_LENGTH);
const fields = {
  note: z.string().max(NOTE_MAX_LENGTH).nullable(),
  partOfSpeech: z.enum(PARTS_OF_SPEECH).nullable(),
  caseSensitive: z.boolean(),
  forbidden: z.array(z.string().max(TERM_MAX_LENGTH)).max(FORBIDDEN_MAX_COUNT),
  status: z.enum(GLOSSARY_TERM_STATUSES),
  compound: z.boolean(),
};

export const createTermBody = z.strictObject({
  de: term,
  pl: term,
  note: fields.note.optional(),
  partOfSpeech: fields.partOfSpeech.optional(),
  caseSensitive: fields.caseSensitive.optional(),
  forbidden: fields.forbidden.optional(),
  status: fields.status.optional(),
  compound: fields.compound.optional(),
});

export const updateTermBody = z
  .strictObject({
    de: term.optional(),
    pl: term.optional(),
    note: fields.note.optional(),
    partOfSpeech: fields.partOfSpeech.optional(),
    caseSensitive: fields.caseSensitive.optional(),
    forbidden: fields.forbidden.optional(),
    status: fields.status.optional(),
    compound: fields.compound.optional(),
    /** The version the client saw. */
    version: z.number().int().min(1).optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), { message: 'nothing to change' });

export const deleteTermQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

export const importQuery = z.strictObject({
  format: z.enum(GLOSSARY_FILE_FORMATS).optional(),
  mode: z.enum(GLOSSARY_IMPORT_MODES).default('merge'),
});

/** The file as the request body (text), or JSON `{ content }`. */
export const importBody = z.union([z.string(), z.strictObject({ content: z.string() })]);
