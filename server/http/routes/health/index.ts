// GET /health: liveness and what the server runs with (no authentication).
import { Router } from 'express';
import type { AppDeps } from '../../deps';

export function healthRoutes(deps: AppDeps): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok', store: deps.store.kind, mt: { configured: deps.translator.configured } });
  });
  return router;
}
