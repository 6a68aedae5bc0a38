// Who is asking: a bearer token (`Authorization: Bearer <secret>`) or the session cookie. Only the
// sha256 of a secret is stored; unknown or expired secrets leave the request anonymous, and
// `requireUser` answers 401 where a person is needed. Writes not made with a bearer token pass a
// CSRF check: no Origin from another host, no `Sec-Fetch-Site: cross-site`.
import type { Request, RequestHandler, Response } from 'express';
import { resolveSession } from '../../commands/auth/resolveSession';
import { Forbidden, Unauthenticated } from '../../domain/errors';
import type { AuthSession, User } from '../../domain/users/types';
import type { AppDeps } from '../deps';
import { SESSION_COOKIE } from '../sessionCookie';
import { requestCookies } from './requestContext';

export interface Authentication {
  user: User;
  session: AuthSession;
  via: 'bearer' | 'cookie';
}

const authentications = new WeakMap<Response, Authentication>();
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerSecret(req: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return match ? match[1] : null;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null; // "null" and other opaque origins
  }
}

/** Throws 403 `csrf_rejected` for a browser write coming from another site. */
export function checkSameOrigin(req: Request): void {
  const origin = req.get('origin');
  const host = req.get('host')?.toLowerCase();
  const foreignOrigin = origin !== undefined && (host === undefined || hostOf(origin) !== host);
  if (foreignOrigin || req.get('sec-fetch-site') === 'cross-site') {
    throw new Forbidden('cross-site request rejected', 'csrf_rejected');
  }
}

export const authenticate =
  (deps: AppDeps): RequestHandler =>
  async (req, res, next) => {
    const bearer = bearerSecret(req);
    if (bearer === null && !SAFE_METHODS.has(req.method)) checkSameOrigin(req);
    const secret = bearer ?? requestCookies(req)[SESSION_COOKIE];
    if (secret) {
      const resolved = await resolveSession(deps, { secret });
      if (resolved) authentications.set(res, { ...resolved, via: bearer === null ? 'cookie' : 'bearer' });
    }
    next();
  };

/** The authenticated user; throws Unauthenticated (401) for an anonymous request. */
export function currentUser(res: Response): User {
  const authentication = authentications.get(res);
  if (!authentication) throw new Unauthenticated();
  return authentication.user;
}

/** How the request was authenticated, or null when anonymous. */
export const currentAuthentication = (res: Response): Authentication | null => authentications.get(res) ?? null;

/** Lets only authenticated requests through. */
export const requireUser: RequestHandler = (_req, res, next) => {
  currentUser(res);
  next();
};
