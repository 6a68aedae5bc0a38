// POST /api/users (admins): create an account. GET /api/users (admins, coordinators): every account.
import { Router } from 'express';
import { createUser } from '../../../commands/users/create';
import { listUsers } from '../../../commands/users/list';
import type { AppDeps } from '../../deps';
import { currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { presentUser } from '../../presenters/user';
import { createUserBody } from './schemas';

export function userRoutes(deps: AppDeps): Router {
  const router = Router();
  const createRequest = validate({ body: createUserBody });

  router.post('/users', createRequest, async (_req, res) => {
    const user = await createUser(deps, { actor: currentUser(res), ...createRequest.parsed(res).body });
    res.status(201).json(presentUser(user));
  });

  router.get('/users', async (_req, res) => {
    const users = await listUsers(deps, { actor: currentUser(res) });
    res.json({ items: users.map(presentUser) });
  });

  return router;
}
