// createApp(deps): the express app, never listening by itself (main.ts and tests do that).
import express from 'express';
import { DomainError } from '../domain/errors';
import type { AppDeps } from './deps';
import { clientAssets } from './clientAssets';
import { authenticate, requireUser } from './middlewares/authenticate';
import { errorHandler } from './middlewares/errorHandler';
import { inSequence } from './middlewares/inSequence';
import { parseCookies, requestId, requestLog } from './middlewares/requestContext';
import { securityHeaders } from './middlewares/securityHeaders';
import { healthRoutes } from './routes/health';
import { apiRoutes, PUBLIC_API_ROUTES } from './routes';

export type { AppDeps } from './deps';

// The lookbehind lets the trailing-slash pattern start only where the run of slashes starts: without
// it a path of many slashes followed by anything else is rescanned from every slash (quadratic).
const isPublic = (method: string, path: string): boolean =>
  PUBLIC_API_ROUTES.has(`${method.toUpperCase()} ${path.length > 1 ? path.replace(/(?<!\/)\/+$/, '').toLowerCase() : path}`);

/** The routes on one segment: /api/segments/:id and /api/segments/:id/<action>. */
const ONE_SEGMENT = /^\/api\/segments\/[^/]+(?:\/[a-z-]+)?\/?$/i;
/** The largest JSON body a request on one segment may have. */
export const SEGMENT_BODY_LIMIT_BYTES = 1024 * 1024;

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // API answers are personal and never cached (Cache-Control: no-store): hashing each body for an ETag
  // was work on every save for nothing. The client's files keep theirs (express.static sets its own).
  app.set('etag', false);
  // Which X-Forwarded-For hops to believe for req.ip (TRUST_PROXY): the sign-in limits and the audit trail use it.
  app.set('trust proxy', deps.config.trustProxy);

  // A request on one segment (a save, a confirm, a review) carries a few fields and a target of at most
  // 100,000 characters, 6 bytes each at most in JSON: its body is refused over 1 MiB before it is read
  // whole and parsed. Parsing the 5 MB the documents' routes allow held the server for tens of ms, and
  // the save is the one route every client calls all the time.
  const segmentJson = express.json({ limit: Math.min(SEGMENT_BODY_LIMIT_BYTES, deps.config.bodyLimitBytes) });
  const anyJson = express.json({ limit: deps.config.bodyLimitBytes });
  const json: express.RequestHandler = (req, res, next) => (ONE_SEGMENT.test(req.path) ? segmentJson : anyJson)(req, res, next);
  // What every request passes, in this order, as one layer (inSequence.ts says why).
  app.use(inSequence([requestId(), ...(deps.config.logRequests ? [requestLog()] : []), securityHeaders(), json, parseCookies(), authenticate(deps)]));

  // The routers are mounted on the app itself, not inside one more router for /api: each router a
  // request enters costs it a walk of its own, and every save is such a request.
  app.use('/api', (req, res, next) => (isPublic(req.method, req.path) ? next() : requireUser(req, res, next)));
  for (const routes of apiRoutes) app.use('/api', routes(deps));

  // After the API: its requests (a translator's saves are most of all) then never walk these routes.
  app.use(healthRoutes(deps));

  const client = clientAssets(deps.config.clientDir);
  if (client) app.use(client);

  app.use((req) => {
    throw new DomainError('route_not_found', `no route for ${req.method} ${req.path}`, { path: req.path });
  });
  app.use(errorHandler());
  return app;
}
