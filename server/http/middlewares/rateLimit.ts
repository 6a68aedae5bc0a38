// Login attempts per IP address: at most config.login.maxAttempts failed attempts per window.
// Successful logins do not count. Over the limit, the request fails as RateLimited (429 rate_limited).
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../../config';
import { RateLimited } from '../../domain/errors';

export const loginRateLimit = (config: Pick<Config, 'login'>): RequestHandler =>
  rateLimit({
    windowMs: config.login.windowMs,
    limit: config.login.maxAttempts,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    handler: (_req, _res, next) => next(new RateLimited('too many login attempts')),
  });
