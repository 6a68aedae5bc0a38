// Robustness: no request can cause a 500. Every route of the API gets hostile input (wrong JSON types,
// broken bodies, odd ids and query strings, Unicode edge cases, missing or stale credentials, the
// wrong state) and answers a 4xx `{ error: <snake_case code>, message }` without any internals; a
// bounded random fuzz tries what the tables do not; a DeepL outage never blocks editing.
import { hashSecret } from '../../../server/commands/auth/secretHash';
import { parseDocument } from '../../../server/domain/formats';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import type { RequestOptions, TestResponse } from '../../support/testApp';
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

// ---------------------------------------------------------------------------------------------------
// The API, as the route files declare it. `:project`, `:document`, `:segment`, `:user`, `:alignment` and
// `:import` stand for ids of the fixture; `fields` is a valid body and, per field, which JSON kinds it accepts.

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
type Placeholder = 'project' | 'document' | 'segment' | 'user' | 'alignment' | 'import';
type As = 'none' | 'admin' | 'coordinator' | 'editor' | 'translator' | 'reviewer' | 'outsider';

interface Field {
  value: unknown;
  /** JSON kinds of the wrong-type table that this field accepts (an invalid string is still 'x'). */
  accepts?: Kind[];
}

interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  path: string;
  /** Who may call it: 'public' needs no user, every other /api route does. */
  public?: boolean;
  fields?: Record<string, Field>;
  /** The body may be left out (confirm, approve, lock, unlock). */
  optionalBody?: boolean;
  /** Every field is optional: `{}` is a valid body (tokens, settings, bulk approval). */
  emptyOk?: boolean;
  /** Routes with a query schema reject unknown query parameters. */
  query?: boolean;
  /** A valid request's body when it is not JSON (a TMX upload). */
  raw?: RequestOptions;
  /** A valid request's query string, when one is required. */
  validQuery?: string;
}

const str = (value: string): Field => ({ value, accepts: ['string'] });
const version: Field = { value: 1, accepts: ['number'] };

const ROUTES: Route[] = [
  { method: 'GET', path: '/health', public: true },
  { method: 'POST', path: '/api/auth/login', public: true, fields: { email: str('niemand@nysa.test'), password: str('geheim-haslo-2026') } },
  { method: 'POST', path: '/api/auth/logout', public: true },
  { method: 'POST', path: '/api/auth/password-reset', public: true, fields: { token: str('reset.secret'), newPassword: str('Neisse-Brücke-2026') } },
  { method: 'GET', path: '/api/me' },
  // A wrong current password: a valid request is refused (403), and nobody's password changes.
  { method: 'POST', path: '/api/me/password', fields: { currentPassword: str('falsch-falsch'), newPassword: str('Neisse-Brücke-2026') } },
  {
    method: 'POST',
    path: '/api/tokens',
    fields: { name: { value: 'ci', accepts: ['string', 'null'] }, expiresAt: { value: '2099-01-01T00:00:00Z', accepts: ['null'] } },
    emptyOk: true,
  },
  { method: 'GET', path: '/api/tokens', query: true },
  {
    method: 'POST',
    path: '/api/users',
    fields: { email: { value: 'neu@nysa.test' }, name: str('Neu'), password: { value: 'geheim-haslo-2026' }, roles: { value: ['translator'] } },
  },
  { method: 'GET', path: '/api/users' },
  // Only the name: a hostile test that got through must not deactivate or demote a fixture person.
  { method: 'PATCH', path: '/api/users/:user', fields: { name: str('Ewa Edytor') } },
  { method: 'POST', path: '/api/users/:user/password-reset' },
  { method: 'GET', path: '/api/audit', query: true },
  {
    method: 'POST',
    path: '/api/projects',
    fields: { name: str('Projekt'), sourceLang: str('de'), targetLang: str('pl'), settings: { value: { formality: 'more' } } },
  },
  { method: 'GET', path: '/api/projects' },
  { method: 'GET', path: '/api/projects/:project' },
  { method: 'GET', path: '/api/projects/:project/member-candidates', query: true, validQuery: 'q=Ewa' },
  {
    method: 'PATCH',
    path: '/api/projects/:project/settings',
    fields: {
      formality: { value: 'less' },
      allowSelfApproval: { value: false, accepts: ['boolean'] },
      qa: { value: { disabled: ['numbers'] } },
      tm: { value: { threshold: 80 } },
    },
    emptyOk: true,
  },
  { method: 'GET', path: '/api/projects/:project/qa/checks' },
  { method: 'POST', path: '/api/projects/:project/members', fields: { userId: str(':user'), roles: { value: ['editor'] } } },
  {
    method: 'POST',
    path: '/api/projects/:project/documents',
    fields: { title: str('Titel'), format: { value: 'text' }, content: str('Ein Satz.'), dueDate: { value: '2027-01-01T00:00:00Z', accepts: ['null'] } },
  },
  { method: 'GET', path: '/api/projects/:project/documents' },
  { method: 'GET', path: '/api/documents/:document' },
  { method: 'GET', path: '/api/documents/:document/segments', query: true },
  { method: 'POST', path: '/api/documents/:document/mt' },
  { method: 'GET', path: '/api/documents/:document/mt' },
  { method: 'POST', path: '/api/documents/:document/approve', fields: { segmentIds: { value: [':segment'] } }, emptyOk: true },
  { method: 'GET', path: '/api/documents/:document/export', query: true },
  { method: 'GET', path: '/api/documents/:document/qa', query: true },
  { method: 'GET', path: '/api/segments/:segment' },
  { method: 'PATCH', path: '/api/segments/:segment', fields: { target: str('Zdanie.'), version } },
  { method: 'POST', path: '/api/segments/:segment/confirm', fields: { version, overrideQa: { value: { reason: 'Eigenname.' } } }, optionalBody: true },
  ...(['approve', 'lock', 'unlock'] as const).map(
    (action): Route => ({ method: 'POST', path: `/api/segments/:segment/${action}`, fields: { version }, optionalBody: true }),
  ),
  { method: 'POST', path: '/api/segments/:segment/reject', fields: { reason: str('Bitte prüfen.'), version } },
  { method: 'POST', path: '/api/segments/:segment/context-specific', fields: { contextSpecific: { value: true, accepts: ['boolean'] }, version } },
  { method: 'GET', path: '/api/segments/:segment/history' },
  { method: 'GET', path: '/api/overview' },
  { method: 'GET', path: '/api/overview/activity' },
  { method: 'GET', path: '/api/overview/approved-per-day', query: true },
  // Live updates: an event stream (request() takes its status and headers, then drops the connection) and presence.
  { method: 'GET', path: '/api/documents/:document/events', query: true },
  { method: 'POST', path: '/api/segments/:segment/presence', fields: { editing: { value: true, accepts: ['boolean'] } } },
  { method: 'POST', path: '/api/projects/:project/documents/preview', fields: { format: { value: 'text' }, content: str('Ein Satz.') } },
  // Alignments of existing German/Polish pairs, and the translation-memory units they became.
  { method: 'POST', path: '/api/projects/:project/alignments', fields: { title: str('Paar'), format: { value: 'text' }, de: str('Ein Satz.'), pl: str('Jedno zdanie.') } },
  { method: 'GET', path: '/api/projects/:project/alignments' },
  { method: 'GET', path: '/api/alignments/:alignment' },
  { method: 'POST', path: '/api/alignments/:alignment/merge', fields: { bead: { value: 0, accepts: ['number'] }, version } },
  {
    method: 'POST',
    path: '/api/alignments/:alignment/split',
    fields: { bead: { value: 0, accepts: ['number'] }, de: { value: 1, accepts: ['number'] }, pl: { value: 1, accepts: ['number'] }, version },
  },
  { method: 'PUT', path: '/api/alignments/:alignment/beads', fields: { beads: { value: [{ de: [0], pl: [0] }] }, version } },
  { method: 'POST', path: '/api/alignments/:alignment/confirm', fields: { version } },
  // The translation memory: units, lookup, search, and TMX import (a background job) and export.
  { method: 'GET', path: '/api/projects/:project/tm/units', query: true },
  { method: 'GET', path: '/api/projects/:project/tm/lookup', query: true, validQuery: 'text=Ein%20Satz.' },
  { method: 'GET', path: '/api/projects/:project/tm/search', query: true, validQuery: 'q=Satz' },
  { method: 'GET', path: '/api/projects/:project/tm/export' },
  { method: 'POST', path: '/api/projects/:project/tm/import', raw: { body: '<tmx version="1.4"><header/><body/></tmx>', headers: { 'content-type': 'application/x-tmx+xml' } } },
  { method: 'GET', path: '/api/tm-imports/:import' },
  { method: 'GET', path: '/api/segments/:segment/comments' },
  { method: 'POST', path: '/api/segments/:segment/comments', fields: { text: str('Bitte prüfen.'), replyTo: { value: undefined, accepts: ['string'] } } },
  { method: 'GET', path: '/api/documents/:document/comments' },
  { method: 'GET', path: '/api/documents/:document/assignments' },
  {
    method: 'POST',
    path: '/api/documents/:document/assignments',
    // A reviewer only: a translator's range would make the fixture's segments read-only for others.
    fields: { range: { value: null, accepts: ['null'] }, reviewerId: { value: ':user', accepts: ['string', 'null'] }, reviewDue: { value: '2027-01-01T00:00:00Z', accepts: ['null'] } },
    emptyOk: true,
  },
  { method: 'GET', path: '/api/me/work' },
  { method: 'GET', path: '/api/overview/assignments' },
  { method: 'GET', path: '/api/notifications', query: true },
  { method: 'POST', path: '/api/notifications/read', fields: { all: { value: true, accepts: ['boolean'] } } },
  { method: 'GET', path: '/api/notifications/settings' },
  { method: 'PUT', path: '/api/notifications/settings', fields: { muted: { value: ['overdue'] } } },
  { method: 'GET', path: '/api/me/events', query: true },
  // A translated XLIFF file coming back (the file as the body, or multipart/form-data).
  {
    method: 'POST',
    path: '/api/documents/:document/xliff',
    raw: {
      body: '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="de" datatype="plaintext"><body/></file></xliff>',
      headers: { 'content-type': 'application/xliff+xml' },
    },
  },
  // Webhooks of a project, and the API description.
  {
    method: 'POST',
    path: '/api/projects/:project/webhooks',
    fields: { url: str('https://cms.example.org/nysa'), events: { value: ['document.approved'] }, secret: str('whsec-0123456789abcdef') },
  },
  { method: 'GET', path: '/api/projects/:project/webhooks' },
  { method: 'GET', path: '/api/openapi.json', public: true },
  { method: 'GET', path: '/api/reference', public: true },
];

