// API tokens: POST /api/tokens issues one (the secret is in that response only), GET /api/tokens lists
// yours (an admin's: everyone's, with the owner; `?mine=true` for your own), DELETE /api/tokens/:id
// revokes one by its public id.
import { Router } from 'express';
import { issueToken } from '../../../commands/auth/issueToken';
import { listTokens } from '../../../commands/auth/listTokens';
import { revokeToken } from '../../../commands/auth/revokeToken';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentToken } from '../../presenters/user';
import { issueTokenBody, listTokensQuery, tokenParams } from './schemas';

export function tokenRoutes(deps: AppDeps): Router {
  const router = Router();
  const issueRequest = validate({ body: issueTokenBody });
  const listRequest = validate({ query: listTokensQuery });
  const revokeRequest = validate({ params: tokenParams });

  router.post('/tokens', issueRequest, async (req, res) => {
    const { body } = issueRequest.parsed(res);
    const user = currentUser(res);
    const { session, token } = await issueToken(deps, { user, name: body.name, expiresAt: body.expiresAt, origin: requestOrigin(req) });
    res.status(201).json({ ...presentToken({ token: session, owner: user }), token });
  });

  router.get('/tokens', listRequest, async (_req, res) => {
    const { query } = listRequest.parsed(res);
    const tokens = await listTokens(deps, { user: currentUser(res), mine: query.mine === 'true' });
    res.json({ items: tokens.map(presentToken) });
  });

  router.delete('/tokens/:id', revokeRequest, async (req, res) => {
    await revokeToken(deps, { user: currentUser(res), tokenId: revokeRequest.parsed(res).params.id, origin: requestOrigin(req) });
    res.status(204).end();
  });

  return router;
}
