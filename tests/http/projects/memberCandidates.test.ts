// GET /api/projects/:id/member-candidates?q=: a project's coordinators find people to add by name or
// e-mail, seeing only id, name and e-mail, without being allowed to list every account.
import { startTestApp, type TestApp } from '../../support/testApp';

describe('GET /api/projects/:id/member-candidates', () => {
  let app: TestApp;
  let projectId: string;
  let coordinator: Awaited<ReturnType<TestApp['createUser']>>;
  let marta: Awaited<ReturnType<TestApp['createUser']>>;

  beforeEach(async () => {
    app = await startTestApp();
    const admin = await app.createUser({ roles: ['admin'] });
    projectId = (await app.request('POST', '/api/projects', { token: admin.token, body: { name: 'Kulturnacht', sourceLang: 'de', targetLang: 'pl' } })).body.id;
    // A coordinator of this project only: no global role.
    coordinator = await app.createUser({ roles: [], name: 'Klaus Richter', email: 'klaus@nysa.test' });
    await app.request('POST', `/api/projects/${projectId}/members`, { token: admin.token, body: { userId: coordinator.user.id, roles: ['coordinator'] } });
    marta = await app.createUser({ roles: ['translator'], name: 'Marta Zielińska', email: 'marta.z@nysa.test' });
    await app.createUser({ roles: ['translator'], name: 'Zenon Zieliński', email: 'zenon@nysa.test' });
    const gone = await app.createUser({ roles: ['translator'], name: 'Zofia Zielona', email: 'zofia@nysa.test' });
    await app.request('PATCH', `/api/users/${gone.user.id}`, { token: admin.token, body: { active: false } });
  });
  afterEach(async () => app.close());

  const search = (q: string, token = coordinator.token) => app.request('GET', `/api/projects/${projectId}/member-candidates?q=${encodeURIComponent(q)}`, { token });

  test('a project coordinator without a global role may not list all accounts, but finds people by part of the name, diacritics ignored', async () => {
    expect((await app.request('GET', '/api/users', { token: coordinator.token })).status).toBe(403);

    const response = await search('zielin');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      items: [
        { id: marta.user.id, name: 'Marta Zielińska', email: 'marta.z@nysa.test' },
        { id: expect.any(String), name: 'Zenon Zieliński', email: 'zenon@nysa.test' },
      ],
    });
  });

  test('finds by e-mail; members and deactivated accounts are not offered', async () => {
    expect((await search('MARTA.Z@')).body.items.map((item: { name: string }) => item.name)).toEqual(['Marta Zielińska']);
    expect((await search('klaus')).body.items).toEqual([]);
    expect((await search('zofia')).body.items).toEqual([]);

    await app.request('POST', `/api/projects/${projectId}/members`, { token: coordinator.token, body: { userId: marta.user.id, roles: ['translator'] } });
    expect((await search('zielin')).body.items.map((item: { name: string }) => item.name)).toEqual(['Zenon Zieliński']);
  });

  test('a translator of the project gets 403, someone outside it 404; a missing or empty q is 400', async () => {
    await app.request('POST', `/api/projects/${projectId}/members`, { token: coordinator.token, body: { userId: marta.user.id, roles: ['translator'] } });
    const outsider = await app.createUser({ roles: ['translator'] });

    expect((await search('zen', marta.token)).status).toBe(403);
    expect((await search('zen', outsider.token)).status).toBe(404);
    expect((await search('   ')).status).toBe(400);
    expect((await app.request('GET', `/api/projects/${projectId}/member-candidates`, { token: coordinator.token })).status).toBe(400);
  });

  test('limit caps the answer (at most 20)', async () => {
    expect((await app.request('GET', `/api/projects/${projectId}/member-candidates?q=z&limit=1`, { token: coordinator.token })).body.items).toHaveLength(1);
    expect((await app.request('GET', `/api/projects/${projectId}/member-candidates?q=z&limit=21`, { token: coordinator.token })).status).toBe(400);
  });
});

describe('GET /api/projects/:id: the member list names people', () => {
  test('a project coordinator without a global role reads each member’s name and whether the account is active, never an e-mail', async () => {
    const app = await startTestApp();
    try {
      const admin = await app.createUser({ roles: ['admin'] });
      const projectId = (await app.request('POST', '/api/projects', { token: admin.token, body: { name: 'Kulturnacht', sourceLang: 'de', targetLang: 'pl' } })).body.id;
      const coordinator = await app.createUser({ roles: [], name: 'Klaus Richter', email: 'klaus@nysa.test' });
      const marta = await app.createUser({ roles: ['translator'], name: 'Marta Zielińska', email: 'marta.z@nysa.test' });
      for (const [person, roles] of [[coordinator, ['coordinator']], [marta, ['translator']]] as const) {
        await app.request('POST', `/api/projects/${projectId}/members`, { token: admin.token, body: { userId: person.user.id, roles } });
      }
      await app.request('PATCH', `/api/users/${marta.user.id}`, { token: admin.token, body: { active: false } });

      const response = await app.request('GET', `/api/projects/${projectId}`, { token: coordinator.token });

      expect(response.status).toBe(200);
      expect(response.body.members).toEqual([
        { userId: admin.user.id, roles: ['coordinator'], name: admin.user.name, active: true }, // who created the project
        { userId: coordinator.user.id, roles: ['coordinator'], name: 'Klaus Richter', active: true },
        { userId: marta.user.id, roles: ['translator'], name: 'Marta Zielińska', active: false },
      ]);
      expect(JSON.stringify(response.body)).not.toContain('@nysa.test');
    } finally {
      await app.close();
    }
  });
});
