// Segments: page a document's segments, post-edit, confirm, review (one or in bulk), lock, read history.
import { Router, type Request } from 'express';
import { qaResultsOf } from '../../../commands/qa/readResults';
import { confirmSegment } from '../../../commands/segments/confirm';
import { markContextSpecific } from '../../../commands/segments/markContextSpecific';
import { editSegment } from '../../../commands/segments/edit';
import { lockSegment } from '../../../commands/segments/lock';
import { unlockSegment } from '../../../commands/segments/unlock';
import { readSegment } from '../../../commands/segments/read';
import { segmentHistory } from '../../../commands/segments/history';
import { pageSegments } from '../../../commands/segments/list';
import { approveSegment } from '../../../commands/segments/approve';
import { approveSegments } from '../../../commands/segments/approveMany';
import { rejectSegment } from '../../../commands/segments/reject';
import { segmentTmMatches } from '../../../commands/tm/segmentMatches';
import type { TransitionProps } from '../../../commands/segments/transition';
import type { CommandContext } from '../../../commands/context';
import type { QaResult } from '../../../domain/qa/results';
import type { Segment } from '../../../domain/segments/types';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { localizeQaError } from '../../presenters/qa';
import { presentHistoryEntry, presentSegment, presentSegments } from '../../presenters/segment';
import { presentTmMatch } from '../../presenters/tm';
import {
  bulkApproveBody,
  confirmSegmentBody,
  contextSpecificBody,
  documentParams,
  editSegmentBody,
  rejectSegmentBody,
  segmentPageQuery,
  segmentParams,
  transitionBody,
} from './schemas';
import { sendJsonInSlices } from '../../jsonInSlices';

type Transition = (ctx: CommandContext, props: TransitionProps) => Promise<Segment>;

export function segmentRoutes(deps: AppDeps): Router {
  const router = Router();
  const readRequest = validate({ params: segmentParams });
  const editRequest = validate({ params: segmentParams, body: editSegmentBody });
  const transitionRequest = validate({ params: segmentParams, body: transitionBody });
  const rejectRequest = validate({ params: segmentParams, body: rejectSegmentBody });
  const contextRequest = validate({ params: segmentParams, body: contextSpecificBody });
  const confirmRequest = validate({ params: segmentParams, body: confirmSegmentBody });
  const pageRequest = validate({ params: documentParams, query: segmentPageQuery });
  const approveRequest = validate({ params: documentParams, body: bulkApproveBody });

  /** The segment with its stored QA issues (read unless the command hands them over), in the request's language. */
  const present = async (segment: Segment, req: Request, qa?: QaResult | null) =>
    presentSegment(segment, requestLanguage(req), qa ?? (await qaResultsOf(deps, [segment])).get(segment.id) ?? null);

  // Confirm, approve, lock and unlock take an optional JSON body ({ version }); none is needed. A body
  // that was sent but not parsed (Content-Type text/plain …) is refused by the validator, not ignored:
  // it may hold a version the client expects to be checked.
  const optionalBody = (req: Request, _res: unknown, next: () => void) => {
    const sent = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
    if (req.body === undefined && !sent) req.body = {};
    next();
  };

  // The save first: it is most of all requests, and the router tries its routes in order.
  router.patch('/segments/:id', editRequest, async (req, res) => {
    const { params, body } = editRequest.parsed(res);
    const { segment, qa } = await editSegment(deps, { user: currentUser(res), segmentId: params.id, target: body.target, version: body.version });
    res.json(await present(segment, req, qa));
  });

  router.get('/documents/:id/segments', pageRequest, async (req, res) => {
    const { params, query } = pageRequest.parsed(res);
    const page = await pageSegments(deps, { user: currentUser(res), documentId: params.id, states: query.state, offset: query.offset, limit: query.limit });
    const items = presentSegments(page.items, requestLanguage(req), await qaResultsOf(deps, page.items));
    res.json({ items, total: page.total, offset: query.offset, limit: query.limit });
  });

  router.get('/segments/:id', readRequest, async (req, res) => {
    const segment = await readSegment(deps, currentUser(res), readRequest.parsed(res).params.id);
    // Only a single segment's read looks it up in the translation memory (top 3): lists stay lean.
    res.json({ ...(await present(segment, req)), tmMatches: (await segmentTmMatches(deps, segment)).map(presentTmMatch) });
  });

  // Confirm has a body of its own: { version?, overrideQa?: { reason } }. QA errors refuse it (409 qa_errors).
  router.post('/segments/:id/confirm', optionalBody, confirmRequest, async (req, res) => {
    const { params, body } = confirmRequest.parsed(res);
    const props = { user: currentUser(res), segmentId: params.id, version: body.version, overrideQa: body.overrideQa };
    const segment = await confirmSegment(deps, props).catch((error: unknown) => {
      throw localizeQaError(error, requestLanguage(req));
    });
    res.json(await present(segment, req));
  });

  const transitions: [string, Transition][] = [
    ['approve', approveSegment],
    ['lock', lockSegment],
    ['unlock', unlockSegment],
  ];
  for (const [action, transition] of transitions) {
    router.post(`/segments/:id/${action}`, optionalBody, transitionRequest, async (req, res) => {
      const { params, body } = transitionRequest.parsed(res);
      res.json(await present(await transition(deps, { user: currentUser(res), segmentId: params.id, version: body.version }), req));
    });
  }

  router.post('/documents/:id/approve', approveRequest, async (_req, res) => {
    const { params, body } = approveRequest.parsed(res);
    const result = await approveSegments(deps, { user: currentUser(res), documentId: params.id, segmentIds: body.segmentIds });
    res.json({ approved: result.approved.length, skipped: result.skipped });
  });

  router.post('/segments/:id/reject', rejectRequest, async (req, res) => {
    const { params, body } = rejectRequest.parsed(res);
    const segment = await rejectSegment(deps, { user: currentUser(res), segmentId: params.id, reason: body.reason, version: body.version });
    res.json(await present(segment, req));
  });

  router.post('/segments/:id/context-specific', contextRequest, async (req, res) => {
    const { params, body } = contextRequest.parsed(res);
    const segment = await markContextSpecific(deps, { user: currentUser(res), segmentId: params.id, ...body });
    res.json(await present(segment, req));
  });

  router.get('/segments/:id/history', readRequest, async (req, res) => {
    const entries = await segmentHistory(deps, currentUser(res), readRequest.parsed(res).params.id);
    await sendJsonInSlices(res, {}, 'items', entries, presentHistoryEntry);
  });

  return router;
}
