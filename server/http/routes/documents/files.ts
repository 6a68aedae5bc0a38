// A document's files: its exports (the Polish document, XLIFF, TMX, the bilingual review table).
import { Router } from 'express';
import { exportDocument } from '../../../commands/documents/export';
import type { AppDeps } from '../../deps';
import { safeFileName, sendDownload } from '../../download';
import { exportLocalizer } from '../../exportLabels';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { documentParams, exportQuery } from './schemas';

export function documentFileRoutes(deps: AppDeps): Router {
  const router = Router();
  const exportRequest = validate({ params: documentParams, query: exportQuery });

  router.get('/documents/:id/export', exportRequest, async (req, res) => {
    const { params, query } = exportRequest.parsed(res);
    const file = await exportDocument(deps, {
      user: currentUser(res),
      documentId: params.id,
      format: query.format ?? 'original',
      as: query.as,
      allowUnapproved: query.allowUnapproved ?? false,
      localize: exportLocalizer(requestLanguage(req)),
    });
    if (file.unapprovedIndexes.length > 0) {
      res.set('X-Nysa-Unapproved-Count', String(file.unapprovedIndexes.length));
      res.set('X-Nysa-Unapproved-Segments', file.unapprovedIndexes.join(','));
    }
    res.vary('Accept-Language');
    sendDownload(res, `${safeFileName(file.title)}.${file.suffix}`, file.mediaType, file.content);
  });

  return router;
}
