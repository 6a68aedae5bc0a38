// The OpenAPI 3.1 description of the API, made from the route table (routeTable.ts): path parameters,
// query parameters and JSON bodies are the JSON Schemas of the zod schemas the routes validate with
// (zod's toJSONSchema, input side: what a client sends). Responses are described by their status
// classes and the one error shape every route shares.
import { z } from 'zod';
import { SESSION_COOKIE } from '../sessionCookie';
import type { RouteEntry } from './routeTable';

type JsonSchema = Record<string, unknown>;

export interface OpenApiOptions {
  title: string;
  version: string;
  /** `METHOD /path` (relative to /api, as PUBLIC_API_ROUTES writes them) reachable without signing in. */
  publicRoutes: ReadonlySet<string>;
}

/** `/api/projects/:id/webhooks` → `/api/projects/{id}/webhooks` (express 5 also has `*name` wildcards). */
export const openApiPath = (path: string): string => path.replace(/[:*]([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');

const pathParameterNames = (path: string): string[] => [...path.matchAll(/[:*]([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);

function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** The properties of an object schema, and which are required. */
function propertiesOf(schema: z.ZodType | undefined): { name: string; schema: JsonSchema; required: boolean }[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({ name, schema: property, required: required.has(name) }));
}

function operationOf(route: RouteEntry, options: OpenApiOptions): JsonSchema {
  const relative = route.path.startsWith('/api/') ? route.path.slice('/api'.length) : route.path;
  const isPublic = !route.path.startsWith('/api/') || options.publicRoutes.has(`${route.method.toUpperCase()} ${relative.toLowerCase()}`);
  const described = new Map(propertiesOf(route.schemas.params).map((param) => [param.name, param.schema]));
  const parameters = [
    ...pathParameterNames(route.path).map((name) => ({ name, in: 'path', required: true, schema: described.get(name) ?? { type: 'string' } })),
    ...propertiesOf(route.schemas.query).map((param) => ({
      name: param.name,
      in: 'query',
      required: param.required,
      schema: param.schema,
      ...(typeof param.schema.description === 'string' ? { description: param.schema.description } : {}),
    })),
  ];
  const tag = relative.split('/').filter((part) => part !== '' && !part.startsWith(':'))[0] ?? 'root';
  return {
    operationId: `${route.method}${openApiPath(route.path).replace(/[^A-Za-z0-9]+(.)?/g, (_all, next: string | undefined) => (next ?? '').toUpperCase())}`,
    summary: `${route.method.toUpperCase()} ${openApiPath(route.path)}`,
    tags: [tag],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.schemas.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(route.schemas.body) } } } } : {}),
    responses: {
      '2XX': { description: 'Success' },
      '4XX': { description: 'Refused: `{error, message, details?}` with a stable error code', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
    ...(isPublic ? { security: [] } : {}),
  };
}

export function openApiDocument(routes: readonly RouteEntry[], options: OpenApiOptions): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    // The first registration of a method and path is the one express answers with.
    paths[path][route.method] ??= operationOf(route, options);
  }
  return {
    openapi: '3.1.0',
    info: { title: options.title, version: options.version },
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/tokens' },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error', 'message'],
          properties: { error: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
        },
      },
    },
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
  };
}
