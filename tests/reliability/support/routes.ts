// Every route the app declares, read from express's own router stacks: the /api routers (mounted under
// /api) and the app-level health routes. The fuzzer covers what is routed, not a hand-kept list.
import type { Router } from 'express';
import { loadConfig } from '../../../server/config';
import type { AppDeps } from '../../../server/http/deps';
import { apiRoutes } from '../../../server/http/routes';
import { healthRoutes } from '../../../server/http/routes/health';

export interface DeclaredRoute {
  method: string;
  path: string;
}

interface StackLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

function routesOf(router: Router, prefix: string): DeclaredRoute[] {
  return ((router as unknown as { stack: StackLayer[] }).stack ?? []).flatMap((layer) => {
    if (!layer.route) return [];
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
    return paths.flatMap((path) => Object.keys(layer.route!.methods).filter((m) => m !== '_all').map((method) => ({ method: method.toUpperCase(), path: prefix + path })));
  });
}

/** The routes, built with stub dependencies (a router only keeps them for its handlers). */
export function declaredRoutes(): DeclaredRoute[] {
  const deps = { config: loadConfig({}) } as unknown as AppDeps;
  return [...routesOf(healthRoutes(deps), ''), ...apiRoutes.flatMap((routes) => routesOf(routes(deps), '/api'))];
}
