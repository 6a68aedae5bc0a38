// Segments: post-edit, confirm, review, lock, and read history.
import { Router, type Request } from 'express';
import { confirmSegment } from '../../../commands/segmentConfirmer';
import { markContextSpecific } from '../../../commands/segmentContextMarker';
import { editSegment } from '../../../commands/segmentEditor';
import { lockSegment, unlockSegment } from '../../../commands/segmentLocker';
import { readSegment, segmentHistory } from '../../../commands/segmentReader';
import { approveSegment, rejectSegment } from '../../../commands/segmentReviewer';
import type { TransitionProps } from '../../../commands/segmentTransition';
import type { CommandContext } from '../../../commands/context';
import type { Segment } from '../../../domain/types';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentHistoryEntry, presentSegment } from '../../presenters/segment';
import { contextSpecificBody, editSegmentBody, rejectSegmentBody, segmentParams, transitionBody } from './schemas';

type Transition = (ctx: CommandContext, props: TransitionProps) => Promise<Segment>;

export function segmentRoutes(deps: AppDeps): Router {
  const router = Router();
  const readRequest = validate({ params: segmentParams });
  const editRequest = validate({ params: segmentParams, body: editSegmentBody });
  const transitionRequest = validate({ params: segmentParams, body: transitionBody });
  const rejectRequest = validate({ params: segmentParams, body: rejectSegmentBody });
  const contextRequest = validate({ params: segmentParams, body: contextSpecificBody });

  // Confirm, approve, lock and unlock take an optional JSON body ({ version }); none is needed. A body
  // that was sent but not parsed (Content-Type text/plain …) is refused by the validator, not ignored:
  // it may hold a version the client expects to be checked.
  const optionalBody = (req: Request, _res: unknown, next: () => void) => {
    const sent = req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
    if (req.body === undefined && !sent) req.body = {};
    next();
  };

  router.get('/segments/:id', readRequest, async (req, res) => {
    res.json(presentSegment(await readSegment(deps, currentUser(res), readRequest.parsed(res).params.id), requestLanguage(req)));
  });

  router.patch('/segments/:id', editRequest, async (req, res) => {
    const { params, body } = editRequest.parsed(res);
    const segment = await editSegment(deps, { user: currentUser(res), segmentId: params.id, target: body.target, version: body.version });
    res.json(presentSegment(segment, requestLanguage(req)));
  });

  const transitions: [string, Transition][] = [
    ['confirm', confirmSegment],
    ['approve', approveSegment],
    ['lock', lockSegment],
    ['unlock', unlockSegment],
  ];
  for (const [action, transition] of transitions) {
    router.post(`/segments/:id/${action}`, optionalBody, transitionRequest, async (req, res) => {
      const { params, body } = transitionRequest.parsed(res);
      res.json(presentSegment(await transition(deps, { user: currentUser(res), segmentId: params.id, version: body.version }), requestLanguage(req)));
    });
  }

  router.post('/segments/:id/reject', rejectRequest, async (req, res) => {
    const { params, body } = rejectRequest.parsed(res);
    const segment = await rejectSegment(deps, { user: currentUser(res), segmentId: params.id, reason: body.reason, version: body.version });
    res.json(presentSegment(segment, requestLanguage(req)));
  });

  router.post('/segments/:id/context-specific', contextRequest, async (req, res) => {
    const { params, body } = contextRequest.parsed(res);
    const segment = await markContextSpecific(deps, { user: currentUser(res), segmentId: params.id, ...body });
    res.json(presentSegment(segment, requestLanguage(req)));
  });

  router.get('/segments/:id/history', readRequest, async (req, res) => {
    const entries = await segmentHistory(deps, currentUser(res), readRequest.parsed(res).params.id);
    res.json({ items: entries.map(presentHistoryEntry) });
  });

  return router;
}
