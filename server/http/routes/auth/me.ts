// GET /api/me: the signed-in user.
import { Router } from 'express';
import { currentUser } from '../../middlewares/authenticate';
import { presentUser } from '../../presenters/user';

export function meRoutes(): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    res.json(presentUser(currentUser(res)));
  });
  return router;
}
