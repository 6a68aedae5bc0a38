// The error format: codes, statuses, localized messages, and never any internals.
import { SEGMENT_BODY_LIMIT_BYTES } from '../../../server/http/app';
import { startTestApp, type TestApp, type TestResponse } from '../../support/testApp';

describe('errors over HTTP', () => {
  let app: TestApp;
  let token: string;
  const seen: TestResponse[] = [];

  beforeEach(async () => {
    app = await startTestApp({ config: { bodyLimitBytes: 2048 } });
    ({ token } = await app.createUser({ roles: ['coordinator'] }));
  });
  afterEach(async () => app.close());
  afterAll(() => {
    // No response of this suite shows a stack trace or a source path.
    for (const response of seen) expect(response.text).not.toMatch(/\bat .*\(|\.ts:\d+|node_modules|Error:/);
  });

  const send = async (...args: Parameters<TestApp['request']>) => {
    const response = await app.request(...args);
    seen.push(response);
    return response;
  };

  test('malformed JSON is 400 invalid_json', async () => {
    const response = await send('POST', '/api/projects', { token, body: '{"name": "Stadtführer",' });
    expect([response.status, response.body]).toEqual([400, { error: 'invalid_json', message: 'The request body is not valid JSON.' }]);
  });

  test('a body over the configured limit is 413 payload_too_large', async () => {
    const response = await send('POST', '/api/projects', { token, body: { name: 'x'.repeat(3000), sourceLang: 'de', targetLang: 'pl' } });
    expect([response.status, response.body]).toEqual([
      413,
      { error: 'payload_too_large', message: 'The request body is too large.', details: { limitBytes: 2048 } },
    ]);
  });

  test('an unsupported charset is 415 unsupported_media_type', async () => {
    const response = await send('POST', '/api/projects', { token, body: '{}', headers: { 'content-type': 'application/json; charset=latin-9000' } });
    expect([response.status, response.body.error, response.body.details]).toEqual([415, 'unsupported_media_type', { charset: 'latin-9000' }]);
  });

  test('an unknown route is 404 route_not_found, inside and outside /api', async () => {
    const api = await send('GET', '/api/nothing-here', { token });
    const outside = await send('DELETE', '/nothing-here');
    const expected = { error: 'route_not_found', message: 'There is no such address in the API.' };
    expect([api.status, api.body]).toEqual([404, expected]);
    expect([outside.status, outside.body]).toEqual([404, expected]);
  });

  test('every /api route but login and logout needs a user, known or not (401 before 404)', async () => {
    const response = await send('GET', '/api/nothing-here');
    expect([response.status, response.body.error]).toEqual([401, 'unauthenticated']);
  });

  test.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de', 'Bitte melden Sie sich an, um fortzufahren.'],
    ['pl', 'pl', 'Zaloguj się, aby kontynuować.'],
    ['fr-FR, pl;q=0.3, de;q=0.7', 'de', 'Bitte melden Sie sich an, um fortzufahren.'],
    ['en-GB', 'en', 'Please sign in to continue.'],
    ['fr', 'en', 'Please sign in to continue.'],
  ])('messages follow Accept-Language %p (%s)', async (header, language, message) => {
    const response = await send('GET', '/api/me', { headers: { 'accept-language': header } });
    expect([response.status, response.body]).toEqual([401, { error: 'unauthenticated', message }]);
    expect(response.headers.get('content-language')).toBe(language);
    expect(response.headers.get('vary')).toContain('Accept-Language');
  });

  test('an unexpected failure is logged with the request id and answered 500 internal_error without internals', async () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      app.store.projects.list = async () => {
        throw new Error('SQLITE_IOERR at /var/lib/nysa/secret.sqlite');
      };
      const response = await send('GET', '/api/projects', { token, headers: { 'accept-language': 'pl' } });
      expect([response.status, response.body]).toEqual([500, { error: 'internal_error', message: 'Na serwerze wystąpił błąd. Spróbuj ponownie później.' }]);
      expect(response.text).not.toContain('SQLITE');
      const requestId = response.headers.get('x-request-id');
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0][0]).toBe(`[${requestId}] GET /api/projects failed:`);
    } finally {
      log.mockRestore();
    }
  });

  test('every response carries the security headers and a request id; API responses are not cached', async () => {
    const response = await send('GET', '/api/me', { token, headers: { 'x-request-id': 'trace-42' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull(); // nothing to revalidate in an answer never cached
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    const generated = await send('GET', '/api/me', { token, headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('public API routes', () => {
  test('login stays public with a trailing slash or other letter case; other routes do not', async () => {
    const app = await startTestApp();
    try {
      await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
      const body = { email: 'anna@nysa.test', password: 'geheim-123' };
      expect((await app.request('POST', '/api/auth/login/', { body })).status).toBe(200);
      expect((await app.request('POST', '/api/Auth/Login', { body })).status).toBe(200);
      expect((await app.request('GET', '/api/auth/login')).status).toBe(401);
    } finally {
      await app.close();
    }
  });
});

describe('body limits over HTTP: a request on one segment carries little', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    ({ token } = await app.createUser({ roles: ['coordinator'] }));
  });
  afterAll(async () => app.close());

  test.each([
    ['PATCH', '/api/segments/any-id'],
    ['POST', '/api/segments/any-id/confirm'],
    ['POST', '/api/segments/any-id/approve'],
  ])('%s %s with a body over 1 MiB is 413 payload_too_large before it is parsed', async (method, path) => {
    expect(SEGMENT_BODY_LIMIT_BYTES).toBe(1024 * 1024);
    const response = await app.request(method, path, { token, body: { target: 'Zdanie. '.repeat(140_000), version: 1 } });
    expect([response.status, response.body.error, response.body.details]).toEqual([413, 'payload_too_large', { limitBytes: 1024 * 1024 }]);
  });

  test('a body of the same size is read on the routes that carry texts (here: a project that does not exist)', async () => {
    const response = await app.request('POST', '/api/projects/no-such-project/documents/preview', { token, body: { format: 'text', content: 'Ein Satz. '.repeat(112_000) } });
    expect([response.status, response.body.error]).toEqual([404, 'not_found']);
  });
});
