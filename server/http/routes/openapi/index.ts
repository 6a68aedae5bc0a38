// GET /api/openapi.json: the OpenAPI 3.1 description of every route of the running app, made from its
// router stack and the zod schemas the routes validate with (http/openapi); GET /api/reference: the same
// as a readable page. Both are public (PUBLIC_API_ROUTES) and made once per app.
import { Router, type Application } from 'express';
import { openApiDocument } from '../../openapi/document';
import { referencePage } from '../../openapi/referencePage';
import { routeTable } from '../../openapi/routeTable';
import { requestLanguage } from '../../language';
import type { AppDeps } from '../../deps';
import { PUBLIC_API_ROUTES } from '../publicRoutes';

export const API_TITLE = 'Nysa';
export const API_VERSION = '0.1.0';

/** A page that runs nothing and loads nothing. */
const REFERENCE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const descriptions = new WeakMap<Application, Record<string, unknown>>();

/** The description of an app, made on first use (every router is mounted by then). */
export function describeApp(app: Application): Record<string, unknown> {
  let document = descriptions.get(app);
  if (!document) {
    document = openApiDocument(routeTable(app), { title: API_TITLE, version: API_VERSION, publicRoutes: PUBLIC_API_ROUTES });
    descriptions.set(app, document);
  }
  return document;
}

export function openApiRoutes(_deps: AppDeps): Router {
  const router = Router();

  router.get('/openapi.json', (req, res) => {
    res.json(describeApp(req.app));
  });

  router.get('/reference', (req, res) => {
    res.set('Content-Security-Policy', REFERENCE_POLICY);
    res.type('html').send(referencePage(describeApp(req.app), requestLanguage(req)));
  });

  return router;
}
