// POST /api/users: admins create accounts.
import { verifyPassword } from '../../../server/commands/auth/passwords';
import { startTestApp, type TestApp } from '../../support/testApp';

describe('POST /api/users', () => {
  let app: TestApp;
  let adminToken: string;

  beforeEach(async () => {
    app = await startTestApp();
    ({ token: adminToken } = await app.createUser({ roles: ['admin'] }));
  });
  afterEach(async () => app.close());

  const valid = { email: ' Jan.Kowalski@Example.PL ', name: ' Jan Kowalski ', password: 'tajne-haslo', roles: ['translator', 'reviewer'] };

  test('an admin creates a user: 201 with the presented user, e-mail normalized, password hashed', async () => {
    const response = await app.request('POST', '/api/users', { token: adminToken, body: valid });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: 'jan.kowalski@example.pl',
      name: 'Jan Kowalski',
      roles: ['translator', 'reviewer'],
      active: true,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    const stored = await app.store.users.findById(response.body.id);
    expect(stored!.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    expect(await verifyPassword('tajne-haslo', stored!.passwordHash)).toBe(true);
    const login = await app.login('jan.kowalski@example.pl', 'tajne-haslo');
    expect(login.status).toBe(200);
  });

  test('a coordinator or translator may not: 403 forbidden', async () => {
    for (const roles of [['coordinator'], ['translator', 'reviewer']] as const) {
      const { token } = await app.createUser({ roles: [...roles] });
      const response = await app.request('POST', '/api/users', { token, body: { ...valid, email: 'a@example.pl' } });
      expect([response.status, response.body]).toEqual([403, { error: 'forbidden', message: 'You are not allowed to do this.' }]);
    }
    expect(await app.store.users.findByEmail('a@example.pl')).toBeNull();
  });

  test('an e-mail already registered (in any case) is 409 email_taken', async () => {
    await app.request('POST', '/api/users', { token: adminToken, body: { ...valid, email: 'jan@example.pl' } });
    const again = await app.request('POST', '/api/users', { token: adminToken, body: { ...valid, email: 'JAN@example.pl' } });
    expect([again.status, again.body]).toEqual([
      409,
      { error: 'email_taken', message: 'This e-mail address is already registered.', details: { email: 'jan@example.pl' } },
    ]);
  });

  test('a short password, an unknown role and an unknown field are 400 invalid_input with one issue each', async () => {
    const response = await app.request('POST', '/api/users', {
      token: adminToken,
      body: { ...valid, email: 'ola@example.pl', password: 'kurz', roles: ['translator', 'boss'], isAdmin: true },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_input');
    expect(response.body.message).toBe('The request contains invalid data.');
    expect(response.body.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['password', 'roles.1', 'isAdmin']);
    expect(response.body.details.issues[2]).toEqual({ path: 'isAdmin', message: 'unknown field' });
  });

  test('a password among the 1,000 most common is refused like a short one', async () => {
    const response = await app.request('POST', '/api/users', { token: adminToken, body: { ...valid, email: 'ola@example.pl', password: 'superman' } });
    expect([response.status, response.body.error, response.body.details.issues]).toEqual([
      400,
      'invalid_input',
      [{ path: 'password', message: 'is one of the most common passwords' }],
    ]);
  });

  test('a malformed e-mail is refused', async () => {
    const response = await app.request('POST', '/api/users', { token: adminToken, body: { ...valid, email: 'kein-email' } });
    expect(response.status).toBe(400);
    expect(response.body.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['email']);
  });

  test('a user without global roles is created: they act through project memberships', async () => {
    const response = await app.request('POST', '/api/users', { token: adminToken, body: { ...valid, email: 'tlumacz@example.pl', roles: [] } });
    expect([response.status, response.body.roles]).toEqual([201, []]);
  });

  test('a request without a JSON body is 400 invalid_input', async () => {
    const response = await app.request('POST', '/api/users', { token: adminToken });
    expect([response.status, response.body.error, response.body.details]).toEqual([
      400,
      'invalid_input',
      { issues: [{ path: '', message: 'a JSON body is required (Content-Type: application/json)' }] },
    ]);
  });
});

describe('GET /api/users', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp();
  });
  afterEach(async () => app.close());

  test('admins and coordinators get every account by name, without password hashes', async () => {
    const admin = await app.createUser({ roles: ['admin'], name: 'Zuzanna Admin', email: 'z@nysa.test' });
    const coordinator = await app.createUser({ roles: ['coordinator'], name: 'Anke Koordination', email: 'anke@nysa.test' });
    for (const { token } of [admin, coordinator]) {
      const response = await app.request('GET', '/api/users', { token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        items: [
          { id: coordinator.user.id, email: 'anke@nysa.test', name: 'Anke Koordination', roles: ['coordinator'], active: true, createdAt: coordinator.user.createdAt },
          { id: admin.user.id, email: 'z@nysa.test', name: 'Zuzanna Admin', roles: ['admin'], active: true, createdAt: admin.user.createdAt },
        ],
      });
    }
  });

  test('translators, reviewers and editors may not: 403 forbidden', async () => {
    const { token } = await app.createUser({ roles: ['translator', 'reviewer', 'editor'] });
    const response = await app.request('GET', '/api/users', { token });
    expect([response.status, response.body]).toEqual([403, { error: 'forbidden', message: 'You are not allowed to do this.' }]);
  });
});
