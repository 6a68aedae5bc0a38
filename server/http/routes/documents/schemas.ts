import { z } from 'zod';
import { DOCUMENT_FORMATS } from '../../../domain/documents/types';

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

/** A new German version of a document (POST /documents/:id/revisions and its preview): the text alone. */
export const revisionBody = previewDocumentBody;

export const exportQuery = z.strictObject({
  format: z.enum(DOCUMENT_FORMATS).optional(),
  allowUnapproved: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
