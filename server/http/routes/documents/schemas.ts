import { z } from 'zod';
import { BILINGUAL_TABLE_FORMATS, EXPORT_KINDS } from '../../../commands/documents/export';
import { DOCUMENT_FORMATS } from '../../../domain/documents/types';

export const projectDocumentsParams = z.strictObject({ id: z.string().min(1).max(200) });
export const documentParams = z.strictObject({ id: z.string().min(1).max(200) });

const dueDate = z.iso.datetime({ offset: true });

export const submitDocumentBody = z.strictObject({
  title: z.string().max(500),
  format: z.enum(DOCUMENT_FORMATS),
  content: z.string(),
  dueDate: dueDate.nullable().optional(),
});

/**
 * The text fields of a multipart submission beside its `file`: all optional (the title defaults to the
 * document's own title or the file name); an empty due date means none, as an empty form field sends.
 */
export const submitDocumentFormFields = z.strictObject({
  title: z.string().max(500).optional(),
  dueDate: z.union([z.literal(''), dueDate]).optional(),
});

/** What a submission's preview needs: the text alone (no title, no due date). */
export const previewDocumentBody = submitDocumentBody.pick({ format: true, content: true });

/** A new German version of a document (POST /documents/:id/revisions and its preview): the text alone. */
export const revisionBody = previewDocumentBody;

/** A new version as a file (multipart) sends the file and nothing else, for storing and for the preview. */
export const revisionFormFields = z.strictObject({});

/** A multipart preview sends the file and nothing else. */
export const previewDocumentFormFields = z.strictObject({});

/** `format`: an export kind, or a document format standing for `original` (today's ?format=markdown|text). */
export const exportQuery = z.strictObject({
  format: z.enum([...EXPORT_KINDS, ...DOCUMENT_FORMATS]).optional(),
  as: z.enum(BILINGUAL_TABLE_FORMATS).optional(),
  allowUnapproved: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

/** A multipart XLIFF import sends the file and nothing else. */
export const importXliffFormFields = z.strictObject({});
