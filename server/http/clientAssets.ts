// The built web client: hashed assets cached for a year, index.html for every other page the client
// routes itself (/documents/…, /dashboard), under a Content-Security-Policy the build satisfies: only
// our own scripts, styles and connections, nothing inline, no frames.
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { DomainError } from '../domain/errors';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const contentSecurityPolicy: RequestHandler = (_req, res, next) => {
  res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  next();
};

/** Serves `clientDir` when it holds a build; null when it does not (the API still works). */
export function clientAssets(clientDir: string): Router | null {
  const indexFile = path.join(clientDir, 'index.html');
  if (!fs.existsSync(indexFile)) return null;
  const router = express.Router();
  router.use(contentSecurityPolicy);
  router.use('/assets', express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
  // A missing asset is a 404, never index.html (a stale page asking for an old bundle must fail loudly).
  router.use('/assets', (req) => {
    throw new DomainError('route_not_found', `no asset ${req.path}`, { path: req.originalUrl });
  });
  router.use(express.static(clientDir, { index: false, maxAge: 0 }));
  router.get(/^\/(?!api\/|api$|health$).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
