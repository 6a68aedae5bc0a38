// The login session cookie: HttpOnly, SameSite=Lax, whole site, as long as the server-side session.
import { serialize } from 'cookie';
import type { Config } from '../config';

export const SESSION_COOKIE = 'nysa_session';

type CookieConfig = Pick<Config, 'sessionTtlHours' | 'secureCookies'>;

const base = (config: CookieConfig) => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', secure: config.secureCookies });

export const sessionCookie = (secret: string, config: CookieConfig): string =>
  serialize(SESSION_COOKIE, secret, { ...base(config), maxAge: config.sessionTtlHours * 3600 });

export const clearedSessionCookie = (config: CookieConfig): string =>
  serialize(SESSION_COOKIE, '', { ...base(config), maxAge: 0, expires: new Date(0) });
