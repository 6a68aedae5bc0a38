// A project's glossary: list or export, add, change, delete, import; and the terms of one segment.
import express, { Router, type RequestHandler } from 'express';
import { exportGlossary } from '../../../commands/glossary/export';
import { importGlossary } from '../../../commands/glossary/import';
import { listGlossary } from '../../../commands/glossary/list';
import type { GlossaryFileFormat } from '../../../commands/glossary/fileFormats';
import { createGlossaryTerm } from '../../../commands/glossary/createTerm';
import { deleteGlossaryTerm } from '../../../commands/glossary/deleteTerm';
import { updateGlossaryTerm } from '../../../commands/glossary/updateTerm';
import { readSegmentGlossary } from '../../../commands/glossary/readSegmentTerms';
import { InvalidInput } from '../../../domain/errors';
import type { AppDeps } from '../../deps';
import { safeFileName, sendDownloadInParts } from '../../download';
import { sendJsonInSlices } from '../../jsonInSlices';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentGlossaryTerm, presentSegmentTermHit } from '../../presenters/glossary';
import {
  createTermBody,
  deleteTermQuery,
  importBody,
  importQuery,
  listQuery,
  projectParams,
  segmentParams,
  termParams,
  updateTermBody,
} from './schemas';

/** Media types an import accepts as a plain-text body (JSON `{ content }` goes through the app's JSON parser). */
export const GLOSSARY_IMPORT_TYPES = ['text/csv', 'application/xml', 'text/xml', 'application/x-tbx', 'application/tbx+xml', 'text/plain'];

const CONTENT_TYPES: Record<GlossaryFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  tbx: 'application/x-tbx; charset=utf-8',
};

/** The format a body's media type implies, if any. */
function formatOfContentType(contentType: string | undefined): GlossaryFileFormat | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv') return 'csv';
  if (type === 'application/xml' || type === 'text/xml' || type === 'application/x-tbx' || type === 'application/tbx+xml') return 'tbx';
  return null;
}

/** An import whose body no parser took (another media type) is refused before validation asks for JSON. */
const requireImportBody: RequestHandler = (req, _res, next) => {
  if (req.body === undefined) {
    throw new InvalidInput(
      `send the file as ${GLOSSARY_IMPORT_TYPES.join(', ')} or as JSON { "content": … }`,
      { accepted: [...GLOSSARY_IMPORT_TYPES, 'application/json'] },
      'unsupported_media_type',
    );
  }
  next();
};

/** The parts after a byte-order mark, each still made when it is reached. */
function* withByteOrderMark(parts: Iterable<string>): Generator<string> {
  yield '\uFEFF';
  yield* parts;
}

export function glossaryRoutes(deps: AppDeps): Router {
  const router = Router();
  const listRequest = validate({ params: projectParams, query: listQuery });
  const createRequest = validate({ params: projectParams, body: createTermBody });
  const updateRequest = validate({ params: termParams, body: updateTermBody });
  const deleteRequest = validate({ params: termParams, query: deleteTermQuery });
  const importRequest = validate({ params: projectParams, query: importQuery, body: importBody });
  const segmentRequest = validate({ params: segmentParams });
  const fileBody = express.text({ type: GLOSSARY_IMPORT_TYPES, limit: deps.config.bodyLimitBytes });

  router.get('/projects/:id/glossary', listRequest, async (_req, res) => {
    const { params, query } = listRequest.parsed(res);
    const user = currentUser(res);
    if (query.format === 'csv' || query.format === 'tbx') {
      const file = await exportGlossary(deps, { user, projectId: params.id, format: query.format });
      // The byte-order mark lets spreadsheet programs read the CSV as UTF-8 (Polish letters intact).
      const parts = file.format === 'csv' ? withByteOrderMark(file.parts) : file.parts;
      await sendDownloadInParts(res, `${safeFileName(file.project.name, 'glossary')}.glossary.${file.format}`, CONTENT_TYPES[file.format], parts);
      return;
    }
    const { terms } = await listGlossary(deps, user, params.id);
    await sendJsonInSlices(res, {}, 'items', terms, presentGlossaryTerm);
  });

  router.post('/projects/:id/glossary', createRequest, async (_req, res) => {
    const { params, body } = createRequest.parsed(res);
    const term = await createGlossaryTerm(deps, { user: currentUser(res), projectId: params.id, fields: body });
    res.status(201).json(presentGlossaryTerm(term));
  });

  // Before the /:termId routes, so "import" is never taken for a term id.
  router.post('/projects/:id/glossary/import', fileBody, requireImportBody, importRequest, async (req, res) => {
    const { params, query, body } = importRequest.parsed(res);
    const format = query.format ?? formatOfContentType(req.get('content-type'));
    if (format === null) {
      throw new InvalidInput('the file format is not known: add ?format=csv or ?format=tbx', { issues: [{ path: 'query.format', message: 'required' }] }, 'glossary_format_required');
    }
    const content = typeof body === 'string' ? body : body.content;
    const result = await importGlossary(deps, { user: currentUser(res), projectId: params.id, format, content, mode: query.mode, origin: requestOrigin(req) });
    res.json(result);
  });

  router.patch('/projects/:id/glossary/:termId', updateRequest, async (_req, res) => {
    const { params, body } = updateRequest.parsed(res);
    const { version, ...changes } = body;
    const term = await updateGlossaryTerm(deps, { user: currentUser(res), projectId: params.id, termId: params.termId, changes, version });
    res.json(presentGlossaryTerm(term));
  });

  router.delete('/projects/:id/glossary/:termId', deleteRequest, async (_req, res) => {
    const { params, query } = deleteRequest.parsed(res);
    await deleteGlossaryTerm(deps, { user: currentUser(res), projectId: params.id, termId: params.termId, version: query.version });
    res.status(204).end();
  });

  router.get('/segments/:id/glossary', segmentRequest, async (_req, res) => {
    const hits = await readSegmentGlossary(deps, currentUser(res), segmentRequest.parsed(res).params.id);
    res.json({ items: hits.map(presentSegmentTermHit) });
  });

  return router;
}
