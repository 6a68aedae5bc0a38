// One uploaded file in a multipart/form-data request, held in memory (multer's memory storage) up to
// UPLOAD_LIMIT_BYTES, with a few small text fields beside it. Requests of any other media type pass
// through untouched (their JSON was parsed by express.json). multer's errors become DomainErrors with
// stable codes, which the error handler maps to statuses; multer reads the rest of a refused body, so
// the client gets the answer instead of a reset connection.
import type { Request, RequestHandler } from 'express';
import multer, { MulterError } from 'multer';
import { DomainError, InvalidInput } from '../../domain/errors';

/** The form field that carries the file. */
export const FILE_FIELD = 'file';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileUploadLimits {
  fileBytes: number;
  /** Text fields beside the file (title, due date …). */
  fields: number;
}

/** Largest text field (a title of 500 characters is at most 2,000 bytes of UTF-8). */
const FIELD_BYTES = 8 * 1024;
const FIELD_NAME_BYTES = 100;

/** A size in MiB for a message: whole when it is, else to two decimals. */
const mebibytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 100) / 100;

export const isMultipart = (req: Request): boolean => /^multipart\/form-data\b/i.test(req.get('content-type') ?? '');

/** The file multer kept, if any (only after fileUpload ran). */
export function uploadedFile(req: Request): UploadedFile | null {
  const file = req.file;
  return file ? { name: file.originalname, bytes: new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength) } : null;
}

function uploadProblem(error: MulterError, limits: FileUploadLimits): DomainError {
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return new DomainError('file_too_large', `the file is larger than ${limits.fileBytes} bytes`, { limitMiB: mebibytes(limits.fileBytes) }, { limitBytes: limits.fileBytes });
    case 'LIMIT_UNEXPECTED_FILE':
    case 'LIMIT_FILE_COUNT':
      return new InvalidInput(`send one file, in the field "${FILE_FIELD}"`, { field: error.field ?? null, expected: FILE_FIELD }, 'unexpected_field');
    case 'LIMIT_FIELD_KEY':
    case 'LIMIT_FIELD_VALUE':
      return new InvalidInput('a form field (its name or value) is longer than a form needs', { field: error.field ?? null }, 'field_too_large');
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_PART_COUNT':
      return new InvalidInput(`the form has more than ${limits.fields} fields besides the file`, { limit: limits.fields }, 'too_many_fields');
    default:
      return new InvalidInput(`the form cannot be read: ${error.message}`, { reason: error.code }, 'invalid_multipart');
  }
}

/** multer for one file in `file`; a request that is not multipart/form-data passes untouched. */
export function fileUpload(limits: FileUploadLimits): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    // Browsers send file names as raw UTF-8 ("Einladung Görlitz.docx").
    defParamCharset: 'utf8',
    limits: {
      fileSize: limits.fileBytes,
      files: 1,
      fields: limits.fields,
      parts: limits.fields + 1,
      fieldSize: FIELD_BYTES,
      fieldNameSize: FIELD_NAME_BYTES,
    },
  }).single(FILE_FIELD);
  return (req, res, next) => {
    if (!isMultipart(req)) return next();
    upload(req, res, (error: unknown) => {
      if (error === undefined || error === null) return next();
      if (error instanceof MulterError) return next(uploadProblem(error, limits));
      // busboy's own complaints: no boundary, a malformed part, a body that ends mid-part.
      if (error instanceof Error && !(error instanceof DomainError)) {
        return next(new InvalidInput(`the form cannot be read: ${error.message}`, { reason: 'malformed' }, 'invalid_multipart'));
      }
      next(error);
    });
  };
}
