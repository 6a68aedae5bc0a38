// Passwords: changing your own (POST /api/me/password) and following a reset link an admin issued
// (POST /api/users/:id/password-reset, then POST /api/auth/password-reset, signed out).
import { hashSecret } from '../../../server/commands/auth/secretHash';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../support/testApp';

const NEW_PASSWORD = 'Neisse-Brücke-2026';

describe('POST /api/me/password', () => {
  let app: TestApp;
  afterEach(async () => app.close());

  test('changes the password: the new one signs in, the old one no longer; other sessions end, this one and tokens stay', async () => {
    app = await startTestApp();
    const { token } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    const here = (await app.login('anna@nysa.test', TEST_PASSWORD)).cookie!;
    const elsewhere = (await app.login('anna@nysa.test', TEST_PASSWORD)).cookie!;

    const changed = await app.request('POST', '/api/me/password', { cookie: here, body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });

    expect([changed.status, changed.body]).toEqual([200, { sessionsEnded: 1 }]);
    expect((await app.request('GET', '/api/me', { cookie: here })).status).toBe(200);
    expect((await app.request('GET', '/api/me', { cookie: elsewhere })).status).toBe(401);
    expect((await app.request('GET', '/api/me', { token })).status).toBe(200);
    expect((await app.login('anna@nysa.test', TEST_PASSWORD)).status).toBe(401);
    expect((await app.login('anna@nysa.test', NEW_PASSWORD)).status).toBe(200);
  });

  test('changed with a token, every login session ends and the token stays', async () => {
    app = await startTestApp();
    const { token } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    const cookie = (await app.login('anna@nysa.test', TEST_PASSWORD)).cookie!;

    const changed = await app.request('POST', '/api/me/password', { token, body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } });

    expect([changed.status, changed.body]).toEqual([200, { sessionsEnded: 1 }]);
    expect((await app.request('GET', '/api/me', { cookie })).status).toBe(401);
    expect((await app.request('GET', '/api/me', { token })).status).toBe(200);
  });

  test('a wrong current password is 403 wrong_password and counts towards the sign-in limit of the account', async () => {
    app = await startTestApp({ config: { login: { maxAttempts: 2, windowMs: 60_000 } } });
    const { token } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    const body = { currentPassword: 'falsch-falsch', newPassword: NEW_PASSWORD };

    const wrong = await app.request('POST', '/api/me/password', { token, body, headers: { 'accept-language': 'pl' } });
    expect([wrong.status, wrong.body]).toEqual([403, { error: 'wrong_password', message: 'Obecne hasło jest nieprawidłowe.' }]);
    expect((await app.login('anna@nysa.test', 'auch-falsch')).status).toBe(401);

    // Two failures: the account is locked for sign-ins and for password changes alike.
    expect((await app.login('anna@nysa.test', TEST_PASSWORD)).status).toBe(429);
    const locked = await app.request('POST', '/api/me/password', { token, body: { ...body, currentPassword: TEST_PASSWORD } });
    expect([locked.status, locked.body.error]).toEqual([429, 'rate_limited']);
  });

  test('a new password that is too short or among the 1,000 most common is 400, in the request’s language', async () => {
    app = await startTestApp();
    const { token } = await app.createUser({ roles: ['translator'] });
    const change = (newPassword: string, language: string) =>
      app.request('POST', '/api/me/password', { token, body: { currentPassword: TEST_PASSWORD, newPassword }, headers: { 'accept-language': language } });

    const short = await change('kurz-1', 'en');
    const common = await change('Password1', 'de');
    const commonPl = await change('qwerty123', 'pl');

    expect([short.status, short.body]).toEqual([
      400,
      { error: 'password_too_short', message: 'The password must have at least 8 characters.', details: { issues: [{ path: 'newPassword', message: 'must be at least 8 characters' }] } },
    ]);
    expect([common.status, common.body.error, common.body.message]).toEqual([
      400,
      'password_too_common',
      'Dieses Passwort gehört zu den 1000 häufigsten Passwörtern und ist leicht zu erraten. Bitte wählen Sie ein anderes.',
    ]);
    expect(commonPl.body.message).toBe('To hasło należy do 1000 najczęściej używanych haseł i łatwo je odgadnąć. Wybierz inne.');
    expect((await app.request('GET', '/api/me', { token })).status).toBe(200);
  });

  test('unknown fields and a missing current password are 400 invalid_input; signed out is 401', async () => {
    app = await startTestApp();
    const { token } = await app.createUser({ roles: ['translator'] });
    const response = await app.request('POST', '/api/me/password', { token, body: { newPassword: NEW_PASSWORD, force: true } });
    expect([response.status, response.body.details.issues.map((issue: { path: string }) => issue.path)]).toEqual([400, ['currentPassword', 'force']]);
    expect((await app.request('POST', '/api/me/password', { body: { currentPassword: 'x', newPassword: NEW_PASSWORD } })).status).toBe(401);
  });
});

