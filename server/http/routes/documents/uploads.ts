// A German document comes as JSON {format, content} or as one uploaded `file` in multipart/form-data,
// for a submission as for a new version of a document: the validator for each, and the file as a source.
import type { Request, RequestHandler } from 'express';
import type { DocumentSource } from '../../../commands/documents/submit';
import { InvalidInput } from '../../../domain/errors';
import { FILE_FIELD, isMultipart, uploadedFile } from '../../middlewares/fileUpload';

/** The JSON validator for JSON bodies, the form validator for multipart ones. */
export const jsonOrForm =
  (json: RequestHandler, form: RequestHandler): RequestHandler =>
  (req, res, next) =>
    (isMultipart(req) ? form : json)(req, res, next);

/** The uploaded file as a document source; a form without one is refused. */
export function fileSource(req: Request): DocumentSource {
  const file = uploadedFile(req);
  if (!file) throw new InvalidInput(`the form has no file in the field "${FILE_FIELD}"`, { field: FILE_FIELD }, 'file_missing');
  return { file };
}
