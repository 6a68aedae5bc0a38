// POST /api/auth/login, POST /api/auth/logout (both public).
import { Router } from 'express';
import { login } from '../../../commands/auth/login';
import { logout } from '../../../commands/auth/logout';
import type { AppDeps } from '../../deps';
import { currentAuthentication } from '../../middlewares/authenticate';
import { loginRateLimit } from '../../middlewares/rateLimit';
import { validate } from '../../middlewares/validate';
import { presentUser } from '../../presenters/user';
import { clearedSessionCookie, sessionCookie } from '../../sessionCookie';
import { loginBody } from './schemas';

export function authRoutes(deps: AppDeps): Router {
  const router = Router();
  const loginRequest = validate({ body: loginBody });

  router.post('/auth/login', loginRateLimit(deps.config), loginRequest, async (_req, res) => {
    const { user, secret } = await login(deps, loginRequest.parsed(res).body);
    res.append('Set-Cookie', sessionCookie(secret, deps.config)).json({ user: presentUser(user) });
  });

  router.post('/auth/logout', async (_req, res) => {
    await logout(deps, { session: currentAuthentication(res)?.session ?? null });
    res.append('Set-Cookie', clearedSessionCookie(deps.config)).status(204).end();
  });

  return router;
}
