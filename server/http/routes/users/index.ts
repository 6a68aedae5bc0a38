// POST /api/users (admins): create an account.
import { Router } from 'express';
import { createUser } from '../../../commands/userCreator';
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

  return router;
}
