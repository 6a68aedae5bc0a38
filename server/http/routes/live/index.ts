// Live updates of an open document (Server-Sent Events) and presence: who is editing which segment.
import { Router, type Response } from 'express';
import { openDocumentWatch } from '../../../commands/live/watchDocument';
import { updateSegmentPresence } from '../../../commands/live/updatePresence';
import type { AppDeps } from '../../deps';
import { requestLanguage } from '../../language';
import { currentAuthentication, currentUser } from '../../middlewares/authenticate';
import { requestIdOf } from '../../middlewares/requestContext';
import { validate } from '../../middlewares/validate';
import { presentPresence, presentSegmentsUpdate } from '../../presenters/live';
import { documentEventsParams, documentEventsQuery, presenceBody, presenceParams } from './schemas';

/** A comment line this often keeps proxies and browsers from timing the stream out. */
const PING_MS = 15_000;

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-store',
  // nginx and friends would otherwise hold events back in their buffers.
  'X-Accel-Buffering': 'no',
};

/** One SSE frame; JSON never contains a raw line break, so one `data:` line holds it. */
const writeEvent = (res: Response, event: string, data: unknown): void => {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
};

export function liveRoutes(deps: AppDeps): Router {
  const router = Router();
  const eventsRequest = validate({ params: documentEventsParams, query: documentEventsQuery });
  const presenceRequest = validate({ params: presenceParams, body: presenceBody });

  // Read access exactly as GET /api/documents/:id: 404 not_found for a document the user cannot see,
  // answered as JSON before the stream starts.
  router.get('/documents/:id/events', eventsRequest, async (req, res) => {
    const { params, query } = eventsRequest.parsed(res);
    const lang = query.lang ?? requestLanguage(req);
    const user = currentUser(res);
    const watch = await openDocumentWatch(deps, deps, { user, sessionId: currentAuthentication(res)!.session.id, documentId: params.id });
    res.writeHead(200, SSE_HEADERS);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.flushHeaders();
    res.socket?.setNoDelay(true);

    const stop = watch.start({
      update: (update) =>
        update.type === 'segments' ? writeEvent(res, 'segments', presentSegmentsUpdate(update, lang)) : writeEvent(res, 'presence', presentPresence(update)),
      end: () => res.end(),
      error: (error) => console.error(`[${requestIdOf(res)}] live update of document ${params.id} failed:`, error),
    });
    const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
    const close = () => {
      clearInterval(ping);
      stop();
    };
    req.on('close', close);
    res.on('close', close);
  });

  // Anyone who may read the segment may say they are editing it; 204 either way.
  router.post('/segments/:id/presence', presenceRequest, async (_req, res) => {
    const { params, body } = presenceRequest.parsed(res);
    await updateSegmentPresence(deps, deps.presence, { user: currentUser(res), segmentId: params.id, editing: body.editing });
    res.status(204).end();
  });

  return router;
}