const KINDS: Kind[] = ['string', 'number', 'boolean', 'null', 'array', 'object'];
const WRONG: Record<Kind, unknown> = { string: 'x', number: 42, boolean: true, null: null, array: [42], object: { x: 1 } };
const label = (route: Route) => `${route.method} ${route.path}`;
const validPath = (route: Route) => (route.validQuery ? `${route.path}?${route.validQuery}` : route.path);
const validBody = (route: Route) => Object.fromEntries(Object.entries(route.fields ?? {}).map(([name, field]) => [name, field.value]));
const withBody = ROUTES.filter((route) => route.fields);
const userRoutes = ROUTES.filter((route) => !route.public);
const withId = ROUTES.filter((route) => /:(project|document|segment|alignment|import)/.test(route.path));

/** A stack trace, a source path or a driver's words in a response body. */
const INTERNALS = /\bat .*\(|\.[tj]s:\d+|node_modules|\/work\/|\/tmp\/|Error:|SQLITE|TypeError|RangeError/;

// ---------------------------------------------------------------------------------------------------
// The shared fixture: a project with one person per role, a document with one segment in each state,
// and a second project none of them (but the coordinator) belongs to.

interface Ids {
  project: string;
  document: string;
  /** A segment nothing in the tables changes on success. */
  segment: string;
  user: string;
  alignment: string;
  /** A TMX import job id (an unknown one: the routes are the same). */
  import: string;
  /** Segments by state. */
  states: Record<'new' | 'draft' | 'translated' | 'rejected' | 'approved' | 'locked', string>;
  /** Untouched segments (version 1, state new) handed out one per test that may change one. */
  spare: string[];
  otherProject: string;
  otherDocument: string;
  otherSegment: string;
}

/** The first six sentences have no numbers, so their targets pass the QA checks that block a confirm. */
const MATRIX_TEXT = [
  'Die Stadt Görlitz lädt ein.',
  'Gefördert werden Begegnungen von Kindern.',
  'Die Sprache der Begegnung ist frei wählbar.',
  'Ein Eigenanteil ist erforderlich.',
  'Das Treffen beginnt am Nachmittag.',
  'Anträge sind bis Ende März einzureichen.',
  'Die Förderung beträgt höchstens fünftausend Euro.',
  'Die Auszahlung erfolgt nach Vorlage der Belege.',
  'Rückfragen beantwortet das Euroregionsbüro.',
  'Der Landkreis fördert Vereine.',
  'Das Formular steht im Internet.',
  'Die Jury tagt im Herbst.',
  'Die Ergebnisse werden veröffentlicht.',
  'Wir freuen uns auf Ihre Anträge.',
  'Der Rechtsweg ist ausgeschlossen.',
  'Weitere Hinweise folgen.',
  'Das Büro ist montags geschlossen.',
  'Die Anmeldung ist kostenlos.',
  'Parkplätze sind vorhanden.',
  'Die Veranstaltung ist barrierefrei.',
  'Für Getränke ist gesorgt.',
  'Fotos werden veröffentlicht.',
].join('\n\n');

describe('robustness over HTTP: hostile requests to every route', () => {
  let fixture: WorkflowFixture;
  let deepl: FakeDeepl;
  let ids: Ids;
  let tokens: Record<Exclude<As, 'none'>, string>;
  let deletedSessionToken: string;
  let loggedOutCookie: string;
  let spareIndex = 0;
  const nextSpare = () => ids.spare[spareIndex++];

  beforeAll(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
    const { app } = fixture;
    const admin = await app.createUser({ roles: ['admin'] });
    tokens = {
      admin: admin.token,
      coordinator: fixture.coordinator.token,
      editor: fixture.editor.token,
      translator: fixture.translator.token,
      reviewer: fixture.reviewer.token,
      outsider: fixture.outsider.token,
    };
    const gone = await app.createUser({ roles: ['coordinator'] });
    await app.store.sessions.delete((await app.store.sessions.findBySecretHash(hashSecret(gone.token)))!.id);
    deletedSessionToken = gone.token;
    const leaving = await app.createUser({ roles: ['coordinator'], email: 'weg@nysa.test' });
    const login = await app.login('weg@nysa.test', leaving.password);
    loggedOutCookie = login.cookie as string;
    expect((await app.request('POST', '/api/auth/logout', { cookie: loggedOutCookie })).status).toBe(204);

    const document = await submit(fixture, MATRIX_TEXT);
    const segments = await segmentsOf(fixture, document);
    const call = async (method: string, path: string, token: string, body?: unknown) => {
      const response = await app.request(method, path, { token, body });
      if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status} ${response.text}`);
      return response.body;
    };
    const edit = (index: number) => call('PATCH', `/api/segments/${segments[index].id}`, tokens.translator, { target: `Zdanie numer ${'ABCDEF'[index]}.`, version: 1 });
    const confirm = (index: number) => call('POST', `/api/segments/${segments[index].id}/confirm`, tokens.translator);
    for (const index of [1, 2, 3, 4]) await edit(index);
    for (const index of [2, 3, 4]) await confirm(index);
    await call('POST', `/api/segments/${segments[3].id}/reject`, tokens.reviewer, { reason: 'Bitte prüfen.' });
    await call('POST', `/api/segments/${segments[4].id}/approve`, tokens.reviewer);
    await call('POST', `/api/segments/${segments[5].id}/lock`, tokens.coordinator);

    const other = await app.request('POST', '/api/projects', { token: tokens.coordinator, body: { name: 'Anderes Projekt', sourceLang: 'de', targetLang: 'pl' } });
    const otherDocument = await app.request('POST', `/api/projects/${other.body.id}/documents`, {
      token: tokens.coordinator,
      body: { title: 'Fremd', format: 'text', content: 'Ein fremder Satz.' },
    });
    const [otherSegment] = await segmentsOf(fixture, otherDocument.body.id, tokens.coordinator);
    const alignment = await app.request('POST', `/api/projects/${fixture.projectId}/alignments`, {
      token: tokens.coordinator,
      body: { de: 'Ein Satz. Zwei Sätze.', pl: 'Jedno zdanie. Dwa zdania.' },
    });
    if (alignment.status !== 201) throw new Error(`alignment not created: ${alignment.text}`);

    ids = {
      project: fixture.projectId,
      document,
      segment: segments[0].id,
      user: fixture.editor.id,
      alignment: alignment.body.id,
      import: 'no-such-import',
      states: {
        new: segments[0].id,
        draft: segments[1].id,
        translated: segments[2].id,
        rejected: segments[3].id,
        approved: segments[4].id,
        locked: segments[5].id,
      },
      spare: segments.slice(6).map((segment) => segment.id),
      otherProject: other.body.id,
      otherDocument: otherDocument.body.id,
      otherSegment: otherSegment.id,
    };
  });

  afterAll(async () => {
    await fixture?.app.close();
    await deepl?.close();
  });

  /** Replaces placeholders in a path (or one string of a body) with the fixture's ids. */
  const resolve = (text: string, overrides: Partial<Record<string, string>> = {}): string =>
    text.replace(/:(project|document|segment|user|alignment|import)\b/g, (_whole, name: Placeholder) => overrides[name] ?? ids[name]);
  const resolveBody = (body: Record<string, unknown>): Record<string, unknown> =>
    JSON.parse(JSON.stringify(body), (_key, value: unknown) => (typeof value === 'string' ? resolve(value) : value));
  /** A request the route would accept, but for what the test changes. */
  const validRequest = (route: Route): RequestOptions => route.raw ?? (route.fields ? { body: resolveBody(validBody(route)) } : {});

  /**
   * A request that renews the keep-alive connection. Send it before a big body: when the test process was
   * busy for a while, the server's keep-alive timer may close the idle socket just as fetch reuses it.
   */
  const fresh = () => fixture.app.request('GET', '/health');

  async function send(method: string, path: string, as: As, options: RequestOptions = {}): Promise<TestResponse> {
    const response = await fixture.app.request(method, path, { ...(as === 'none' ? {} : { token: tokens[as] }), ...options });
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toMatch(INTERNALS);
    return response;
  }

  /** The error shape every 4xx has: a stable snake_case code and a non-empty message. */
  function expectProblem(response: TestResponse, status: number, code: string): void {
    expect([response.status, response.body?.error]).toEqual([status, code]);
    expect(response.body.error).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    expect(typeof response.body.message).toBe('string');
    expect(response.body.message.trim()).not.toBe('');
  }

  describe('wrong JSON types for every field', () => {
    const cases = withBody.flatMap((route) =>
      Object.entries(route.fields ?? {}).flatMap(([field, spec]) =>
        KINDS.filter((kind) => !spec.accepts?.includes(kind)).map((kind) => [label(route), field, kind, route] as const),
      ),
    );

    test.each(cases)('%s with %s as %s is 400 invalid_input', async (_label, field, kind, route) => {
      const body = { ...resolveBody(validBody(route)), [field]: WRONG[kind] };
      const response = await send(route.method, resolve(route.path), 'coordinator', { body });
      expectProblem(response, 400, 'invalid_input');
      expect(response.body.details.issues.map((issue: { path: string }) => issue.path.split('.')[0])).toContain(field);
    });
  });

  describe('bodies that are missing, not objects, not JSON or too big', () => {
    const big = `{"x":"${'x'.repeat(5 * 1024 * 1024)}"}`;
    const deep = `{"deep":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    type Shape = [name: string, options: (route: Route) => RequestOptions, status: number, code: string, appliesTo?: (route: Route) => boolean];
    const json = (text: string) => () => ({ body: text });
    const SHAPES: Shape[] = [
      ['no body at all', () => ({}), 400, 'invalid_input', (route) => !route.optionalBody],
      ['an empty JSON body', json(''), 400, 'invalid_input', (route) => !route.optionalBody && !route.emptyOk],
      ['a JSON array', json('[]'), 400, 'invalid_input'],
      ['an array holding the valid body', (route) => ({ body: [resolveBody(validBody(route))] }), 400, 'invalid_input'],
      ['a JSON string', json('"version"'), 400, 'invalid_json'],
      ['a JSON number', json('42'), 400, 'invalid_json'],
      ['JSON null', json('null'), 400, 'invalid_json'],
      ['JSON true', json('true'), 400, 'invalid_json'],
      ['the valid body as text/plain', (route) => ({ body: JSON.stringify(resolveBody(validBody(route))), headers: { 'content-type': 'text/plain' } }), 400, 'invalid_input'],
      ['a form-encoded body', () => ({ body: 'version=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400, 'invalid_input'],
      ['malformed JSON', json('{"version": 1,'), 400, 'invalid_json'],
      ['single-quoted JSON', json("{'version': 1}"), 400, 'invalid_json'],
      ['NaN in JSON', json('{"version": NaN}'), 400, 'invalid_json'],
      ['two JSON objects', json('{} {}'), 400, 'invalid_json'],
      ['an unknown field', (route) => ({ body: { ...resolveBody(validBody(route)), isAdmin: true } }), 400, 'invalid_input'],
      ['a __proto__ field', () => ({ body: '{"__proto__": {"roles": ["admin"]}}' }), 400, 'invalid_input'],
      ['a constructor field', () => ({ body: '{"constructor": {"prototype": {"admin": true}}}' }), 400, 'invalid_input'],
      ['10 000 levels of nested arrays', json(deep), 400, 'invalid_input'],
      ['a body over the 5 MiB limit', json(big), 413, 'payload_too_large'],
      ['a gzip body that does not decompress', (route) => ({ body: JSON.stringify(validBody(route)), headers: { 'content-encoding': 'gzip' } }), 400, 'invalid_input'],
      ['a deflate body that does not decompress', () => ({ body: '{}', headers: { 'content-encoding': 'deflate' } }), 400, 'invalid_input'],
      ['an unknown content encoding', () => ({ body: '{}', headers: { 'content-encoding': 'zstd' } }), 415, 'unsupported_media_type'],
      ['an unknown charset', () => ({ body: '{}', headers: { 'content-type': 'application/json; charset=klingon' } }), 415, 'unsupported_media_type'],
    ];
    const cases = withBody.flatMap((route) =>
      SHAPES.filter(([, , , , appliesTo]) => appliesTo?.(route) ?? true).map(
        ([name, options, status, code]) => [label(route), name, status, code, route, options] as const,
      ),
    );

    test.each(cases)('%s with %s is %i %s', async (_label, _name, status, code, route, options) => {
      expectProblem(await send(route.method, resolve(route.path), 'coordinator', options(route)), status, code);
    });
  });

  describe('credentials that are missing, wrong or no longer valid', () => {
    const AUTH: [name: string, options: () => RequestOptions][] = [
      ['no credentials', () => ({})],
      ['an unknown bearer token', () => ({ token: 'x'.repeat(43) })],
      ['a bearer token of 8 000 characters', () => ({ token: 'x'.repeat(8_000) })],
      ['the token of a deleted session', () => ({ token: deletedSessionToken })],
      ['the cookie of a logged-out session', () => ({ cookie: loggedOutCookie })],
      ['a Basic authorization header', () => ({ headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } })],
      ['"Bearer" without a token', () => ({ headers: { authorization: 'Bearer' } })],
      ['a bearer token with spaces', () => ({ headers: { authorization: 'Bearer a b c' } })],
      ['a garbled session cookie', () => ({ cookie: 'nysa_session=%ZZ%; nysa_session=; =;;' })],
    ];
    const cases = userRoutes.flatMap((route) => AUTH.map(([name, options]) => [label(route), name, route, options] as const));

    test.each(cases)('%s with %s is 401 unauthenticated', async (_label, _name, route, options) => {
      const valid = validRequest(route);
      const hostile = options();
      const response = await send(route.method, resolve(validPath(route)), 'none', { ...valid, ...hostile, headers: { ...valid.headers, ...hostile.headers } });
      expectProblem(response, 401, 'unauthenticated');
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="nysa"');
    });

    test.each(AUTH)('the public routes ignore %s: /health 200, login 401 invalid_credentials, logout 204', async (_name, options) => {
      expect((await send('GET', '/health', 'none', options())).status).toBe(200);
      expectProblem(await send('POST', '/api/auth/login', 'none', { ...options(), body: { email: 'niemand@nysa.test', password: 'geheim-haslo' } }), 401, 'invalid_credentials');
      expect((await send('POST', '/api/auth/logout', 'none', options())).status).toBe(204);
    });
  });

  describe('methods and paths that are not routed', () => {
    const paths = [...new Set(ROUTES.map((route) => route.path))];
    const routed = (path: string) => ROUTES.filter((route) => route.path === path).map((route) => route.method as string);
    const cases = paths.flatMap((path) =>
      ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => !routed(path).includes(method)).map((method) => [method, path] as const),
    );

    test.each(cases)('%s %s is 404 route_not_found', async (method, path) => {
      expectProblem(await send(method, resolve(path), 'coordinator'), 404, 'route_not_found');
    });

    test.each(paths)('HEAD %s answers like GET, without a body', async (path) => {
      const head = await send('HEAD', resolve(path), 'coordinator');
      const expected = routed(path).includes('GET') ? (await send('GET', resolve(path), 'coordinator')).status : 404;
      expect([head.status, head.text]).toEqual([expected, '']);
    });

    test.each(paths)('OPTIONS %s lists the routed methods (200)', async (path) => {
      const response = await send('OPTIONS', resolve(path), 'coordinator');
      const methods = routed(path).flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method]));
      expect(response.status).toBe(200);
      expect((response.headers.get('allow') ?? '').split(', ').sort()).toEqual(methods.sort());
    });

    test('OPTIONS on /api without credentials is 401, like every other method', async () => {
      expectProblem(await send('OPTIONS', resolve('/api/segments/:segment'), 'none'), 401, 'unauthenticated');
    });

    test.each([['/api'], ['/api/'], ['/api/segments'], ['/api/segments/'], ['/api/documents//segments'], ['/api/%ZZ'], ['/api/segments/x/y/z'], ['/api/segments/:segment/approve/']])(
      'GET %s (no such route) is 404 route_not_found',
      async (path) => {
        expectProblem(await send('GET', resolve(path), 'coordinator'), 404, 'route_not_found');
      },
    );
  });

  describe('hostile ids in the path', () => {
    const HOSTILE_IDS: [name: string, id: string, status: number, code: string][] = [
      ['an unknown id', 'does-not-exist', 404, 'not_found'],
      ['a 200-character id', 'x'.repeat(200), 404, 'not_found'],
      ['a 201-character id', 'x'.repeat(201), 400, 'invalid_input'],
      ['a 10 000-character id', 'x'.repeat(10_000), 400, 'invalid_input'],
      ['an id with ../', '..%2F..%2Fetc%2Fpasswd', 404, 'not_found'],
      ['an SQL-ish id', "1'%20OR%20'1'%3D'1", 404, 'not_found'],
      ['an id with quote, semicolon and comment', '%22%3B%20DROP%20TABLE%20segments%3B--', 404, 'not_found'],
      ['a query-operator id', '%7B%22%24ne%22%3A1%7D', 404, 'not_found'],
      ['a malformed %-escape', '%ZZ', 400, 'invalid_input'],
      ['a truncated UTF-8 %-escape', '%E2%82', 400, 'invalid_input'],
      ['an encoded lone surrogate', '%ED%A0%80', 400, 'invalid_input'],
      ['an encoded NUL', '%00', 404, 'not_found'],
      ['an encoded space', '%20', 404, 'not_found'],
      ['an RTL override', '%E2%80%AE', 404, 'not_found'],
      ['an emoji', '%F0%9F%98%80', 404, 'not_found'],
      ['a private-use character', '%EE%80%80', 404, 'not_found'],
    ];
    const cases = withId.flatMap((route) => HOSTILE_IDS.map(([name, id, status, code]) => [label(route), name, status, code, route, id] as const));

    test.each(cases)('%s with %s is %i %s', async (_label, _name, status, code, route, id) => {
      const path = resolve(validPath(route), { project: id, document: id, segment: id, alignment: id, import: id });
      expectProblem(await send(route.method, path, 'coordinator', validRequest(route)), status, code);
    });

    test('an id too long for the request line is refused by node (431), not by a crash', async () => {
      const response = await send('GET', `/api/segments/${'x'.repeat(20_000)}`, 'coordinator');
      expect(response.status).toBe(431);
    });
  });

  describe("another project's ids, seen by members of this one", () => {
    const OTHER: [method: string, path: string, as: As, body: Record<string, unknown> | null][] = [
      ['GET', '/api/projects/:otherProject', 'translator', null],
      ['GET', '/api/projects/:otherProject/documents', 'reviewer', null],
      ['POST', '/api/projects/:otherProject/documents', 'editor', { title: 'X', format: 'text', content: 'Ein Satz.' }],
      ['PATCH', '/api/projects/:otherProject/settings', 'editor', { allowSelfApproval: true }],
      ['POST', '/api/projects/:otherProject/members', 'editor', { userId: ':user', roles: ['coordinator'] }],
      ['GET', '/api/documents/:otherDocument', 'translator', null],
      ['GET', '/api/documents/:otherDocument/segments', 'translator', null],
      ['POST', '/api/documents/:otherDocument/mt', 'editor', null],
      ['GET', '/api/documents/:otherDocument/mt', 'editor', null],
      ['POST', '/api/documents/:otherDocument/approve', 'reviewer', {}],
      ['GET', '/api/documents/:otherDocument/export', 'reviewer', null],
      ['GET', '/api/segments/:otherSegment', 'translator', null],
      ['PATCH', '/api/segments/:otherSegment', 'translator', { target: 'Obce zdanie.', version: 1 }],
      ['POST', '/api/segments/:otherSegment/confirm', 'translator', null],
      ['POST', '/api/segments/:otherSegment/approve', 'reviewer', null],
      ['POST', '/api/segments/:otherSegment/reject', 'reviewer', { reason: 'Nein.' }],
      ['POST', '/api/segments/:otherSegment/lock', 'editor', null],
      ['POST', '/api/segments/:otherSegment/unlock', 'editor', null],
      ['POST', '/api/segments/:otherSegment/context-specific', 'translator', { contextSpecific: true }],
      ['GET', '/api/segments/:otherSegment/history', 'translator', null],
      ['GET', '/api/documents/:otherDocument/qa', 'translator', null],
      ['GET', '/api/documents/:otherDocument/events', 'translator', null],
      ['POST', '/api/segments/:otherSegment/presence', 'translator', { editing: true }],
      ['POST', '/api/projects/:otherProject/documents/preview', 'editor', { format: 'text', content: 'Ein Satz.' }],
      ['GET', '/api/projects/:otherProject/alignments', 'translator', null],
      ['POST', '/api/projects/:otherProject/alignments', 'translator', { de: 'Ein Satz.', pl: 'Jedno zdanie.' }],
      ['GET', '/api/projects/:otherProject/tm/units', 'translator', null],
      ['GET', '/api/projects/:otherProject/tm/lookup?text=Ein%20fremder%20Satz.', 'translator', null],
      ['GET', '/api/projects/:otherProject/tm/search?q=Satz', 'translator', null],
      ['GET', '/api/projects/:otherProject/tm/export', 'translator', null],
      ['GET', '/api/documents/:otherDocument/export?format=xliff12', 'translator', null],
      ['GET', '/api/documents/:otherDocument/export?format=bilingual', 'reviewer', null],
      // The outsider (a translator elsewhere) does not see this project at all.
      ['GET', '/api/projects/:project', 'outsider', null],
      ['GET', '/api/documents/:document', 'outsider', null],
      ['PATCH', '/api/segments/:segment', 'outsider', { target: 'Obce zdanie.', version: 1 }],
      ['GET', '/api/segments/:segment/history', 'outsider', null],
      ['GET', '/api/alignments/:alignment', 'outsider', null],
      ['POST', '/api/alignments/:alignment/confirm', 'outsider', { version: 1 }],
    ];

    test.each(OTHER)('%s %s as the %s is 404 not_found', async (method, path, as, body) => {
      const other = { otherProject: ids.otherProject, otherDocument: ids.otherDocument, otherSegment: ids.otherSegment };
      const target = resolve(path.replace(/:(other\w+)/, (_w, name: keyof typeof other) => other[name]));
      expectProblem(await send(method, target, as, { body: body === null ? undefined : resolveBody(body) }), 404, 'not_found');
    });

    test("bulk approval with another project's segment ids approves nothing", async () => {
      const response = await send('POST', `/api/documents/${ids.document}/approve`, 'reviewer', { body: { segmentIds: [ids.otherSegment, 'does-not-exist'] } });
      expect([response.status, response.body]).toEqual([200, { approved: 0, skipped: [] }]);
      const [segment] = await segmentsOf(fixture, ids.otherDocument, tokens.coordinator);
      expect([segment.state, segment.version]).toEqual(['new', 1]);
    });
  });

  describe('a transition from the wrong state', () => {
    type Action = 'edit' | 'confirm' | 'approve' | 'reject' | 'lock' | 'unlock';
    const WRONG_STATES: [action: Action, state: keyof Ids['states'], as: As][] = [
      ['edit', 'approved', 'translator'],
      ['edit', 'locked', 'translator'],
      ['edit', 'draft', 'reviewer'],
      ['edit', 'new', 'reviewer'],
      ['confirm', 'new', 'translator'],
      ['confirm', 'translated', 'translator'],
      ['confirm', 'approved', 'translator'],
      ['confirm', 'locked', 'translator'],
      ['approve', 'new', 'reviewer'],
      ['approve', 'draft', 'reviewer'],
      ['approve', 'rejected', 'reviewer'],
      ['approve', 'approved', 'reviewer'],
      ['approve', 'locked', 'reviewer'],
      ['reject', 'new', 'reviewer'],
      ['reject', 'draft', 'reviewer'],
      ['reject', 'rejected', 'reviewer'],
      ['reject', 'locked', 'reviewer'],
      ['lock', 'locked', 'coordinator'],
      ['unlock', 'new', 'coordinator'],
      ['unlock', 'draft', 'coordinator'],
      ['unlock', 'translated', 'coordinator'],
      ['unlock', 'rejected', 'coordinator'],
      ['unlock', 'approved', 'coordinator'],
    ];

    test.each(WRONG_STATES)('%s of a %s segment (as %s) is 409 invalid_transition and changes nothing', async (action, state, as) => {
      const id = ids.states[state];
      const before = (await send('GET', `/api/segments/${id}`, 'coordinator')).body;
      expect(before.state).toBe(state);
      const response =
        action === 'edit'
          ? await send('PATCH', `/api/segments/${id}`, as, { body: { target: 'Nowy tekst.', version: before.version } })
          : await send('POST', `/api/segments/${id}/${action}`, as, { body: action === 'reject' ? { reason: 'Bitte prüfen.' } : { version: before.version } });
      expectProblem(response, 409, 'invalid_transition');
      expect(response.body.message).toMatch(/\S/);
      const after = (await send('GET', `/api/segments/${id}`, 'coordinator')).body;
      expect([after.state, after.version, after.target]).toEqual([before.state, before.version, before.target]);
    });
  });

  describe('versions that are not positive safe integers', () => {
    const VERSIONS: [name: string, raw: string, status: number, code: string][] = [
      ['-1', '-1', 400, 'invalid_input'],
      ['0', '0', 400, 'invalid_input'],
      ['1.5', '1.5', 400, 'invalid_input'],
      ['2^53', '9007199254740992', 400, 'invalid_input'],
      ['1e308', '1e308', 400, 'invalid_input'],
      ['1e999 (Infinity)', '1e999', 400, 'invalid_input'],
      ['-0', '-0', 400, 'invalid_input'],
      ['"1"', '"1"', 400, 'invalid_input'],
      ['NaN', 'NaN', 400, 'invalid_json'],
      ['Infinity', 'Infinity', 400, 'invalid_json'],
      ['0x1', '0x1', 400, 'invalid_json'],
      ['a stale 99', '99', 409, 'version_conflict'],
      ['the largest safe integer', '9007199254740991', 409, 'version_conflict'],
    ];
    const cases = ['PATCH', 'confirm', 'approve', 'reject', 'lock', 'unlock', 'context-specific'].flatMap((action) =>
      VERSIONS.map(([name, raw, status, code]) => [action, name, status, code, raw] as const),
    );

    test.each(cases)('%s with version %s is %i %s', async (action, _name, status, code, raw) => {
      const id = ids.states.translated;
      const extras: Record<string, string> = { PATCH: '"target": "Inny tekst.", ', reject: '"reason": "Bitte prüfen.", ', 'context-specific': '"contextSpecific": true, ' };
      const extra = extras[action] ?? '';
      const body = `{${extra}"version": ${raw}}`;
      const as: As = action === 'PATCH' || action === 'context-specific' ? 'translator' : action === 'approve' || action === 'reject' ? 'reviewer' : 'coordinator';
      const response = action === 'PATCH' ? await send('PATCH', `/api/segments/${id}`, as, { body }) : await send('POST', `/api/segments/${id}/${action}`, as, { body });
      expectProblem(response, status, code);
    });
  });

  describe('query strings', () => {
    const QUERIES: [route: string, query: string, as: As, status: number, code: string | null][] = [
      ['segments', 'offset=-1', 'translator', 400, 'invalid_input'],
      ['segments', 'offset=1.5', 'translator', 400, 'invalid_input'],
      ['segments', 'offset=9007199254740992', 'translator', 400, 'invalid_input'],
      ['segments', 'offset=9007199254740991', 'translator', 200, null],
      ['segments', 'limit=0', 'translator', 400, 'invalid_input'],
      ['segments', 'limit=501', 'translator', 400, 'invalid_input'],
      ['segments', 'limit=500', 'translator', 200, null],
      ['segments', 'limit=abc', 'translator', 400, 'invalid_input'],
      ['segments', 'limit=1e309', 'translator', 400, 'invalid_input'],
      ['segments', 'limit=NaN', 'translator', 400, 'invalid_input'],
      ['segments', 'limit=', 'translator', 400, 'invalid_input'],
      ['segments', 'limit=%ZZ', 'translator', 400, 'invalid_input'],
      ['segments', 'limit=10&limit=20', 'translator', 400, 'invalid_input'],
      ['segments', 'state=draft&state=new', 'translator', 400, 'invalid_input'],
      ['segments', 'state=bogus', 'translator', 400, 'invalid_input'],
      ['segments', 'state=draft,bogus', 'translator', 400, 'invalid_input'],
      ['segments', 'state=%00', 'translator', 400, 'invalid_input'],
      ['segments', 'state[]=draft', 'translator', 400, 'invalid_input'],
      ['segments', 'state[0]=draft', 'translator', 400, 'invalid_input'],
      ['segments', 'state.x=draft', 'translator', 400, 'invalid_input'],
      ['segments', '__proto__=1', 'translator', 400, 'invalid_input'],
      ['segments', '%ZZ=1', 'translator', 400, 'invalid_input'],
      ['segments', 'sort=index', 'translator', 400, 'invalid_input'],
      ['segments', 'state=draft,,translated', 'translator', 200, null],
      ['segments', `state=${'draft,'.repeat(2_000)}`, 'translator', 200, null],
      ['export', 'format=xliff', 'coordinator', 400, 'unsupported_export_format'],
      ['export', 'format=pdf', 'coordinator', 400, 'invalid_input'],
      ['export', 'format=', 'coordinator', 400, 'invalid_input'],
      ['export', 'format=markdown', 'coordinator', 400, 'unsupported_export_format'],
      ['export', 'allowUnapproved=1', 'coordinator', 400, 'invalid_input'],
      ['export', 'allowUnapproved=TRUE', 'coordinator', 400, 'invalid_input'],
      ['export', 'allowUnapproved=true&allowUnapproved=true', 'coordinator', 400, 'invalid_input'],
      ['export', 'download=1', 'coordinator', 400, 'invalid_input'],
      ['export', 'allowUnapproved=true', 'translator', 403, 'forbidden'],
      ['export', '', 'coordinator', 409, 'export_not_ready'],
      ['export', 'allowUnapproved=false', 'coordinator', 409, 'export_not_ready'],
      ['export', 'allowUnapproved=true&format=text', 'coordinator', 200, null],
    ];

    test.each(QUERIES)('GET /api/documents/:document/%s?%s as the %s is %i %s', async (route, query, as, status, code) => {
      const response = await send('GET', `/api/documents/${ids.document}/${route}?${query}`, as);
      if (code) expectProblem(response, status, code);
      else expect(response.status).toBe(status);
    });

    test.each(ROUTES.filter((route) => route.method === 'GET' && !route.query).map((route) => [route.path] as const))(
      'GET %s ignores unknown query parameters (it has no query schema)',
      async (path) => {
        const plain = await send('GET', resolve(path), 'coordinator');
        const odd = await send('GET', `${resolve(path)}?x=1&x=2&__proto__=1&%ZZ=%ZZ&state[]=a`, 'coordinator');
        expect(odd.status).toBe(plain.status);
      },
    );
  });

  describe('strings just under and just over their limits', () => {
    // Big bodies are built once, as text: see fresh().
    const MANY_ROLES = JSON.stringify({ email: 'viel@nysa.test', name: 'N', password: 'geheim-haslo', roles: Array(200_000).fill('x') });
    const MANY_FIELDS = JSON.stringify(Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`f${i}`, i])));
    const LIMITS: [name: string, status: number, code: string | null, request: () => [method: string, path: string, as: As, body: Record<string, unknown> | string]][] = [
      ['a login e-mail of 254 characters', 401, 'invalid_credentials', () => ['POST', '/api/auth/login', 'none', { email: `${'a'.repeat(244)}@nysa.test`, password: 'geheim-haslo' }]],
      ['a login e-mail of 255 characters', 400, 'invalid_input', () => ['POST', '/api/auth/login', 'none', { email: `${'a'.repeat(245)}@nysa.test`, password: 'geheim-haslo' }]],
      ['a login password of 1 024 characters', 401, 'invalid_credentials', () => ['POST', '/api/auth/login', 'none', { email: 'niemand@nysa.test', password: 'p'.repeat(1024) }]],
      ['a login password of 1 025 characters', 400, 'invalid_input', () => ['POST', '/api/auth/login', 'none', { email: 'niemand@nysa.test', password: 'p'.repeat(1025) }]],
      ['an empty login password', 400, 'invalid_input', () => ['POST', '/api/auth/login', 'none', { email: 'niemand@nysa.test', password: '' }]],
      ['a user name of 200 characters', 201, null, () => ['POST', '/api/users', 'admin', { email: 'lang1@nysa.test', name: 'N'.repeat(200), password: 'geheim-haslo', roles: [] }]],
      ['a user name of 201 characters', 400, 'invalid_input', () => ['POST', '/api/users', 'admin', { email: 'lang2@nysa.test', name: 'N'.repeat(201), password: 'geheim-haslo', roles: [] }]],
      ['a user password of 1 024 characters', 201, null, () => ['POST', '/api/users', 'admin', { email: 'lang3@nysa.test', name: 'N', password: 'p'.repeat(1024), roles: [] }]],
      ['a user password of 1 025 characters', 400, 'invalid_input', () => ['POST', '/api/users', 'admin', { email: 'lang4@nysa.test', name: 'N', password: 'p'.repeat(1025), roles: [] }]],
      ['a user password of 7 characters', 400, 'invalid_input', () => ['POST', '/api/users', 'admin', { email: 'lang5@nysa.test', name: 'N', password: 'p'.repeat(7), roles: [] }]],
      ['a user e-mail of 255 characters', 400, 'invalid_input', () => ['POST', '/api/users', 'admin', { email: `${'a'.repeat(64)}@${'b'.repeat(180)}.nysa.test`, name: 'N', password: 'geheim-haslo', roles: [] }]],
      ['a user with every role twice', 400, 'invalid_input', () => ['POST', '/api/users', 'admin', { email: 'lang6@nysa.test', name: 'N', password: 'geheim-haslo', roles: [...Array(2)].flatMap(() => ['admin', 'coordinator', 'editor', 'translator', 'reviewer']) }]],
      ['a project name of 200 characters', 201, null, () => ['POST', '/api/projects', 'coordinator', { name: 'P'.repeat(200), sourceLang: 'de', targetLang: 'pl' }]],
      ['a project name of 201 characters', 400, 'invalid_input', () => ['POST', '/api/projects', 'coordinator', { name: 'P'.repeat(201), sourceLang: 'de', targetLang: 'pl' }]],
      ['a whitespace-only project name', 400, 'invalid_input', () => ['POST', '/api/projects', 'coordinator', { name: ' \t\u00a0 ', sourceLang: 'de', targetLang: 'pl' }]],
      ['a source language of 20 characters', 400, 'unsupported_language_pair', () => ['POST', '/api/projects', 'coordinator', { name: 'P', sourceLang: 'd'.repeat(20), targetLang: 'pl' }]],
      ['a source language of 21 characters', 400, 'invalid_input', () => ['POST', '/api/projects', 'coordinator', { name: 'P', sourceLang: 'd'.repeat(21), targetLang: 'pl' }]],
      ['a member with 5 roles', 400, 'invalid_input', () => ['POST', '/api/projects/:project/members', 'coordinator', { userId: ':user', roles: ['editor', 'editor', 'editor', 'editor', 'editor'] }]],
      ['a token name of 100 characters', 201, null, () => ['POST', '/api/tokens', 'translator', { name: 'T'.repeat(100) }]],
      ['a token name of 101 characters', 400, 'invalid_input', () => ['POST', '/api/tokens', 'translator', { name: 'T'.repeat(101) }]],
      ['a document title of 500 characters', 201, null, () => ['POST', '/api/projects/:project/documents', 'editor', { title: 'T'.repeat(500), format: 'text', content: 'Ein Satz.' }]],
      ['a document title of 501 characters', 400, 'invalid_input', () => ['POST', '/api/projects/:project/documents', 'editor', { title: 'T'.repeat(501), format: 'text', content: 'Ein Satz.' }]],
      ['a target of 100 000 characters', 200, null, () => ['PATCH', `/api/segments/${nextSpare()}`, 'translator', { target: 't'.repeat(100_000), version: 1 }]],
      ['a target of 100 001 characters', 400, 'invalid_input', () => ['PATCH', `/api/segments/${ids.segment}`, 'translator', { target: 't'.repeat(100_001), version: 1 }]],
      ['a reason of 5 000 characters (on a new segment)', 409, 'invalid_transition', () => ['POST', `/api/segments/${ids.states.new}/reject`, 'reviewer', { reason: 'r'.repeat(5_000) }]],
      ['a reason of 5 001 characters', 400, 'invalid_input', () => ['POST', `/api/segments/${ids.states.new}/reject`, 'reviewer', { reason: 'r'.repeat(5_001) }]],
      ['a whitespace-only reason', 400, 'reason_required', () => ['POST', `/api/segments/${ids.states.translated}/reject`, 'reviewer', { reason: ' \n\t ' }]],
      ['100 000 segment ids', 200, null, () => ['POST', '/api/documents/:document/approve', 'reviewer', { segmentIds: Array.from({ length: 100_000 }, (_, i) => `s${i}`) }]],
      ['100 001 segment ids', 400, 'invalid_input', () => ['POST', '/api/documents/:document/approve', 'reviewer', { segmentIds: Array.from({ length: 100_001 }, (_, i) => `s${i}`) }]],
      // Once 500s: more issues than push(...issues) can spread.
      ['200 000 wrong roles', 400, 'invalid_input', () => ['POST', '/api/users', 'admin', MANY_ROLES]],
      ['200 000 unknown fields', 400, 'invalid_input', () => ['POST', '/api/projects', 'coordinator', MANY_FIELDS]],
    ];

    test.each(LIMITS)('%s: %i %s', async (_name, status, code, request) => {
      const [method, path, as, body] = request();
      await fresh();
      const response = await send(method, resolve(path), as, { body: typeof body === 'string' ? body : resolveBody(body as Record<string, unknown>) });
      if (code) expectProblem(response, status, code);
      else expect(response.status).toBe(status);
      if (code === 'invalid_input') expect(response.body.details.issues.length).toBeLessThanOrEqual(50);
    });
  });

  describe('Unicode edge cases in every kind of text field', () => {
    let users = 0;
    const TEXTS: [name: string, text: string, ok: boolean][] = [
      ['a lone high surrogate', 'Ein \ud800 Satz.', false],
      ['a lone low surrogate', 'Ein \udc00 Satz.', false],
      ['a NUL byte', 'Ein \u0000 Satz.', true],
      ['RTL and LTR marks', 'Ein \u200f\u202eSatz\u202c\u200e.', true],
      ['an emoji family (ZWJ sequence)', 'Ein 👩‍👩‍👧 Satz.', true],
      ['combining marks', 'Ein Sa\u0308\u0301tz.', true],
      ['a byte order mark inside', 'Ein \ufeff Satz.', true],
      ['U+FFFF and U+FFFE', 'Ein \uffff\ufffe Satz.', true],
    ];
    const FIELDS: [name: string, request: (text: string) => [method: string, path: string, as: As, body: Record<string, unknown>], okStatus: number][] = [
      ['a document content', (text) => ['POST', '/api/projects/:project/documents', 'editor', { title: 'Unicode', format: 'text', content: text }], 201],
      ['a Markdown document content', (text) => ['POST', '/api/projects/:project/documents', 'editor', { title: 'Unicode', format: 'markdown', content: `# ${text}\n\n${text}\n` }], 201],
      ['a document title', (text) => ['POST', '/api/projects/:project/documents', 'editor', { title: text, format: 'text', content: 'Ein Satz.' }], 201],
      ['a project name', (text) => ['POST', '/api/projects', 'coordinator', { name: text, sourceLang: 'de', targetLang: 'pl' }], 201],
      ['a token name', (text) => ['POST', '/api/tokens', 'translator', { name: text }], 201],
      ['a user name', (text) => ['POST', '/api/users', 'admin', { email: `unicode${(users += 1)}@nysa.test`, name: text, password: 'geheim-haslo', roles: [] }], 201],
      ['a login e-mail', (text) => ['POST', '/api/auth/login', 'none', { email: text, password: 'geheim-haslo' }], 401],
      ['a segment target', (text) => ['PATCH', `/api/segments/${nextSpare()}`, 'translator', { target: text, version: 1 }], 200],
      ['a rejection reason (on a new segment)', (text) => ['POST', `/api/segments/${ids.states.new}/reject`, 'reviewer', { reason: text }], 409],
    ];
    const cases = FIELDS.flatMap(([field, request, okStatus]) =>
      TEXTS.map(([name, text, ok]) => [field, name, ok ? okStatus : 400, request, text] as const),
    );

    test.each(cases)('%s with %s is %i', async (_field, _name, status, request, text) => {
      const [method, path, as, body] = request(text);
      const response = await send(method, resolve(path), as, { body: resolveBody(body) });
      if (status === 400) {
        expectProblem(response, 400, 'invalid_characters');
        expect(response.body.details.issues).toEqual([{ path: expect.any(String), message: 'not valid Unicode (lone surrogate)' }]);
      } else expect(response.status).toBe(status);
      if (status === 200) expect(response.body.target).toBe(text);
    });

    test('what was accepted is stored exactly: a target read back is the text sent', async () => {
      const id = nextSpare();
      const text = 'Zdanie \u0000 z 👩‍👩‍👧, \u200fRTL\u200e i \uE000 prywatnym znakiem.';
      expect((await send('PATCH', `/api/segments/${id}`, 'translator', { body: { target: text, version: 1 } })).status).toBe(200);
      expect((await send('GET', `/api/segments/${id}`, 'translator')).body.target).toBe(text);
    });

    test('invalid UTF-8 bytes in a JSON string become U+FFFD, nothing worse', async () => {
      const body = Buffer.concat([Buffer.from('{"name":"Projekt '), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from('","sourceLang":"de","targetLang":"pl"}')]);
      const response = await send('POST', '/api/projects', 'coordinator', { body });
      expect([response.status, response.body.name]).toEqual([201, 'Projekt \ufffd\ufffd(']);
    });

    test('a document content with U+E000 (a skeleton marker) is 400 invalid_characters', async () => {
      const response = await send('POST', resolve('/api/projects/:project/documents'), 'editor', { body: { title: 'X', format: 'text', content: 'Ein \uE000 Satz.' } });
      expectProblem(response, 400, 'invalid_characters');
    });
  });
});

