// Projects: creation, visibility, members and settings.
import { startTestApp, type TestApp, type TestUser } from '../../support/testApp';

describe('projects over HTTP', () => {
  let app: TestApp;
  let coordinator: TestUser;

  beforeEach(async () => {
    app = await startTestApp();
    coordinator = await app.createUser({ roles: ['coordinator'] });
  });
  afterEach(async () => app.close());

  const create = (token: string, body: Record<string, unknown> = {}) =>
    app.request('POST', '/api/projects', { token, body: { name: 'Stadtführer Görlitz', sourceLang: 'de', targetLang: 'pl', ...body } });

  describe('POST /api/projects', () => {
    test('a coordinator creates a de→pl project with default settings and becomes its coordinator', async () => {
      const response = await create(coordinator.token, { name: '  Stadtführer Görlitz ' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        name: 'Stadtführer Görlitz',
        sourceLang: 'de',
        targetLang: 'pl',
        settings: { formality: 'default', allowSelfApproval: false },
        members: [{ userId: coordinator.user.id, roles: ['coordinator'] }],
        createdAt: expect.any(String),
        createdBy: coordinator.user.id,
      });
    });

    test('an admin may give settings at creation', async () => {
      const admin = await app.createUser({ roles: ['admin'] });
      const response = await create(admin.token, { settings: { formality: 'prefer_more' } });
      expect([response.status, response.body.settings]).toEqual([201, { formality: 'prefer_more', allowSelfApproval: false }]);
    });

    test('a translator may not create projects: 403', async () => {
      const translator = await app.createUser({ roles: ['translator'] });
      expect((await create(translator.token)).status).toBe(403);
    });

    test('a language pair other than de→pl is 400 unsupported_language_pair, in the asked language', async () => {
      const response = await app.request('POST', '/api/projects', {
        token: coordinator.token,
        body: { name: 'Rückwärts', sourceLang: 'pl', targetLang: 'de' },
        headers: { 'accept-language': 'pl' },
      });
      expect([response.status, response.body]).toEqual([
        400,
        {
          error: 'unsupported_language_pair',
          message: 'Obsługiwane jest wyłącznie tłumaczenie z niemieckiego na polski.',
          details: { sourceLang: 'pl', targetLang: 'de' },
        },
      ]);
    });

    test('an unknown setting or formality is 400 invalid_input', async () => {
      const response = await create(coordinator.token, { settings: { formality: 'casual', glossary: 'x' } });
      expect(response.status).toBe(400);
      expect(response.body.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['settings.formality', 'settings.glossary']);
    });
  });

  describe('visibility', () => {
    test('GET /api/projects lists all projects for coordinators and only their own for translators', async () => {
      const first = (await create(coordinator.token, { name: 'Erstes' })).body.id;
      const second = (await create(coordinator.token, { name: 'Zweites' })).body.id;
      const translator = await app.createUser({ roles: ['translator'] });
      await app.request('POST', `/api/projects/${second}/members`, { token: coordinator.token, body: { userId: translator.user.id, roles: ['translator'] } });
      const otherCoordinator = await app.createUser({ roles: ['coordinator'] });

      const forCoordinator = await app.request('GET', '/api/projects', { token: otherCoordinator.token });
      const forTranslator = await app.request('GET', '/api/projects', { token: translator.token });
      expect(forCoordinator.body.items.map((p: { id: string; name: string }) => [p.id, p.name])).toEqual([
        [first, 'Erstes'],
        [second, 'Zweites'],
      ]);
      expect(forTranslator.body.items.map((p: { id: string }) => p.id)).toEqual([second]);
    });

    test('a translator who is not a member gets 404 not_found for the project, as for an unknown id', async () => {
      const id = (await create(coordinator.token)).body.id;
      const outsider = await app.createUser({ roles: ['translator'] });
      const hidden = await app.request('GET', `/api/projects/${id}`, { token: outsider.token, headers: { 'accept-language': 'de-DE,de;q=0.9' } });
      const unknown = await app.request('GET', '/api/projects/no-such-project', { token: outsider.token, headers: { 'accept-language': 'de' } });
      const expected = { error: 'not_found', message: 'Das Projekt wurde nicht gefunden.' };
      expect([hidden.status, hidden.body]).toEqual([404, expected]);
      expect([unknown.status, unknown.body]).toEqual([404, expected]);
    });

    test('a member reads the project', async () => {
      const id = (await create(coordinator.token)).body.id;
      const reviewer = await app.createUser({ roles: [] });
      await app.request('POST', `/api/projects/${id}/members`, { token: coordinator.token, body: { userId: reviewer.user.id, roles: ['reviewer'] } });
      const response = await app.request('GET', `/api/projects/${id}`, { token: reviewer.token });
      expect([response.status, response.body.id, response.body.name]).toEqual([200, id, 'Stadtführer Görlitz']);
    });
  });

  describe('POST /api/projects/:id/members', () => {
    test('adds a member, and adding them again replaces their roles', async () => {
      const id = (await create(coordinator.token)).body.id;
      const anna = await app.createUser({ roles: [] });
      const added = await app.request('POST', `/api/projects/${id}/members`, { token: coordinator.token, body: { userId: anna.user.id, roles: ['translator'] } });
      expect([added.status, added.body.members]).toEqual([
        200,
        [
          { userId: coordinator.user.id, roles: ['coordinator'] },
          { userId: anna.user.id, roles: ['translator'] },
        ],
      ]);
      const replaced = await app.request('POST', `/api/projects/${id}/members`, {
        token: coordinator.token,
        body: { userId: anna.user.id, roles: ['reviewer', 'translator'] },
      });
      expect(replaced.body.members).toEqual([
        { userId: coordinator.user.id, roles: ['coordinator'] },
        { userId: anna.user.id, roles: ['reviewer', 'translator'] },
      ]);
      expect((await app.store.projects.findById(id))!.members).toEqual(replaced.body.members);
    });

    test('an unknown user is 404 not_found naming the user', async () => {
      const id = (await create(coordinator.token)).body.id;
      const response = await app.request('POST', `/api/projects/${id}/members`, {
        token: coordinator.token,
        body: { userId: 'nobody', roles: ['translator'] },
        headers: { 'accept-language': 'pl' },
      });
      expect([response.status, response.body]).toEqual([404, { error: 'not_found', message: 'Nie znaleziono użytkownika.' }]);
    });

    test('a project member who is only a translator may not add members: 403', async () => {
      const id = (await create(coordinator.token)).body.id;
      const translator = await app.createUser({ roles: [] });
      await app.request('POST', `/api/projects/${id}/members`, { token: coordinator.token, body: { userId: translator.user.id, roles: ['translator'] } });
      const response = await app.request('POST', `/api/projects/${id}/members`, {
        token: translator.token,
        body: { userId: translator.user.id, roles: ['coordinator'] },
      });
      expect([response.status, response.body.error]).toEqual([403, 'forbidden']);
    });

    test('admin is not a project role; an empty role list is refused', async () => {
      const id = (await create(coordinator.token)).body.id;
      const anna = await app.createUser({ roles: [] });
      const asAdmin = await app.request('POST', `/api/projects/${id}/members`, { token: coordinator.token, body: { userId: anna.user.id, roles: ['admin'] } });
      const none = await app.request('POST', `/api/projects/${id}/members`, { token: coordinator.token, body: { userId: anna.user.id, roles: [] } });
      expect([asAdmin.status, asAdmin.body.details.issues[0].path]).toEqual([400, 'roles.0']);
      expect([none.status, none.body.details.issues[0].path]).toEqual([400, 'roles']);
    });
  });

  describe('PATCH /api/projects/:id/settings', () => {
    test('the project coordinator changes formality and self-approval; fields not sent stay as they were', async () => {
      const id = (await create(coordinator.token)).body.id;
      const first = await app.request('PATCH', `/api/projects/${id}/settings`, { token: coordinator.token, body: { formality: 'more' } });
      const second = await app.request('PATCH', `/api/projects/${id}/settings`, { token: coordinator.token, body: { allowSelfApproval: true } });
      expect([first.status, first.body.settings]).toEqual([200, { formality: 'more', allowSelfApproval: false }]);
      expect([second.status, second.body.settings]).toEqual([200, { formality: 'more', allowSelfApproval: true }]);
      expect((await app.store.projects.findById(id))!.settings).toEqual({ formality: 'more', allowSelfApproval: true });
    });

    test('a reviewer member may not change settings (403); a non-member sees 404', async () => {
      const id = (await create(coordinator.token)).body.id;
      const reviewer = await app.createUser({ roles: [] });
      await app.request('POST', `/api/projects/${id}/members`, { token: coordinator.token, body: { userId: reviewer.user.id, roles: ['reviewer'] } });
      const outsider = await app.createUser({ roles: ['reviewer'] });
      const byReviewer = await app.request('PATCH', `/api/projects/${id}/settings`, { token: reviewer.token, body: { allowSelfApproval: true } });
      const byOutsider = await app.request('PATCH', `/api/projects/${id}/settings`, { token: outsider.token, body: { allowSelfApproval: true } });
      expect([byReviewer.status, byOutsider.status]).toEqual([403, 404]);
    });

    test('a wrong type is 400 with the field named', async () => {
      const id = (await create(coordinator.token)).body.id;
      const response = await app.request('PATCH', `/api/projects/${id}/settings`, { token: coordinator.token, body: { allowSelfApproval: 'yes' } });
      expect([response.status, response.body.details.issues]).toEqual([
        400,
        [{ path: 'allowSelfApproval', message: 'Invalid input: expected boolean, received string' }],
      ]);
    });
  });
});
