// Per-request plumbing: a request id (echoed as X-Request-Id, used in logs), parsed cookies, an optional access log.
import { randomUUID } from 'node:crypto';
import { parse, type Cookies } from 'cookie';
import type { Request, RequestHandler, Response } from 'express';

const ids = new WeakMap<Response, string>();
const cookieJars = new WeakMap<Request, Cookies>();
const ACCEPTED_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Takes a well-formed incoming X-Request-Id (from a proxy) or makes one. */
export const requestId = (): RequestHandler => (req, res, next) => {
  const incoming = req.get('x-request-id');
  const id = incoming && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
  ids.set(res, id);
  res.set('X-Request-Id', id);
  next();
};

export const requestIdOf = (res: Response): string => ids.get(res) ?? '-';

/** One line per request when it finishes: method, path, status, duration, id. */
export const requestLog = (): RequestHandler => (req, res, next) => {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${req.method} ${req.path} ${res.statusCode} ${ms.toFixed(1)}ms [${requestIdOf(res)}]`);
  });
  next();
};

export const parseCookies = (): RequestHandler => (req, _res, next) => {
  const header = req.get('cookie');
  cookieJars.set(req, header ? parse(header) : {});
  next();
};

export const requestCookies = (req: Request): Cookies => cookieJars.get(req) ?? {};
