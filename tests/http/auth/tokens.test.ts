// API tokens: POST /api/tokens, GET /api/tokens, DELETE /api/tokens/:id.
import { hashSecret } from '../../../server/commands/auth/secretHash';
import { startTestApp, type TestApp } from '../../support/testApp';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('POST /api/tokens', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => app.close());

  test('issues a named token shown once, usable as a bearer token, under a public id that is not the hash of its secret', async () => {
    const { user, token } = await app.createUser({ roles: ['translator'], name: 'Tomasz Nowak', email: 'tomasz@nysa.test' });
    const issued = await app.request('POST', '/api/tokens', { token, body: { name: '  CAT-Skript ', expiresAt: '2099-01-31T12:00:00+01:00' } });
    expect(issued.status).toBe(201);
    expect(issued.body).toEqual({
      id: expect.any(String),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      name: 'CAT-Skript',
      createdAt: expect.stringMatching(ISO),
      expiresAt: '2099-01-31T11:00:00.000Z',
      lastUsedAt: null,
      owner: { id: user.id, name: 'Tomasz Nowak', email: 'tomasz@nysa.test', active: true },
    });
    expect(issued.body.id).not.toBe(hashSecret(issued.body.token));
    expect((await app.request('GET', '/api/me', { token: issued.body.token })).body.id).toBe(user.id);
    const stored = await app.store.sessions.findById(issued.body.id);
    expect(stored).toMatchObject({ kind: 'token', userId: user.id, secretHash: hashSecret(issued.body.token) });
  });

  test('the name and the expiry are optional', async () => {
    const { token } = await app.createUser({ roles: ['translator'] });
    const issued = await app.request('POST', '/api/tokens', { token, body: {} });
    expect([issued.status, issued.body.name, issued.body.expiresAt]).toEqual([201, null, null]);
  });

  test('an expiry in the past or not a date-time is 400 invalid_input on expiresAt', async () => {
    const { token } = await app.createUser({ roles: ['translator'] });
    for (const expiresAt of ['2020-01-01T00:00:00Z', 'morgen']) {
      const response = await app.request('POST', '/api/tokens', { token, body: { expiresAt } });
      expect([response.status, response.body.error, response.body.details.issues[0].path]).toEqual([400, 'invalid_input', 'expiresAt']);
    }
  });

  test('needs a signed-in user', async () => {
    const response = await app.request('POST', '/api/tokens', { body: {} });
    expect([response.status, response.body.error]).toEqual([401, 'unauthenticated']);
  });
});

describe('token expiry and last use', () => {
  test('a token works until its expiry, then is refused with 401 and removed; its last use is kept to the minute', async () => {
    let now = Date.parse('2026-11-24T10:00:00.000Z');
    const app = await startTestApp({ clock: { now: () => new Date(now) } });
    try {
      const { token } = await app.createUser({ roles: ['translator'] });
      const issued = await app.request('POST', '/api/tokens', { token, body: { name: 'kurz', expiresAt: '2026-11-24T11:00:00.000Z' } });
      const secret = issued.body.token as string;

      now += 10 * 60_000;
      expect((await app.request('GET', '/api/me', { token: secret })).status).toBe(200);
      expect((await app.store.sessions.findById(issued.body.id))!.lastUsedAt).toBe('2026-11-24T10:10:00.000Z');
      now += 30_000;
      await app.request('GET', '/api/me', { token: secret });
      expect((await app.store.sessions.findById(issued.body.id))!.lastUsedAt).toBe('2026-11-24T10:10:00.000Z');

      now = Date.parse('2026-11-24T11:00:00.000Z');
      const refused = await app.request('GET', '/api/me', { token: secret });
      expect([refused.status, refused.body.error]).toEqual([401, 'unauthenticated']);
      expect(await app.store.sessions.findById(issued.body.id)).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('GET /api/tokens', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => app.close());

  test('lists my own tokens with their owner, oldest first, never a secret or its hash', async () => {
    const anna = await app.createUser({ roles: ['translator'], name: 'Anna', email: 'anna@nysa.test' });
    const jan = await app.createUser({ roles: ['translator'], name: 'Jan', email: 'jan@nysa.test' });
    const issued = (await app.request('POST', '/api/tokens', { token: anna.token, body: { name: 'Export' } })).body;
    await app.request('POST', '/api/tokens', { token: jan.token, body: { name: 'Jans' } });

    const response = await app.request('GET', '/api/tokens', { token: anna.token });

    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { name: string }) => item.name)).toEqual(['test', 'Export']);
    expect(response.body.items[1]).toEqual({ ...issued, token: undefined, lastUsedAt: null });
    expect(response.text).not.toContain(issued.token);
    expect(response.text).not.toContain(hashSecret(issued.token));
    expect(response.text).not.toContain(hashSecret(anna.token));
  });

  test('an admin sees everyone’s tokens with their owners, or with ?mine=true their own', async () => {
    const admin = await app.createUser({ roles: ['admin'], name: 'Admin', email: 'admin@nysa.test' });
    const anna = await app.createUser({ roles: ['translator'], name: 'Anna', email: 'anna@nysa.test' });

    const all = await app.request('GET', '/api/tokens', { token: admin.token });
    const mine = await app.request('GET', '/api/tokens?mine=true', { token: admin.token });

    expect(all.body.items.map((item: { owner: { name: string } }) => item.owner.name)).toEqual(['Admin', 'Anna']);
    expect(mine.body.items.map((item: { owner: { id: string } }) => item.owner.id)).toEqual([admin.user.id]);
    expect((await app.request('GET', '/api/tokens', { token: anna.token })).body.items).toHaveLength(1);
  });
});

describe('DELETE /api/tokens/:id', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => app.close());

  const issue = async (token: string, name: string) => (await app.request('POST', '/api/tokens', { token, body: { name } })).body as { id: string; token: string };

  test('revokes my token by its id: 204, and it is refused from then on', async () => {
    const { token } = await app.createUser({ roles: ['translator'] });
    const script = await issue(token, 'Skript');

    expect((await app.request('DELETE', `/api/tokens/${script.id}`, { token })).status).toBe(204);
    expect((await app.request('GET', '/api/me', { token: script.token })).status).toBe(401);
    expect((await app.request('GET', '/api/me', { token })).status).toBe(200);
  });

  test('someone else’s token, a login session, an unknown id and the secret itself are 404 not_found', async () => {
    const anna = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
    const jan = await app.createUser({ roles: ['translator'] });
    const jans = await issue(jan.token, 'Jans');
    const { cookie } = await app.login('anna@nysa.test', 'geheim-123');
    const loginSession = await app.store.sessions.findBySecretHash(hashSecret(cookie!.split('=')[1]));

    for (const id of [jans.id, loginSession!.id, 'token-unknown', jans.token, hashSecret(jans.token)]) {
      const response = await app.request('DELETE', `/api/tokens/${encodeURIComponent(id)}`, { token: anna.token });
      expect([id, response.status, response.body.error]).toEqual([id, 404, 'not_found']);
    }
    expect((await app.request('GET', '/api/me', { token: jans.token })).status).toBe(200);
    expect((await app.request('GET', '/api/me', { cookie: cookie! })).status).toBe(200);
  });

  test('an admin revokes anyone’s token', async () => {
    const admin = await app.createUser({ roles: ['admin'] });
    const jan = await app.createUser({ roles: ['translator'] });
    const jans = await issue(jan.token, 'Jans');

    expect((await app.request('DELETE', `/api/tokens/${jans.id}`, { token: admin.token })).status).toBe(204);
    expect((await app.request('GET', '/api/me', { token: jans.token })).status).toBe(401);
  });
});
