// Signing in and out, sessions and API tokens.
import { hashSecret } from '../../../server/commands/auth/secretHash';
import { startTestApp, type TestApp } from '../../support/testApp';

describe('POST /api/auth/login', () => {
  let app: TestApp;
  afterEach(async () => app.close());

  test('returns the user and sets an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
    app = await startTestApp({ config: { sessionTtlHours: 12 } });
    const { user } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', name: 'Anna Nowak', password: 'geheim-123' });
    const response = await app.login('  Anna@Nysa.TEST ', 'geheim-123');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      user: { id: user.id, email: 'anna@nysa.test', name: 'Anna Nowak', roles: ['translator'], active: true, createdAt: user.createdAt },
    });
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^nysa_session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(response.text).not.toContain('passwordHash');
  });

  test('marks the cookie Secure when secure cookies are configured', async () => {
    app = await startTestApp({ config: { secureCookies: true } });
    await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
    const response = await app.login('anna@nysa.test', 'geheim-123');
    expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  test('stores only the sha256 of the cookie secret, under a public id of its own, expiring after the TTL', async () => {
    app = await startTestApp({ config: { sessionTtlHours: 2 } });
    const { user } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
    const response = await app.login('anna@nysa.test', 'geheim-123');
    const secret = (response.cookie as string).split('=')[1];
    const session = await app.store.sessions.findBySecretHash(hashSecret(secret));
    expect(session).toMatchObject({ userId: user.id, kind: 'session', name: null });
    expect(session!.id).not.toBe(hashSecret(secret));
    expect(Date.parse(session!.expiresAt!) - Date.parse(session!.createdAt)).toBe(2 * 3600_000);
    expect(await app.store.sessions.findBySecretHash(secret)).toBeNull();
  });

  test('a wrong password and an unknown e-mail get the same 401 invalid_credentials', async () => {
    app = await startTestApp();
    await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
    const wrongPassword = await app.login('anna@nysa.test', 'falsch-123');
    const unknownEmail = await app.login('niemand@nysa.test', 'geheim-123');
    const expected = { error: 'invalid_credentials', message: 'The e-mail address or password is incorrect.' };
    expect([wrongPassword.status, wrongPassword.body]).toEqual([401, expected]);
    expect([unknownEmail.status, unknownEmail.body]).toEqual([401, expected]);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  test('answers 429 rate_limited after the configured number of failed attempts', async () => {
    app = await startTestApp({ config: { login: { maxAttempts: 3, windowMs: 60_000 } } });
    await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.login('anna@nysa.test', `falsch-${i}`)).status);
    const limited = await app.login('anna@nysa.test', 'geheim-123', { 'accept-language': 'de' });
    expect(statuses).toEqual([401, 401, 401]);
    expect([limited.status, limited.body]).toEqual([
      429,
      {
        error: 'rate_limited',
        message: 'Zu viele Versuche. Bitte warten Sie einen Moment und versuchen Sie es erneut.',
        details: { retryAfterSeconds: 60, scope: 'account' },
      },
    ]);
    expect(limited.headers.get('retry-after')).toBe('60');
  });

  test('successful logins do not count towards the limit', async () => {
    app = await startTestApp({ config: { login: { maxAttempts: 2, windowMs: 60_000 } } });
    await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await app.login('anna@nysa.test', 'geheim-123')).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
  });

  test('rejects unknown fields and a missing password with 400 invalid_input', async () => {
    app = await startTestApp();
    const response = await app.request('POST', '/api/auth/login', { body: { email: 'anna@nysa.test', remember: true } });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_input');
    expect(response.body.details.issues).toEqual([
      { path: 'password', message: 'Invalid input: expected string, received undefined' },
      { path: 'remember', message: 'unknown field' },
    ]);
  });
});

describe('GET /api/me', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => app.close());

  test('returns the user signed in with the session cookie', async () => {
    const { user } = await app.createUser({ roles: ['reviewer'], email: 'ewa@nysa.test', name: 'Ewa', password: 'geheim-123' });
    const { cookie } = await app.login('ewa@nysa.test', 'geheim-123');
    const me = await app.request('GET', '/api/me', { cookie: cookie! });
    expect([me.status, me.body]).toEqual([200, { id: user.id, email: 'ewa@nysa.test', name: 'Ewa', roles: ['reviewer'], active: true, createdAt: user.createdAt }]);
  });

  test('returns the user of a bearer token', async () => {
    const { user, token } = await app.createUser({ roles: ['translator'] });
    const me = await app.request('GET', '/api/me', { token });
    expect([me.status, me.body.id]).toEqual([200, user.id]);
  });

  test('is 401 unauthenticated without credentials, with an unknown token or an unknown cookie', async () => {
    const responses = [
      await app.request('GET', '/api/me'),
      await app.request('GET', '/api/me', { token: 'not-a-token' }),
      await app.request('GET', '/api/me', { cookie: 'nysa_session=not-a-session' }),
    ];
    for (const response of responses) {
      expect([response.status, response.body]).toEqual([401, { error: 'unauthenticated', message: 'Please sign in to continue.' }]);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="nysa"');
    }
  });
});

describe('session expiry', () => {
  test('an expired session is rejected with 401 and deleted', async () => {
    let now = Date.parse('2026-11-24T10:00:00.000Z');
    const app = await startTestApp({ clock: { now: () => new Date(now) }, config: { sessionTtlHours: 1 } });
    try {
      await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
      const { cookie } = await app.login('anna@nysa.test', 'geheim-123');
      now += 59 * 60_000;
      expect((await app.request('GET', '/api/me', { cookie: cookie! })).status).toBe(200);
      now += 60_000;
      expect((await app.request('GET', '/api/me', { cookie: cookie! })).status).toBe(401);
      expect(await app.store.sessions.findBySecretHash(hashSecret(cookie!.split('=')[1]))).toBeNull();
    } finally {
      await app.close();
    }
  });
});

describe('POST /api/auth/logout', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => app.close());

  test('ends the session: 204, the cookie is cleared and no longer accepted', async () => {
    await app.createUser({ roles: ['translator'], email: 'anna@nysa.test', password: 'geheim-123' });
    const { cookie } = await app.login('anna@nysa.test', 'geheim-123');
    const logout = await app.request('POST', '/api/auth/logout', { cookie: cookie! });
    expect(logout.status).toBe(204);
    expect(logout.headers.getSetCookie()).toEqual([
      'nysa_session=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    ]);
    expect((await app.request('GET', '/api/me', { cookie: cookie! })).status).toBe(401);
  });

  test('is 204 without a session, and leaves API tokens valid', async () => {
    const { token } = await app.createUser({ roles: ['translator'] });
    expect((await app.request('POST', '/api/auth/logout')).status).toBe(204);
    expect((await app.request('POST', '/api/auth/logout', { token })).status).toBe(204);
    expect((await app.request('GET', '/api/me', { token })).status).toBe(200);
  });
});

