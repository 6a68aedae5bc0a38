// Every route an express app answers, read from its router stack (express 5: each layer keeps the path
// it was registered with as `rawPath`), with the zod schemas its validate() middleware checks. The API
// description is made from this table, so a route cannot exist without appearing in it.
import type { RequestSchemas } from '../middlewares/validate';

export interface RouteEntry {
  /** Lower case: get, post, put, patch, delete. */
  method: string;
  /** The express path from the root, e.g. `/api/projects/:id/webhooks`. */
  path: string;
  /** The schemas of the route's validators, merged (a route has at most one per request part). */
  schemas: RequestSchemas;
}

interface StackLayer {
  rawPath?: unknown;
  method?: string;
  handle: unknown;
  route?: { path: unknown; stack: StackLayer[] };
}

const stackOf = (handle: unknown): StackLayer[] | null => {
  const stack = (handle as { stack?: unknown } | null)?.stack;
  return Array.isArray(stack) ? (stack as StackLayer[]) : null;
};

const schemasOf = (handle: unknown): RequestSchemas | null => {
  const schemas = (handle as { schemas?: unknown } | null)?.schemas;
  return typeof handle === 'function' && typeof schemas === 'object' && schemas !== null ? (schemas as RequestSchemas) : null;
};

/** A route's full path: its own under the mount prefix (a router mounted without a path has rawPath '/'). */
const join = (prefix: string, path: string): string => (path === '/' || path === '' ? prefix || '/' : `${prefix}${path}`);
const mountPrefix = (prefix: string, rawPath: unknown): string => (typeof rawPath === 'string' && rawPath !== '/' ? `${prefix}${rawPath}` : prefix);

function collect(stack: readonly StackLayer[], prefix: string, into: RouteEntry[]): void {
  for (const layer of stack) {
    if (layer.route) {
      const path = join(prefix, String(layer.route.path));
      const methods = [...new Set(layer.route.stack.map((inner) => inner.method).filter((method): method is string => typeof method === 'string'))];
      const schemas: RequestSchemas = Object.assign({}, ...layer.route.stack.map((inner) => schemasOf(inner.handle) ?? {}));
      for (const method of methods) into.push({ method, path, schemas });
      continue;
    }
    const nested = stackOf(layer.handle);
    if (nested) collect(nested, mountPrefix(prefix, layer.rawPath), into);
  }
}

/** The routes of an app (or of a router), in registration order. */
export function routeTable(appOrRouter: unknown): RouteEntry[] {
  const root = (appOrRouter as { router?: unknown }).router ?? appOrRouter;
  const stack = stackOf(root);
  if (!stack) throw new Error('routeTable: not an express app or router');
  const routes: RouteEntry[] = [];
  collect(stack, '', routes);
  return routes;
}