describe('password reset links', () => {
  let app: TestApp;
  let now: number;
  let adminToken: string;

  beforeEach(async () => {
    now = Date.parse('2026-11-24T10:00:00.000Z');
    app = await startTestApp({ clock: { now: () => new Date(now) } });
    ({ token: adminToken } = await app.createUser({ roles: ['admin'] }));
  });
  afterEach(async () => app.close());

  const issue = async (userId: string) => app.request('POST', `/api/users/${userId}/password-reset`, { token: adminToken });
  const tokenOf = (url: string) => decodeURIComponent(url.split('#token=')[1]);
  const follow = (token: string, newPassword = NEW_PASSWORD) => app.request('POST', '/api/auth/password-reset', { body: { token, newPassword } });

  test('an admin gets a one-time link to this server’s reset page, valid 24 hours; only the hash of its secret is stored', async () => {
    const { user } = await app.createUser({ roles: ['translator'] });

    const issued = await issue(user.id);

    expect(issued.status).toBe(201);
    expect(issued.body).toEqual({ url: expect.stringMatching(new RegExp(`^${app.baseUrl}/reset-password#token=[^.]+\\.[A-Za-z0-9_-]{43}$`)), expiresAt: '2026-11-25T10:00:00.000Z' });
    const [id, secret] = tokenOf(issued.body.url).split('.');
    expect(await app.store.passwordResets.findById(id)).toEqual({
      id,
      secretHash: hashSecret(secret),
      userId: user.id,
      createdBy: expect.any(String),
      createdAt: '2026-11-24T10:00:00.000Z',
      expiresAt: '2026-11-25T10:00:00.000Z',
      usedAt: null,
    });
  });

  test('following the link, signed out, sets the new password; the person’s sessions end, tokens stay', async () => {
    const { user, token } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    const cookie = (await app.login('anna@nysa.test', TEST_PASSWORD)).cookie!;
    const link = tokenOf((await issue(user.id)).body.url);

    const followed = await follow(link);

    expect([followed.status, followed.body]).toEqual([200, { email: 'anna@nysa.test' }]);
    expect((await app.login('anna@nysa.test', NEW_PASSWORD)).status).toBe(200);
    expect((await app.login('anna@nysa.test', TEST_PASSWORD)).status).toBe(401);
    expect((await app.request('GET', '/api/me', { cookie })).status).toBe(401);
    expect((await app.request('GET', '/api/me', { token })).status).toBe(200);
  });

  test('a link works once; used, expired, altered, unknown or replaced by a newer one it is 400 reset_link_invalid', async () => {
    const { user } = await app.createUser({ roles: ['translator'] });
    const used = tokenOf((await issue(user.id)).body.url);
    expect((await follow(used)).status).toBe(200);

    const replaced = tokenOf((await issue(user.id)).body.url);
    const expiring = tokenOf((await issue(user.id)).body.url);
    const [id, secret] = expiring.split('.');
    const altered = `${id}.${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    now += 24 * 3_600_000;

    for (const token of [used, replaced, expiring, altered, 'unknown.secret', 'no-dot']) {
      const response = await follow(token);
      expect([token, response.status, response.body]).toEqual([
        token,
        400,
        { error: 'reset_link_invalid', message: 'This link to set a new password is invalid, has expired or has already been used. Please ask an administrator for a new one.' },
      ]);
    }
  });

  test('a weak new password is refused without using the link up', async () => {
    const { user } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    const link = tokenOf((await issue(user.id)).body.url);

    expect((await follow(link, 'iloveyou')).body.error).toBe('password_too_common');
    expect((await follow(link)).status).toBe(200);
  });

  test('two requests racing with one link: exactly one sets its password', async () => {
    const { user } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    const link = tokenOf((await issue(user.id)).body.url);

    const statuses = (await Promise.all([follow(link, 'Erste-Wahl-2026'), follow(link, 'Zweite-Wahl-2026')])).map((response) => response.status);

    expect(statuses.sort()).toEqual([200, 400]);
  });

  test('only admins issue links (403); an unknown account is 404, a deactivated one 409 account_inactive', async () => {
    const { user, token } = await app.createUser({ roles: ['coordinator'] });
    const refused = await app.request('POST', `/api/users/${user.id}/password-reset`, { token });
    expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
    expect((await issue('user-unknown')).status).toBe(404);

    await app.request('PATCH', `/api/users/${user.id}`, { token: adminToken, body: { active: false } });
    const inactive = await issue(user.id);
    expect([inactive.status, inactive.body.error]).toEqual([409, 'account_inactive']);
  });

  test('a link of an account deactivated after it was issued no longer works', async () => {
    const { user } = await app.createUser({ roles: ['translator'] });
    const link = tokenOf((await issue(user.id)).body.url);
    await app.request('PATCH', `/api/users/${user.id}`, { token: adminToken, body: { active: false } });
    await app.request('PATCH', `/api/users/${user.id}`, { token: adminToken, body: { active: true } });

    expect((await follow(link)).body.error).toBe('reset_link_invalid');
  });
});
