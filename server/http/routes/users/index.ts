// Accounts. POST /api/users (admins): create one. GET /api/users (admins, coordinators): every account.
// PATCH /api/users/:id (admins): name, global roles, active. POST /api/users/:id/password-reset
// (admins): a one-time link, valid 24 hours, for the admin to pass on.
import { Router } from 'express';
import { createUser } from '../../../commands/users/create';
import { issuePasswordReset } from '../../../commands/users/issuePasswordReset';
import { listUsers } from '../../../commands/users/list';
import { updateUser } from '../../../commands/users/update';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestBaseUrl, requestOrigin } from '../../origin';
import { presentUser } from '../../presenters/user';
import { createUserBody, updateUserBody, userParams } from './schemas';

/** The client page that takes the link; the token is in the fragment, so it never reaches a server log or a Referer. */
export const PASSWORD_RESET_PATH = '/reset-password';

export function userRoutes(deps: AppDeps): Router {
  const router = Router();
  const createRequest = validate({ body: createUserBody });
  const updateRequest = validate({ params: userParams, body: updateUserBody });
  const resetRequest = validate({ params: userParams });

  router.post('/users', createRequest, async (req, res) => {
    const user = await createUser(deps, { actor: currentUser(res), ...createRequest.parsed(res).body, origin: requestOrigin(req) });
    res.status(201).json(presentUser(user));
  });

  router.get('/users', async (_req, res) => {
    const users = await listUsers(deps, { actor: currentUser(res) });
    res.json({ items: users.map(presentUser) });
  });

  router.patch('/users/:id', updateRequest, async (req, res) => {
    const { params, body } = updateRequest.parsed(res);
    const user = await updateUser(deps, { actor: currentUser(res), userId: params.id, changes: body, origin: requestOrigin(req) });
    res.json(presentUser(user));
  });

  router.post('/users/:id/password-reset', resetRequest, async (req, res) => {
    const { params } = resetRequest.parsed(res);
    const { reset, token } = await issuePasswordReset(deps, { actor: currentUser(res), userId: params.id, origin: requestOrigin(req) });
    res.status(201).json({ url: `${requestBaseUrl(req)}${PASSWORD_RESET_PATH}#token=${encodeURIComponent(token)}`, expiresAt: reset.expiresAt });
  });

  return router;
}