// ---------------------------------------------------------------------------------------------------

describe('robustness over HTTP: documents at the edges', () => {
  let fixture: WorkflowFixture;

  beforeAll(async () => {
    fixture = await startWorkflow();
  });
  afterAll(async () => fixture?.app.close());

  const post = (body: unknown) => fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, { token: fixture.editor.token, body });

  test.each([
    ['an empty text document', 'text', ''],
    ['a whitespace-only text document', 'text', ' \n\t\r\n  \n'],
    ['a document of no-break and ideographic spaces', 'text', '\u00a0\u3000\u2009\n'],
    ['an empty Markdown document', 'markdown', ''],
    ['a whitespace-only Markdown document', 'markdown', '\r\n\r\n   \r\n'],
    ['a Markdown document of one fenced code block', 'markdown', '```js\nconst satz = "Ein Satz.";\n```\n'],
    ['a Markdown document of an indented code block', 'markdown', '    Ein Satz im Code.\n'],
    ['a Markdown document of only markup', 'markdown', '---\n\n***\n\n<div></div>\n\n<!-- Ein Kommentar. -->\n'],
    ['a Markdown document of only a BOM and CRLFs', 'markdown', '\ufeff\r\n\r\n'],
  ])('%s is 400 empty_document', async (_name, format, content) => {
    const response = await post({ title: 'Leer', format, content });
    expect([response.status, response.body.error]).toEqual([400, 'empty_document']);
    expect(response.body.message).toBe('The document contains no text to translate.');
  });

  test.each([
    ['text', '\ufeffErster Satz.\r\nZweite Zeile.\r\n\r\nDritter Absatz.\r\n', ['Erster Satz.', 'Zweite Zeile.', 'Dritter Absatz.']],
    ['markdown', '\ufeff# Titel\r\n\r\nEin **fetter** Satz.\r\n\r\n- Punkt eins\r\n- Punkt zwei\r\n', ['Titel', 'Ein {1}fetter{/1} Satz.', 'Punkt eins', 'Punkt zwei']],
    ['markdown', '```\ncode\n```\n\nNur dieser Satz zählt.\n', ['Nur dieser Satz zählt.']],
  ])('a %s document with a BOM, CRLF or code is segmented without them, and exported byte for byte', async (format, content, sources) => {
    const created = await post({ title: 'Kanten', format, content });
    expect(created.status).toBe(201);
    const segments = await segmentsOf(fixture, created.body.id);
    expect(segments.map((s) => s.source)).toEqual(sources);
    // Raw bytes: fetch's text() would drop a leading BOM.
    const exported = await fetch(`${fixture.app.baseUrl}/api/documents/${created.body.id}/export?allowUnapproved=true`, {
      headers: { authorization: `Bearer ${fixture.coordinator.token}` },
    });
    expect(exported.status).toBe(200);
    expect(Buffer.from(await exported.arrayBuffer()).equals(Buffer.from(content))).toBe(true);
  });

  // Slow: language identification (scoreNgrams) takes ~15 s of CPU for 4.9 MB, more on a busy machine.
  test('a 4.9 MB document of long paragraphs is accepted (201) and readable', async () => {
    // One sentence of 4,400 characters a paragraph (under the 5,000 a segment holds at most).
    const paragraph = `${'Die Stadt Görlitz lädt alle Bürgerinnen und Bürger zu einem Treffen der Euroregion ein '.repeat(50).trim()}.\n\n`;
    const content = paragraph.repeat(Math.floor((4.9 * 1024 * 1024) / Buffer.byteLength(paragraph)));
    expect(Buffer.byteLength(content)).toBeGreaterThan(4.8 * 1024 * 1024);
    const created = await post({ title: 'Groß', format: 'text', content });
    expect([created.status, created.body.segmentCount]).toEqual([201, content.split('\n\n').length - 1]);
    const page = await fixture.app.request('GET', `/api/documents/${created.body.id}/segments?offset=400&limit=500`, { token: fixture.translator.token });
    expect([page.status, page.body.items.length]).toEqual([200, 500]);
  }, 300_000);

  test('a 5 MiB document is over the body limit: 413 payload_too_large', async () => {
    const response = await post(JSON.stringify({ title: 'Zu groß', format: 'text', content: 'Ein Satz. '.repeat(530_000) }));
    expect([response.status, response.body.error, response.body.details]).toEqual([413, 'payload_too_large', { limitBytes: 5 * 1024 * 1024 }]);
  });

  // The parser alone: through HTTP, half a million segments take half a minute to store (see the report).
  test.each([
    ['text', '4.9 MB', 4.9 * 1024 * 1024, 513_802],
    ['markdown', '2 MB', 2 * 1024 * 1024, 209_715],
  ] as const)('a %s paragraph of %s of short sentences parses without a stack overflow (it was a 500)', (format, _size, bytes, count) => {
    const content = 'Ein Satz. '.repeat(Math.floor(bytes / 10));
    expect(parseDocument(format, content, 'de').segments).toHaveLength(count);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------------

describe('robustness over HTTP: broken multipart forms on every route that takes a file', () => {
  let fixture: WorkflowFixture;
  let documentId: string;

  beforeAll(async () => {
    fixture = await startWorkflow();
    documentId = await submit(fixture, 'Ein Satz.');
  });
  afterAll(async () => fixture?.app.close());

  const part = (headers: string, body: string) => `--b\r\n${headers}\r\n\r\n${body}\r\n`;
  /** [what, status, code, code on the XLIFF route (which takes no fields at all), content type, body] */
  const FORMS: [name: string, status: number, code: string, xliffCode: string, contentType: string, body: string][] = [
    ['no boundary', 400, 'invalid_multipart', 'invalid_multipart', 'multipart/form-data', part('Content-Disposition: form-data; name="file"; filename="a.txt"', 'Ein Satz.') + '--b--\r\n'],
    ['another boundary than declared', 400, 'invalid_multipart', 'invalid_multipart', 'multipart/form-data; boundary=zzz', part('Content-Disposition: form-data; name="file"; filename="a.txt"', 'Ein Satz.') + '--b--\r\n'],
    ['a body cut off inside the file', 400, 'invalid_multipart', 'invalid_multipart', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nEin Sa'],
    ['a part without a name', 400, 'invalid_multipart', 'invalid_multipart', 'multipart/form-data; boundary=b', part('Content-Disposition: form-data; filename="a.txt"', 'Ein Satz.') + '--b--\r\n'],
    ['a field name of 10,000 characters', 400, 'field_too_large', 'too_many_fields', 'multipart/form-data; boundary=b', part(`Content-Disposition: form-data; name="${'f'.repeat(10_000)}"`, 'x') + '--b--\r\n'],
    ['a field value of 100 KB', 400, 'field_too_large', 'too_many_fields', 'multipart/form-data; boundary=b', part('Content-Disposition: form-data; name="title"', 't'.repeat(100_000)) + '--b--\r\n'],
    ['1,000 parts', 400, 'too_many_fields', 'too_many_fields', 'multipart/form-data; boundary=b', part('Content-Disposition: form-data; name="x"', '1').repeat(1000) + '--b--\r\n'],
    ['only the closing boundary', 400, 'file_missing', 'file_missing', 'multipart/form-data; boundary=b', '--b--\r\n'],
  ];
  const routes = () => [`/api/projects/${fixture.projectId}/documents`, `/api/projects/${fixture.projectId}/documents/preview`, `/api/documents/${documentId}/xliff`];

  const documentIds = async (): Promise<string[]> =>
    (await fixture.app.request('GET', `/api/projects/${fixture.projectId}/documents`, { token: fixture.coordinator.token })).body.items.map((item: { id: string }) => item.id);

  test.each(FORMS)('%s is %i %s on every route, and stores nothing', async (_name, status, code, xliffCode, contentType, body) => {
    // Compared with what the project holds before (the other tests here submit files too, in any order).
    const before = await documentIds();
    expect(before).toContain(documentId);
    for (const path of routes()) {
      const response = await fixture.app.request('POST', path, { token: fixture.coordinator.token, body, headers: { 'content-type': contentType } });
      expect([path, response.status, response.body?.error]).toEqual([path, status, path.endsWith('/xliff') ? xliffCode : code]);
      expect(response.text).not.toMatch(/\bat .*\(|node_modules|Error:/);
    }
    expect(await documentIds()).toEqual(before);
  });

  test('a file name with a path is only a name: the title is its last part; a control character in it is refused', async () => {
    const send = (fileName: string) =>
      fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, {
        token: fixture.editor.token,
        body: part(`Content-Disposition: form-data; name="file"; filename="${fileName}"`, 'Ein Satz.') + '--b--\r\n',
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
      });
    const pathName = await send('../../etc/Einladung.txt');
    expect([pathName.status, pathName.body.title]).toEqual([201, 'Einladung']);
    const windowsName = await send('C:\\\\Users\\\\anna\\\\Bericht 2019.txt');
    expect([windowsName.status, windowsName.body.title]).toEqual([201, 'Bericht 2019']);
    const control = await send('Einladung\u0001.txt');
    expect([control.status, control.body.error]).toEqual([400, 'invalid_multipart']);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('robustness over HTTP: concurrent saves of one segment', () => {
  let fixture: WorkflowFixture;
  /** One segment per test, so each test holds in any order (jest --randomize). */
  let segmentIds: string[];

  beforeAll(async () => {
    fixture = await startWorkflow();
    const documentId = await submit(fixture, 'Die Stadt Görlitz lädt ein.\n\nDas Treffen beginnt am Abend.\n');
    segmentIds = (await segmentsOf(fixture, documentId)).map((segment) => segment.id);
  });
  afterAll(async () => fixture?.app.close());

  test('ten PATCHes of one version at once: exactly one 200, nine 409 version_conflict, and every text kept in history', async () => {
    const { app, translator, secondTranslator, coordinator } = fixture;
    const segmentId = segmentIds[0];
    const people = [translator, secondTranslator, coordinator];
    for (const version of [1, 2, 3]) {
      const responses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          app.request('PATCH', `/api/segments/${segmentId}`, { token: people[i % 3].token, body: { target: `Wersja ${'ABC'[version - 1]}, próba ${'abcdefghij'[i]}.`, version } }),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([200, ...Array(9).fill(409)]);
      expect(responses.filter((r) => r.status === 409).map((r) => r.body.error)).toEqual(Array(9).fill('version_conflict'));
      const winner = responses.find((r) => r.status === 200)!;
      const current = await app.request('GET', `/api/segments/${segmentId}`, { token: translator.token });
      expect([current.body.version, current.body.target]).toEqual([version + 1, winner.body.target]);
    }
    const history = await app.request('GET', `/api/segments/${segmentId}/history`, { token: translator.token });
    const actions = history.body.items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'edit')).toHaveLength(3);
    expect(actions.filter((a: string) => a === 'edit_conflict')).toHaveLength(27);
  });

  test('five confirms at once: one 200, the others 409 (version_conflict or invalid_transition), none 5xx', async () => {
    const { app, translator } = fixture;
    const segmentId = segmentIds[1];
    const drafted = await app.request('PATCH', `/api/segments/${segmentId}`, { token: translator.token, body: { target: 'Spotkanie zaczyna się wieczorem.', version: 1 } });
    expect([drafted.status, drafted.body.state]).toEqual([200, 'draft']);
    const responses = await Promise.all(Array.from({ length: 5 }, () => app.request('POST', `/api/segments/${segmentId}/confirm`, { token: translator.token })));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const response of responses.filter((r) => r.status === 409)) expect(['version_conflict', 'invalid_transition']).toContain(response.body.error);
  });
});

// ---------------------------------------------------------------------------------------------------

describe('robustness over HTTP: a DeepL outage never blocks editing', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeAll(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({
      translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }),
      config: { mt: { maxRetries: 3, retryBaseMs: 1 } },
    });
  });
  afterAll(async () => {
    await fixture?.app.close();
    await deepl?.close();
  });

  test('with DeepL answering 503 to everything, edit, confirm, approve, reject and export work, and the MT job fails with mt_unavailable', async () => {
    const { app, translator, reviewer, coordinator, editor } = fixture;
    deepl.failNext(503, 1000);
    deepl.delay(100);
    const documentId = await submit(fixture, 'Erster Satz des Textes.\n\nZweiter Satz des Textes.\n\nDritter Satz des Textes.\n');

    const started = await app.request('POST', `/api/documents/${documentId}/mt`, { token: editor.token });
    expect([started.status, started.body.status]).toEqual([202, 'queued']);

    // While the job waits for DeepL, people keep working.
    const [first, second] = await segmentsOf(fixture, documentId);
    const edited = await app.request('PATCH', `/api/segments/${first.id}`, { token: translator.token, body: { target: 'Pierwsze zdanie tekstu.', version: 1 } });
    expect([edited.status, edited.body.state]).toEqual([200, 'draft']);
    const confirmed = await app.request('POST', `/api/segments/${first.id}/confirm`, { token: translator.token, body: { version: edited.body.version } });
    expect([confirmed.status, confirmed.body.state]).toEqual([200, 'translated']);
    const approved = await app.request('POST', `/api/segments/${first.id}/approve`, { token: reviewer.token });
    expect([approved.status, approved.body.state]).toEqual([200, 'approved']);

    await app.request('PATCH', `/api/segments/${second.id}`, { token: translator.token, body: { target: 'Drugie zdanie tekstu.', version: 1 } });
    await app.request('POST', `/api/segments/${second.id}/confirm`, { token: translator.token });
    const rejected = await app.request('POST', `/api/segments/${second.id}/reject`, { token: reviewer.token, body: { reason: 'Bitte Fachbegriff prüfen.' } });
    expect([rejected.status, rejected.body.state]).toEqual([200, 'rejected']);

    await app.deps.mtJobs.idle();
    const job = await app.request('GET', `/api/documents/${documentId}/mt`, { token: editor.token });
    expect(job.body).toMatchObject({ status: 'failed', done: 0, billedCharacters: 0, error: { code: 'mt_unavailable', message: expect.stringMatching(/\S/) } });
    expect(deepl.stats.translateRequests).toBe(4); // one try and three retries
    expect(deepl.stats.billedCharacters).toBe(0);

    const exported = await app.request('GET', `/api/documents/${documentId}/export?allowUnapproved=true`, { token: coordinator.token });
    expect(exported.status).toBe(200);
    expect(exported.text).toBe('Pierwsze zdanie tekstu.\n\nDrugie zdanie tekstu.\n\nDritter Satz des Textes.\n');
    expect(exported.headers.get('x-nysa-unapproved-count')).toBe('2');

    const status = await app.request('GET', `/api/documents/${documentId}`, { token: coordinator.token });
    expect([status.status, status.body.mtJob.status, status.body.mtJob.error.code]).toEqual([200, 'failed', 'mt_unavailable']);
    // A new attempt is possible (and fails the same way while DeepL is down).
    const again = await app.request('POST', `/api/documents/${documentId}/mt`, { token: editor.token });
    expect(again.status).toBe(202);
    await app.deps.mtJobs.idle();
    expect((await app.request('GET', `/api/documents/${documentId}/mt`, { token: editor.token })).body.error.code).toBe('mt_unavailable');
  });
});

// ---------------------------------------------------------------------------------------------------

describe('robustness over HTTP: a seeded random fuzz', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;
  let documentId: string;
  let segmentIds: string[];
  let alignmentId: string;

  beforeAll(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
    documentId = await submit(fixture, 'Erster Satz.\n\nZweiter Satz.\n\nDritter Satz.\n', { format: 'markdown' });
    segmentIds = (await segmentsOf(fixture, documentId)).map((segment) => segment.id);
    const alignment = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/alignments`, {
      token: fixture.coordinator.token,
      body: { de: 'Ein Satz. Zwei Sätze.', pl: 'Jedno zdanie. Dwa zdania.' },
    });
    alignmentId = alignment.body.id;
  });
  afterAll(async () => {
    await fixture?.app.close();
    await deepl?.close();
  });

  /** mulberry32: a small deterministic generator, so a failure replays exactly. */
  function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  test('300 random requests over every route: none answers 5xx, every 4xx has the error shape', async () => {
    const next = random(20260501);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const { app } = fixture;
    const people = [fixture.coordinator, fixture.editor, fixture.translator, fixture.secondTranslator, fixture.reviewer, fixture.outsider];
    const fieldNames = [...new Set(ROUTES.flatMap((route) => Object.keys(route.fields ?? {})))];
    const strings = [
      '', ' ', 'x', 'draft', 'translated', 'new', 'de', 'pl', 'text', 'markdown', 'more', 'translator', 'admin', 'Ein Satz.',
      '\u0000', '\ud800', '\uE000', '👩‍👩‍👧', '\u200f', 'a'.repeat(300), '../../etc/passwd', "' OR 1=1 --", '%ZZ', '2027-01-01T00:00:00Z', '{1}x{/1}',
    ];
    const someId = () => pick([...segmentIds, documentId, fixture.projectId, fixture.editor.id, 'does-not-exist', '']);
    const value = (depth: number): unknown => {
      const roll = next();
      if (roll < 0.1) return null;
      if (roll < 0.2) return next() < 0.5;
      if (roll < 0.35) return pick([0, -1, 1, 2, 1.5, -0, 42, 2 ** 53, 1e308, -1e308]);
      if (roll < 0.65) return pick(strings);
      if (roll < 0.75) return someId();
      if (depth > 2) return 'deep';
      if (roll < 0.87) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick([...fieldNames, '__proto__', 'constructor', 'x']), value(depth + 1)]));
    };
    const pathId = () => pick([...segmentIds, documentId, fixture.projectId, alignmentId, 'does-not-exist', '%ZZ', '..%2F..', 'x'.repeat(201), '%00', "'%3B--"]);
    const failures: string[] = [];
    /** encodeURIComponent, but a lone surrogate (which it refuses) is sent as its invalid UTF-8 escape. */
    const encode = (text: string) => text.split(/([\uD800-\uDFFF])/u).map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part))).join('');

    for (let i = 0; i < 300; i++) {
      const route = pick(ROUTES);
      const method = next() < 0.85 ? route.method : pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
      const real: Record<string, () => string> = {
        project: () => fixture.projectId,
        document: () => documentId,
        segment: () => pick(segmentIds),
        alignment: () => alignmentId,
        import: () => 'no-such-import',
      };
      let path = route.path.replace(/:(project|document|segment|alignment|import)\b/, (_whole, name: string) => (next() < 0.7 ? real[name]() : pathId()));
      if (next() < 0.3) path += `?${pick(['state', 'offset', 'limit', 'format', 'allowUnapproved', 'x'])}=${encode(String(value(2)))}`;
      const options: RequestOptions = {};
      const who = next();
      if (who < 0.8) options.token = pick(people).token;
      else if (who < 0.9) options.token = 'not-a-token';
      if (method !== 'GET' && method !== 'HEAD') {
        const shape = next();
        if (shape < 0.5) options.body = Object.fromEntries(Object.keys(route.fields ?? { x: null }).filter(() => next() < 0.8).map((name) => [name, value(1)]));
        else if (shape < 0.7) options.body = value(0) ?? {};
        else if (shape < 0.8) options.body = pick(['{', '[1,', 'null', '"x"', '{"version":NaN}', '\u0000', '{"a":{"b":{"c":[[[[]]]]}}}']);
      }
      const response = await app.request(method, path, options);
      const shown = `#${i} ${method} ${path.slice(0, 120)} ${JSON.stringify(options.body ?? null).slice(0, 200)} → ${response.status} ${response.text.slice(0, 200)}`;
      if (response.status >= 500) failures.push(shown);
      else if (response.status >= 400 && method !== 'HEAD' && response.status !== 431) {
        const { error, message } = response.body ?? {};
        if (typeof error !== 'string' || !/^[a-z]+(?:_[a-z]+)*$/.test(error) || typeof message !== 'string' || message === '') failures.push(`bad error shape: ${shown}`);
      }
      if (INTERNALS.test(response.text)) failures.push(`internals: ${shown}`);
    }
    await app.deps.mtJobs.idle();
    expect(failures).toEqual([]);
  }, 60_000);
});
