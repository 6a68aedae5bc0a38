// GET /api/me: the signed-in user. POST /api/me/password: change your own password.
import { Router } from 'express';
import { changePassword } from '../../../commands/auth/changePassword';
import type { AppDeps } from '../../deps';
import { currentAuthentication, currentUser } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentUser } from '../../presenters/user';
import { changePasswordBody } from './schemas';

export function meRoutes(deps: AppDeps): Router {
  const router = Router();
  const passwordRequest = validate({ body: changePasswordBody });

  router.get('/me', (_req, res) => {
    res.json(presentUser(currentUser(res)));
  });

  // 403 wrong_password for a wrong current password (counted like a failed sign-in); other login
  // sessions end, this one and API tokens stay.
  router.post('/me/password', passwordRequest, async (req, res) => {
    const { body } = passwordRequest.parsed(res);
    const { session } = currentAuthentication(res)!;
    const result = await changePassword(deps, deps.loginThrottle, { user: currentUser(res), session, ...body, origin: requestOrigin(req) });
    res.json({ sessionsEnded: result.sessionsEnded });
  });

  return router;
}
