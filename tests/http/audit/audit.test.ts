// The audit trail: what is recorded (with actor, time, address, target and details), GET /api/audit
// for admins, a project's entries for its coordinators, and no way to change it through the API.
import { TEST_PASSWORD } from '../../support/testApp';
import { startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="de" srclang="de" datatype="plaintext"/>
<body><tu><tuv xml:lang="de"><seg>Guten Tag.</seg></tuv><tuv xml:lang="pl"><seg>Dzień dobry.</seg></tuv></tu></body></tmx>`;

describe('the audit trail', () => {
  let fixture: WorkflowFixture;
  let admin: Awaited<ReturnType<WorkflowFixture['app']['createUser']>>;

  beforeEach(async () => {
    fixture = await startWorkflow({ config: { login: { maxAttempts: 2, maxAttemptsPerIp: 1000, windowMs: 60_000 } } });
    admin = await fixture.app.createUser({ roles: ['admin'], name: 'Admin', email: 'admin@nysa.test' });
  });
  afterEach(async () => fixture.app.close());

  const call = async (token: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const response = await fixture.app.request(method, path, { token, body, headers });
    expect([method, path, response.status < 300]).toEqual([method, path, true]);
    return response;
  };
  const audit = async (query = '', token = admin.token) => fixture.app.request('GET', `/api/audit${query}`, { token });
  const kinds = (items: { kind: string }[]) => items.map((item) => item.kind);

  test('records sign-ins, failed sign-ins and rate-limit hits with the address and the e-mail tried, never the password', async () => {
    const { user } = await fixture.app.createUser({ roles: ['translator'], name: 'Anna', email: 'anna@nysa.test' });
    await fixture.app.login('anna@nysa.test', TEST_PASSWORD);
    await fixture.app.login('anna@nysa.test', 'geheim-falsch-1');
    await fixture.app.login('niemand@nysa.test', 'geheim-falsch-2');
    await fixture.app.login('anna@nysa.test', 'geheim-falsch-3');
    await fixture.app.login('anna@nysa.test', TEST_PASSWORD);

    const response = await audit('?kind=sign_in,sign_in_failed,sign_in_rate_limited');

    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { kind: string; actor: { id: string } | null; ip: string; target: { id: string } | null; details: object }) => [
      item.kind,
      item.actor?.id ?? null,
      item.ip,
      item.target?.id ?? null,
      item.details,
    ])).toEqual([
      ['sign_in_rate_limited', null, '127.0.0.1', null, { email: 'anna@nysa.test', scope: 'account' }],
      ['sign_in_failed', null, '127.0.0.1', user.id, { email: 'anna@nysa.test', reason: 'invalid_credentials' }],
      ['sign_in_failed', null, '127.0.0.1', null, { email: 'niemand@nysa.test', reason: 'invalid_credentials' }],
      ['sign_in_failed', null, '127.0.0.1', user.id, { email: 'anna@nysa.test', reason: 'invalid_credentials' }],
      ['sign_in', user.id, '127.0.0.1', user.id, {}],
    ]);
    expect(response.text).not.toMatch(/geheim|haslo/);
  });

  test('records password, account, token, membership, settings, export and import events, each with its actor and target', async () => {
    const { app, coordinator, projectId, translator } = fixture;
    const anna = await app.createUser({ roles: ['translator'], name: 'Anna', email: 'anna@nysa.test' });
    await call(anna.token, 'POST', '/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'Neisse-Brücke-2026' });
    const reset = await call(admin.token, 'POST', `/api/users/${anna.user.id}/password-reset`);
    await call('', 'POST', '/api/auth/password-reset', { token: decodeURIComponent(reset.body.url.split('#token=')[1]), newPassword: 'Oder-Brücke-2027' });
    const created = await call(admin.token, 'POST', '/api/users', { email: 'ewa@nysa.test', name: 'Ewa', password: 'Lausitz-2026', roles: ['reviewer'] });
    await call(admin.token, 'PATCH', `/api/users/${created.body.id}`, { name: 'Ewa Nowak', roles: ['reviewer', 'editor'] });
    await call(admin.token, 'PATCH', `/api/users/${created.body.id}`, { active: false });
    await call(admin.token, 'PATCH', `/api/users/${created.body.id}`, { active: true });
    const token = await call(translator.token, 'POST', '/api/tokens', { name: 'Skript' });
    await call(translator.token, 'DELETE', `/api/tokens/${token.body.id}`);
    await call(coordinator.token, 'POST', `/api/projects/${projectId}/members`, { userId: anna.user.id, roles: ['translator'] });
    await call(coordinator.token, 'PATCH', `/api/projects/${projectId}/settings`, { formality: 'more' });
    const documentId = await submit(fixture, 'Guten Tag.\n');
    await call(coordinator.token, 'GET', `/api/documents/${documentId}/export?allowUnapproved=true`);
    await call(translator.token, 'GET', `/api/projects/${projectId}/tm/export`);
    await fixture.app.request('POST', `/api/projects/${projectId}/tm/import`, { token: coordinator.token, body: Buffer.from(TMX), headers: { 'content-type': 'application/x-tmx+xml' } });
    await app.deps.tmxImports.idle();
    await call(coordinator.token, 'POST', `/api/projects/${projectId}/glossary/import?format=csv`, { content: 'de,pl\nGrenzraum,pogranicze\n' });

    const response = await audit('?limit=200');

    expect(kinds(response.body.items).reverse()).toEqual([
      // startWorkflow adds four members before the test starts
      'member_changed', 'member_changed', 'member_changed', 'member_changed',
      'password_changed', 'password_reset_issued', 'password_reset_completed',
      'user_created', 'user_renamed', 'roles_changed', 'user_deactivated', 'user_reactivated',
      'token_issued', 'token_revoked',
      'member_changed', 'project_settings_changed',
      'document_exported', 'tmx_exported', 'tmx_imported', 'glossary_imported',
    ]);
    // The newest entry of each kind (the items are newest first).
    const byKind = new Map([...response.body.items].reverse().map((item: { kind: string }) => [item.kind, item]));
    expect(byKind.get('roles_changed')).toMatchObject({ actor: { id: admin.user.id, name: 'Admin' }, target: { type: 'user', id: created.body.id, label: 'Ewa Nowak' }, details: { from: ['reviewer'], to: ['editor', 'reviewer'] } });
    expect(byKind.get('member_changed')).toMatchObject({ target: { id: anna.user.id, label: 'Anna' }, project: { id: projectId, name: 'Grenzraumstudie 2026' }, details: { from: [], to: ['translator'] } });
    expect(byKind.get('document_exported')).toMatchObject({ actor: { id: coordinator.id }, target: { type: 'document', id: documentId, label: 'Pressemitteilung' }, details: { format: 'text', unapproved: 1 } });
    expect(byKind.get('user_deactivated')).toMatchObject({ details: { sessionsEnded: 0, tokensRevoked: 0, resetLinksRemoved: 0 } });
    expect(byKind.get('glossary_imported')).toMatchObject({ details: { format: 'csv', mode: 'merge', created: 1, total: 1 } });
    expect(byKind.get('project_settings_changed')).toMatchObject({ details: { changes: { formality: 'more' } } });
    expect(response.text).not.toContain(token.body.token);
    expect(response.text).not.toMatch(/Neisse-Brücke|Oder-Brücke|Lausitz-2026/);
  });

  test('filters by actor, kind and time, and pages newest first with a total', async () => {
    const { coordinator, projectId } = fixture;
    await call(coordinator.token, 'PATCH', `/api/projects/${projectId}/settings`, { formality: 'more' });
    await call(coordinator.token, 'PATCH', `/api/projects/${projectId}/settings`, { formality: 'less' });
    await call(admin.token, 'POST', '/api/tokens', { name: 'Admin-Skript' });

    const byActor = await audit(`?actor=${coordinator.id}&kind=project_settings_changed`);
    const page = await audit('?offset=1&limit=2');
    const future = await audit('?from=2999-01-01');
    const past = await audit('?to=2000-01-01T00:00:00Z');

    expect(byActor.body.items.map((item: { details: { changes: { formality: string } } }) => item.details.changes.formality)).toEqual(['less', 'more']);
    expect([page.body.total, page.body.offset, page.body.limit, kinds(page.body.items)]).toEqual([7, 1, 2, ['project_settings_changed', 'project_settings_changed']]);
    expect([future.body.total, past.body.total]).toEqual([0, 0]);
  });

  test('coordinators read their project’s entries (who exported which document, when), without addresses; others may not', async () => {
    const { app, coordinator, projectId, translator, reviewer } = fixture;
    const documentId = await submit(fixture, 'Guten Tag.\n', { title: 'Einladung' });
    await call(coordinator.token, 'GET', `/api/documents/${documentId}/export?allowUnapproved=true`);
    const otherCoordinator = await app.createUser({ roles: [], name: 'Fremd' });
    const other = await call(admin.token, 'POST', '/api/projects', { name: 'Anderes', sourceLang: 'de', targetLang: 'pl' });
    await call(admin.token, 'POST', `/api/projects/${other.body.id}/members`, { userId: otherCoordinator.user.id, roles: ['coordinator'] });

    const exports = await audit(`?projectId=${projectId}&kind=document_exported`, coordinator.token);

    expect(exports.status).toBe(200);
    expect(exports.body.items).toEqual([
      {
        id: expect.any(String),
        at: expect.any(String),
        kind: 'document_exported',
        actor: { id: coordinator.id, name: expect.any(String), email: expect.any(String), active: true },
        target: { type: 'document', id: documentId, label: 'Einladung' },
        project: { id: projectId, name: 'Grenzraumstudie 2026' },
        details: { title: 'Einladung', format: 'text', export: 'original', unapproved: 1 },
      },
    ]);
    expect((await audit('', coordinator.token)).status).toBe(403);
    expect((await audit(`?projectId=${projectId}`, otherCoordinator.token)).status).toBe(404);
    expect((await audit(`?projectId=${projectId}`, translator.token)).status).toBe(403);
    expect((await audit(`?projectId=${projectId}`, reviewer.token)).status).toBe(403);
  });

  test('is append-only through the API, and its query rejects unknown kinds and fields', async () => {
    const [entry] = (await audit()).body.items;
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      const response = await fixture.app.request(method, `/api/audit/${entry.id}`, { token: admin.token, body: method === 'DELETE' ? undefined : {} });
      expect([method, response.status, response.body.error]).toEqual([method, 404, 'route_not_found']);
    }
    expect((await fixture.app.request('DELETE', '/api/audit', { token: admin.token })).status).toBe(404);
    expect((await audit('?kind=password_read')).status).toBe(400);
    expect((await audit('?limit=500')).status).toBe(400);
    expect((await audit('?user=x')).status).toBe(400);
    expect((await audit('?from=gestern')).status).toBe(400);
  });
});
