// Request validation at the edge with zod. `validate({ body, query, params })` is a middleware that
// also hands the parsed, typed values back to the handler:
//
//   const createThing = validate({ body: z.strictObject({ name: z.string() }) });
//   router.post('/things', createThing, async (req, res) => {
//     const { body } = createThing.parsed(res); // { name: string }
//   });
//
// Use strict objects so unknown fields are rejected. A failure is InvalidInput (400 invalid_input)
// with `details.issues: [{ path, message }]` (at most MAX_ISSUES): body fields by their path (`roles.1`),
// query and route parameters prefixed (`query.limit`, `params.id`); an unknown field is reported under
// its own name. A string holding a lone UTF-16 surrogate ("\ud800" in JSON) is 400 invalid_characters:
// it has no UTF-8 form, so the store would silently keep something else. A key no store can hold (NUL,
// a leading "$", a lone surrogate: domain/text/storableKeys.ts) in a map the schema lets the user key
// is 400 invalid_key.
import type { RequestHandler, Response } from 'express';
import type { z } from 'zod';
import { InvalidInput } from '../../domain/errors';
import { LONE_SURROGATE, unstorableKeys } from '../../domain/text/storableKeys';

export interface RequestSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

export type Parsed<S extends RequestSchemas> = {
  [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never;
};

export interface Issue {
  path: string;
  message: string;
}

export interface Validator<S extends RequestSchemas> extends RequestHandler {
  /** The parsed request parts; only valid in handlers that run after this validator. */
  parsed(res: Response): Parsed<S>;
  /** The schemas it checks with: the API description (http/openapi) is generated from them. */
  readonly schemas: S;
}

const PARTS = ['params', 'query', 'body'] as const;
/** Issues reported per request: a 5 MB array of wrong items would otherwise give millions. */
export const MAX_ISSUES = 50;
type Part = (typeof PARTS)[number];

/** Paths of the strings in a parsed (so schema-shaped, shallow) value that hold a lone surrogate. */
function loneSurrogates(value: unknown, path: string[]): Issue[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [{ path: path.join('.'), message: 'not valid Unicode (lone surrogate)' }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => loneSurrogates(item, [...path, String(i)]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => loneSurrogates(item, [...path, key]));
  return [];
}

function toIssues(part: Part, error: z.ZodError): Issue[] {
  const at = (path: readonly PropertyKey[]) => [...(part === 'body' ? [] : [part]), ...path.map(String)].join('.');
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: 'unknown field' }))
      : [{ path: at(issue.path), message: issue.message }],
  );
}

export function validate<S extends RequestSchemas>(schemas: S): Validator<S> {
  const results = new WeakMap<Response, Parsed<S>>();
  const middleware: RequestHandler = (req, res, next) => {
    const values: Record<string, unknown> = {};
    const issues: Issue[] = [];
    for (const part of PARTS) {
      const schema = schemas[part];
      if (!schema) continue;
      const input: unknown = req[part];
      if (part === 'body' && input === undefined) {
        issues.push({ path: '', message: 'a JSON body is required (Content-Type: application/json)' });
        continue;
      }
      const result = schema.safeParse(input);
      if (result.success) values[part] = result.data;
      else issues.push(...toIssues(part, result.error).slice(0, MAX_ISSUES));
    }
    if (issues.length > 0) {
      const shown = issues.slice(0, MAX_ISSUES);
      throw new InvalidInput(`invalid request: ${shown.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')}`, { issues: shown });
    }
    const unstorable = PARTS.flatMap((part) => loneSurrogates(values[part], part === 'body' ? [] : [part])).slice(0, MAX_ISSUES);
    if (unstorable.length > 0) {
      throw new InvalidInput(`invalid characters: ${unstorable.map((i) => i.path || '(body)').join(', ')}`, { issues: unstorable }, 'invalid_characters');
    }
    const badKeys = PARTS.flatMap((part) => unstorableKeys(values[part], part === 'body' ? [] : [part])).slice(0, MAX_ISSUES);
    if (badKeys.length > 0) {
      throw new InvalidInput(`invalid keys: ${badKeys.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues: badKeys }, 'invalid_key');
    }
    results.set(res, values as Parsed<S>);
    next();
  };
  return Object.assign(middleware, {
    schemas,
    parsed(res: Response): Parsed<S> {
      const values = results.get(res);
      if (!values) throw new Error('validate(): parsed() called in a handler the validator did not run before');
      return values;
    },
  });
}
