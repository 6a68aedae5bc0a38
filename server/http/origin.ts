// Where a request came from, for the audit trail and the sign-in limits: the client's address as
// express sees it (the socket's, or X-Forwarded-For's when TRUST_PROXY says whose to believe).
import type { Request } from 'express';
import type { RequestOrigin } from '../domain/audit/types';

export const requestOrigin = (req: Request): RequestOrigin => ({ ip: req.ip ?? null });

/** The address this server was reached at (scheme and host), for links it hands out. */
export const requestBaseUrl = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
