// GET /api/openapi.json and GET /api/reference: the description covers every route the app answers,
// and its parameters and bodies are the JSON Schemas of the zod schemas the routes validate with.
import { createApp } from '../../../server/http/app';
import { openApiPath } from '../../../server/http/openapi/document';
import { createWebhookBody } from '../../../server/http/routes/webhooks/schemas';
import { startTestApp, type TestApp } from '../../support/testApp';
import { z } from 'zod';

type Operation = { parameters?: { name: string; in: string; required: boolean; schema: unknown }[]; requestBody?: { content: Record<string, { schema: unknown }> }; security?: unknown[] };

/**
 * `METHOD /path` of every route in an express 5 app, found independently of the code under test: each
 * layer of a router stack is a route (`route.path`, one layer per method and handler) or a router mounted
 * at `rawPath`. With `perRoute`, one entry per route and method (what two routers could both answer).
 */
function expressRoutes(stack: any[], prefix = '', perRoute = false): string[] {
  return stack.flatMap((layer) => {
    if (layer.route && perRoute) return Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${prefix}${layer.route.path}`);
    if (layer.route) return layer.route.stack.map((inner: any) => `${inner.method.toUpperCase()} ${prefix}${layer.route.path}`);
    if (layer.handle?.stack) return expressRoutes(layer.handle.stack, layer.rawPath && layer.rawPath !== '/' ? prefix + layer.rawPath : prefix, perRoute);
    return [];
  });
}

describe('GET /api/openapi.json', () => {
  let app: TestApp;
  let document: any;
  beforeAll(async () => {
    app = await startTestApp();
    const response = await app.request('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    document = response.body;
  });
  afterAll(async () => {
    await app.close();
  });

  test('is OpenAPI 3.1, readable without signing in', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toEqual({ title: 'Nysa', version: '0.1.0' });
  });

  test('describes every route the express app has: none missing, none invented', () => {
    const routes = [...new Set(expressRoutes((createApp(app.deps) as any).router.stack))];
    expect(routes.length).toBeGreaterThan(70);
    const described = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const expected = [...new Set(routes.map((route) => { const [method, path] = route.split(' '); return `${method} ${openApiPath(path)}`; }))];
    expect(described.filter((route) => !expected.includes(route))).toEqual([]);
    expect(expected.filter((route) => !described.includes(route))).toEqual([]);
    expect(described).toContain('POST /api/projects/{id}/webhooks');
    expect(described).toContain('GET /api/openapi.json');
  });

  test('no two routes share a method and path: the order the routers are mounted in decides nothing', () => {
    // One entry per route and method (a route's own stack has a layer per handler and validator).
    const routes: string[] = expressRoutes((createApp(app.deps) as any).router.stack, '', true);
    expect(routes.length).toBeGreaterThan(70);
    expect(routes.filter((route, i) => routes.indexOf(route) !== i)).toEqual([]);
  });

  test('every described operation is answered by a route: with placeholder ids, never 404 route_not_found', async () => {
    const { token } = await app.createUser({ roles: ['admin'] });
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => [method.toUpperCase(), path.replace(/\{\w+\}/g, 'unknown-id')] as const),
    );
    expect(operations.length).toBeGreaterThan(70);
    for (const [method, path] of operations) {
      const response = await app.request(method, path, { token, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      expect([method, path, response.body?.error === 'route_not_found']).toEqual([method, path, false]);
    }
  });

  test('every path parameter of every operation is described', () => {
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, Operation>>)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(operations)) {
        const inPath = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
        expect([method, path, inPath]).toEqual([method, path, names]);
      }
    }
  });

  test('a route’s body is the JSON Schema of the zod schema it validates with', () => {
    const operation: Operation = document.paths['/api/projects/{id}/webhooks'].post;
    const { $schema: _dialect, ...expected } = z.toJSONSchema(createWebhookBody, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    expect(operation.requestBody!.content['application/json'].schema).toEqual(expected);
    expect(expected).toMatchObject({ type: 'object', required: ['url', 'events', 'secret'], additionalProperties: false });
    expect(operation.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } }]);
  });

  test('query parameters come from the query schema, with their defaults', () => {
    const operation: Operation = document.paths['/api/webhooks/{id}/deliveries'].get;
    expect(operation.parameters!.filter((parameter) => parameter.in === 'query').map((parameter) => [parameter.name, parameter.required])).toEqual([
      ['offset', false],
      ['limit', false],
    ]);
  });

  test('public routes need no security; the others take a bearer token or the session cookie', () => {
    expect(document.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
    expect(document.paths['/api/auth/login'].post.security).toEqual([]);
    expect(document.paths['/health'].get.security).toEqual([]);
    expect(document.paths['/api/projects'].get.security).toBeUndefined();
  });
});

describe('GET /api/reference', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  test('is an HTML page of every operation, in the asked language, that runs and loads nothing', async () => {
    const response = await app.request('GET', '/api/reference', { headers: { 'accept-language': 'pl' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    expect(response.text).toContain('<html lang="pl">');
    expect(response.text).toContain('<h1>Dokumentacja API Nysy</h1>');
    expect(response.text).toContain('<h3><code>POST /api/projects/{id}/webhooks</code></h3>');
    expect(response.text).not.toMatch(/<script|<link|src=/);
    const description = (await app.request('GET', '/api/openapi.json')).body;
    const operations = Object.values(description.paths as Record<string, object>).reduce((sum: number, methods) => sum + Object.keys(methods).length, 0);
    expect(response.text.match(/<h3>/g)).toHaveLength(operations);
  });
});
