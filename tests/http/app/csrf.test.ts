// Cross-site request forgery: browser writes with the session cookie must come from this site.
import { startTestApp, type TestApp } from '../../support/testApp';

describe('CSRF protection of cookie-authenticated writes', () => {
  let app: TestApp;
  let cookie: string;
  let token: string;

  beforeEach(async () => {
    app = await startTestApp();
    ({ token } = await app.createUser({ roles: ['coordinator'], email: 'kasia@nysa.test', password: 'geheim-123' }));
    cookie = (await app.login('kasia@nysa.test', 'geheim-123')).cookie!;
  });
  afterEach(async () => app.close());

  const project = { name: 'Stadtführer Görlitz', sourceLang: 'de', targetLang: 'pl' };
  const host = () => new URL(app.baseUrl).host;

  test('a cookie POST with a foreign Origin is 403 csrf_rejected, and nothing is created', async () => {
    const response = await app.request('POST', '/api/projects', { cookie, body: project, headers: { origin: 'https://evil.example' } });
    expect([response.status, response.body]).toEqual([
      403,
      { error: 'csrf_rejected', message: 'The request came from another website and was rejected.' },
    ]);
    expect(await app.store.projects.list()).toEqual([]);
  });

  test('a cookie POST marked Sec-Fetch-Site: cross-site is 403 csrf_rejected', async () => {
    const response = await app.request('POST', '/api/projects', { cookie, body: project, headers: { 'sec-fetch-site': 'cross-site' } });
    expect([response.status, response.body.error]).toEqual([403, 'csrf_rejected']);
  });

  test('an opaque Origin ("null") is rejected', async () => {
    const response = await app.request('POST', '/api/projects', { cookie, body: project, headers: { origin: 'null' } });
    expect([response.status, response.body.error]).toEqual([403, 'csrf_rejected']);
  });

  test('a cookie POST from the same origin, or without Origin, is accepted', async () => {
    const sameOrigin = await app.request('POST', '/api/projects', {
      cookie,
      body: project,
      headers: { origin: `http://${host()}`, 'sec-fetch-site': 'same-origin' },
    });
    const noOrigin = await app.request('POST', '/api/projects', { cookie, body: project });
    expect([sameOrigin.status, noOrigin.status]).toEqual([201, 201]);
  });

  test('reads with a cookie are not checked', async () => {
    const response = await app.request('GET', '/api/me', { cookie, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
    expect(response.status).toBe(200);
  });

  test('bearer-token requests are not affected by Origin or Sec-Fetch-Site', async () => {
    const response = await app.request('POST', '/api/projects', {
      token,
      body: project,
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(201);
  });

  test('a cross-site login attempt is rejected as well', async () => {
    const response = await app.login('kasia@nysa.test', 'geheim-123', { origin: 'https://evil.example' });
    expect([response.status, response.body.error, response.cookie]).toEqual([403, 'csrf_rejected', null]);
  });
});
