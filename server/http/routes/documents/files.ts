// A document's files: its exports (the Polish document, XLIFF, TMX, the bilingual review table), and a
// translated XLIFF file coming back (the file as the body, or one `file` in multipart/form-data).
import express, { Router, type Request } from 'express';
import { exportDocument } from '../../../commands/documents/export';
import { importXliff } from '../../../commands/documents/importXliff';
import { DomainError, InvalidInput } from '../../../domain/errors';
import type { AppDeps } from '../../deps';
import { safeFileName, sendDownload } from '../../download';
import { exportLocalizer } from '../../exportLabels';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { FILE_FIELD, fileUpload, isMultipart, uploadedFile } from '../../middlewares/fileUpload';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentXliffImport } from '../../presenters/document';
import { documentParams, exportQuery, importXliffFormFields } from './schemas';

/** Media types a returned XLIFF file may be sent as (the body is the file). */
export const XLIFF_MEDIA_TYPES = ['application/xliff+xml', 'application/x-xliff+xml', 'application/xml', 'text/xml'];

/** The XLIFF file of an import request: multer's file, or the raw body express.raw read. */
function xliffFile(req: Request): Uint8Array {
  if (isMultipart(req)) {
    const file = uploadedFile(req);
    if (!file) throw new InvalidInput(`the form has no file in the field "${FILE_FIELD}"`, { field: FILE_FIELD }, 'file_missing');
    return file.bytes;
  }
  if (!Buffer.isBuffer(req.body)) {
    throw new DomainError('unsupported_media_type', `send the XLIFF file as ${XLIFF_MEDIA_TYPES.join(', ')} or multipart/form-data`, {}, { accepted: [...XLIFF_MEDIA_TYPES, 'multipart/form-data'] });
  }
  return new Uint8Array(req.body.buffer, req.body.byteOffset, req.body.byteLength);
}

/**
 * The longest list of unapproved segment indexes sent as a header. Clients refuse responses whose
 * headers pass 16 KiB (Node's default): a preview of a large document says only how many.
 */
export const UNAPPROVED_LIST_MAX_CHARS = 4096;

export function documentFileRoutes(deps: AppDeps): Router {
  const router = Router();
  const exportRequest = validate({ params: documentParams, query: exportQuery });
  const importForm = validate({ params: documentParams, body: importXliffFormFields });
  const importRaw = validate({ params: documentParams });
  const upload = fileUpload({ fileBytes: deps.config.uploadLimitBytes, fields: 0 });
  const rawXliff = express.raw({ type: XLIFF_MEDIA_TYPES, limit: deps.config.uploadLimitBytes });

  router.get('/documents/:id/export', exportRequest, async (req, res) => {
    const { params, query } = exportRequest.parsed(res);
    const file = await exportDocument(deps, {
      user: currentUser(res),
      documentId: params.id,
      format: query.format ?? 'original',
      as: query.as,
      allowUnapproved: query.allowUnapproved ?? false,
      localize: exportLocalizer(requestLanguage(req)),
      origin: requestOrigin(req),
    });
    if (file.unapprovedIndexes.length > 0) {
      res.set('X-Nysa-Unapproved-Count', String(file.unapprovedIndexes.length));
      const list = file.unapprovedIndexes.join(',');
      if (list.length <= UNAPPROVED_LIST_MAX_CHARS) res.set('X-Nysa-Unapproved-Segments', list);
    }
    res.vary('Accept-Language');
    sendDownload(res, `${safeFileName(file.title)}.${file.suffix}`, file.mediaType, file.content);
  });

  router.post('/documents/:id/xliff', upload, rawXliff, (req, res, next) => (isMultipart(req) ? importForm : importRaw)(req, res, next), async (req, res) => {
    const { params } = (isMultipart(req) ? importForm : importRaw).parsed(res);
    res.json(presentXliffImport(await importXliff(deps, { user: currentUser(res), documentId: params.id, content: xliffFile(req) })));
  });

  return router;
}
