// PATCH /api/users/:id (admins): name, global roles and `active`. Deactivating ends the account's
// sessions and tokens at once and keeps its history; the last active admin stays one.
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../support/testApp';

describe('PATCH /api/users/:id', () => {
  let app: TestApp;
  let admin: Awaited<ReturnType<TestApp['createUser']>>;

  beforeEach(async () => {
    app = await startTestApp();
    admin = await app.createUser({ roles: ['admin'], name: 'Admin', email: 'admin@nysa.test' });
  });
  afterEach(async () => app.close());

  const patch = (userId: string, body: unknown, token = admin.token) => app.request('PATCH', `/api/users/${userId}`, { token, body });

  test('an admin renames an account and replaces its global roles (stored in a fixed order, once each)', async () => {
    const { user } = await app.createUser({ roles: ['translator'], name: 'Anna', email: 'anna@nysa.test' });

    const response = await patch(user.id, { name: '  Anna Nowak ', roles: ['reviewer', 'translator', 'reviewer'] });

    expect([response.status, response.body]).toEqual([
      200,
      { id: user.id, email: 'anna@nysa.test', name: 'Anna Nowak', roles: ['translator', 'reviewer'], active: true, createdAt: user.createdAt },
    ]);
    expect(await app.store.users.findById(user.id)).toMatchObject({ name: 'Anna Nowak', roles: ['translator', 'reviewer'] });
  });

  test('deactivating ends every session and token at once; sign-in says account_inactive; the account stays listed as inactive', async () => {
    const { user, token } = await app.createUser({ roles: ['translator'], name: 'Anna', email: 'anna@nysa.test' });
    const cookie = (await app.login('anna@nysa.test', TEST_PASSWORD)).cookie!;
    const script = (await app.request('POST', '/api/tokens', { token, body: { name: 'Skript' } })).body.token as string;

    const response = await patch(user.id, { active: false });

    expect([response.status, response.body.active]).toEqual([200, false]);
    for (const auth of [{ cookie }, { token }, { token: script }]) expect((await app.request('GET', '/api/me', auth)).status).toBe(401);
    const signIn = await app.login('anna@nysa.test', TEST_PASSWORD);
    expect([signIn.status, signIn.body.error]).toEqual([403, 'account_inactive']);
    expect((await app.login('anna@nysa.test', 'falsches-passwort')).body.error).toBe('invalid_credentials');
    const listed = (await app.request('GET', '/api/users', { token: admin.token })).body.items.find((item: { id: string }) => item.id === user.id);
    expect(listed).toMatchObject({ name: 'Anna', active: false });
    expect(await app.store.sessions.listTokens(user.id)).toEqual([]);
  });

  test('a deactivated person’s work stays in the segment history, their name marked inactive', async () => {
    const coordinator = await app.createUser({ roles: ['coordinator'] });
    const anna = await app.createUser({ roles: ['translator'], name: 'Anna' });
    const project = (await app.request('POST', '/api/projects', { token: coordinator.token, body: { name: 'P', sourceLang: 'de', targetLang: 'pl' } })).body;
    await app.request('POST', `/api/projects/${project.id}/members`, { token: coordinator.token, body: { userId: anna.user.id, roles: ['translator'] } });
    const document = await app.request('POST', `/api/projects/${project.id}/documents`, { token: coordinator.token, body: { title: 'T', format: 'text', content: 'Guten Tag.' } });
    const [segment] = (await app.request('GET', `/api/documents/${document.body.id}/segments`, { token: coordinator.token })).body.items;
    expect((await app.request('PATCH', `/api/segments/${segment.id}`, { token: anna.token, body: { target: 'Dzień dobry.', version: 1 } })).status).toBe(200);

    await patch(anna.user.id, { active: false });

    const history = (await app.request('GET', `/api/segments/${segment.id}/history`, { token: coordinator.token })).body.items;
    expect(history.map((entry: { action: string; actorName: string; actorActive: boolean }) => [entry.action, entry.actorName, entry.actorActive])).toEqual([
      ['created', expect.any(String), true],
      ['edit', 'Anna', false],
    ]);
  });

  test('reactivating lets the person sign in again; the ended tokens stay ended', async () => {
    const { user, token } = await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    await patch(user.id, { active: false });

    const response = await patch(user.id, { active: true });

    expect([response.status, response.body.active]).toEqual([200, true]);
    expect((await app.login('anna@nysa.test', TEST_PASSWORD)).status).toBe(200);
    expect((await app.request('GET', '/api/me', { token })).status).toBe(401);
  });

  test('the last active admin can be neither deactivated nor demoted: 409 last_admin, nothing changes', async () => {
    for (const body of [{ active: false }, { roles: ['coordinator'] }, { name: 'Neu', roles: [] }]) {
      const response = await patch(admin.user.id, body);
      expect([response.status, response.body.error]).toEqual([409, 'last_admin']);
    }
    expect(await app.store.users.findById(admin.user.id)).toMatchObject({ name: 'Admin', roles: ['admin'], active: true });
    expect((await app.request('GET', '/api/me', { token: admin.token })).status).toBe(200);
  });

  test('with a second active admin, an admin may step down; then the other is the last', async () => {
    const second = await app.createUser({ roles: ['admin'], name: 'Zweite' });

    expect((await patch(admin.user.id, { roles: ['coordinator'] })).status).toBe(200);
    const refused = await patch(second.user.id, { active: false }, second.token);
    expect([refused.status, refused.body.error]).toEqual([409, 'last_admin']);
  });

  test('only admins may (403); an unknown account is 404; an empty or unknown change is 400', async () => {
    const coordinator = await app.createUser({ roles: ['coordinator'] });
    const forbidden = await patch(admin.user.id, { active: false }, coordinator.token);
    expect([forbidden.status, forbidden.body.error]).toEqual([403, 'forbidden']);
    expect((await patch('user-unknown', { active: false })).status).toBe(404);
    for (const body of [{}, { email: 'x@nysa.test' }, { roles: ['boss'] }, { name: '   ' }]) {
      const response = await patch(coordinator.user.id, body);
      expect([JSON.stringify(body), response.status, response.body.error]).toEqual([JSON.stringify(body), 400, 'invalid_input']);
    }
  });
});
