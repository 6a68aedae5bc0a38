// POST /api/tokens: a personal API token; the secret is in this response only.
import { Router } from 'express';
import { issueToken } from '../../../commands/auth/issueToken';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { issueTokenBody } from './schemas';

export function tokenRoutes(deps: AppDeps): Router {
  const router = Router();
  const issueRequest = validate({ body: issueTokenBody });

  router.post('/tokens', issueRequest, async (_req, res) => {
    const { body } = issueRequest.parsed(res);
    const { session, token } = await issueToken(deps, { user: currentUser(res), name: body.name });
    res.status(201).json({ id: session.id, token, name: session.name });
  });

  return router;
}
