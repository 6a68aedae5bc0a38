// TMX: import a file into a project's translation memory (a background job), follow the job, export
// the memory. The import's body is the file itself, streamed to disk; the export is streamed as written.
import type { Request } from 'express';
import { Router } from 'express';
import { exportTmx } from '../../../commands/tm/exportTmx';
import { readTmxImport } from '../../../commands/tm/readTmxImport';
import { startTmxImport } from '../../../commands/tm/startTmxImport';
import { DomainError } from '../../../domain/errors';
import type { AppDeps } from '../../deps';
import { safeFileName, sendDownloadInParts } from '../../download';
import { requestTranslator } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentTmImportJob } from '../../presenters/tmImport';
import { importParams, projectParams } from './schemas';

const mediaTypeOf = (req: Request): string | null => {
  const value = req.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return value ? value : null;
};

const declaredLengthOf = (req: Request): number | null => {
  const value = req.get('content-length');
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
};

export function tmxRoutes(deps: AppDeps): Router {
  const router = Router();
  const importRequest = validate({ params: projectParams });
  const readRequest = validate({ params: importParams });
  const exportRequest = validate({ params: projectParams });

  router.post('/projects/:id/tm/import', importRequest, async (req, res) => {
    const { params } = importRequest.parsed(res);
    try {
      const job = await startTmxImport(deps, deps.tmxImports, {
        user: currentUser(res),
        projectId: params.id,
        mediaType: mediaTypeOf(req),
        contentEncoding: req.get('content-encoding')?.trim().toLowerCase() || null,
        declaredBytes: declaredLengthOf(req),
        body: req,
        origin: requestOrigin(req),
      });
      res.status(202).location(`/api/tm-imports/${job.id}`).json(presentTmImportJob(job, requestTranslator(req)));
    } catch (error) {
      // The rest of a refused body is not read: the connection closes after the answer.
      if (!req.complete) res.set('Connection', 'close');
      if (error instanceof DomainError) throw error;
      if (req.readableAborted || (req.destroyed && !req.complete)) {
        throw new DomainError('request_aborted', 'the upload was interrupted');
      }
      throw error;
    }
  });

  router.get('/tm-imports/:id', readRequest, async (req, res) => {
    const job = await readTmxImport(deps, currentUser(res), readRequest.parsed(res).params.id);
    res.json(presentTmImportJob(job, requestTranslator(req)));
  });

  router.get('/projects/:id/tm/export', exportRequest, async (req, res) => {
    const { project, chunks } = await exportTmx(deps, { user: currentUser(res), projectId: exportRequest.parsed(res).params.id, origin: requestOrigin(req) });
    await sendDownloadInParts(res, `${safeFileName(project.name, 'memory')}.tmx`, 'application/x-tmx+xml; charset=utf-8', chunks);
  });

  return router;
}

