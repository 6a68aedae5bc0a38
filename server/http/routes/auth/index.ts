// POST /api/auth/login, POST /api/auth/logout, POST /api/auth/password-reset (all public).
import { Router } from 'express';
import { login } from '../../../commands/auth/login';
import { logout } from '../../../commands/auth/logout';
import { resetPassword } from '../../../commands/auth/resetPassword';
import type { AppDeps } from '../../deps';
import { currentAuthentication } from '../../middlewares/authenticate';
import { validate } from '../../middlewares/validate';
import { requestOrigin } from '../../origin';
import { presentUser } from '../../presenters/user';
import { clearedSessionCookie, sessionCookie } from '../../sessionCookie';
import { loginBody, resetPasswordBody } from './schemas';

export function authRoutes(deps: AppDeps): Router {
  const router = Router();
  const loginRequest = validate({ body: loginBody });
  const resetRequest = validate({ body: resetPasswordBody });

  // Only wrong credentials count towards the limits (commands/auth/loginThrottle.ts): a malformed
  // request is refused above and never reaches them.
  router.post('/auth/login', loginRequest, async (req, res) => {
    const { user, secret } = await login(deps, deps.loginThrottle, { ...loginRequest.parsed(res).body, origin: requestOrigin(req) });
    res.append('Set-Cookie', sessionCookie(secret, deps.config)).json({ user: presentUser(user) });
  });

  // Ends this login session and its event streams; API tokens stay valid.
  router.post('/auth/logout', async (_req, res) => {
    await logout(deps, { session: currentAuthentication(res)?.session ?? null });
    res.append('Set-Cookie', clearedSessionCookie(deps.config)).status(204).end();
  });

  // Following a one-time reset link (POST /api/users/:id/password-reset): signed out, sets a new password.
  router.post('/auth/password-reset', resetRequest, async (req, res) => {
    const { body } = resetRequest.parsed(res);
    const user = await resetPassword(deps, { token: body.token, newPassword: body.newPassword, origin: requestOrigin(req) });
    res.json({ email: user.email });
  });

  return router;
}
