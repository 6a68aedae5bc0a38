// Who may do what to a segment, and what happens when two people save at once.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const TEXT = 'Die Stadt Görlitz lädt ein.\n\nDas Treffen beginnt um 10 Uhr.\n';

describe('segment rules over HTTP', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;
  let documentId: string;

  beforeEach(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
    documentId = await submit(fixture, TEXT);
    await runMt(fixture, documentId);
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  const confirmAll = async () => {
    for (const segment of await segmentsOf(fixture, documentId)) {
      const confirmed = await fixture.app.request('POST', `/api/segments/${segment.id}/confirm`, { token: fixture.translator.token });
      expect(confirmed.status).toBe(200);
    }
  };

  test('two translators save the same segment: the second gets 409 with the current text, and both texts are in history', async () => {
    const { app, translator, secondTranslator } = fixture;
    const [segment] = await segmentsOf(fixture, documentId);
    const first = await app.request('PATCH', `/api/segments/${segment.id}`, {
      token: translator.token,
      body: { target: 'Miasto Görlitz zaprasza.', version: segment.version },
    });
    expect(first.status).toBe(200);
    const second = await app.request('PATCH', `/api/segments/${segment.id}`, {
      token: secondTranslator.token,
      body: { target: 'Miasto Görlitz serdecznie zaprasza.', version: segment.version },
    });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({
      error: 'version_conflict',
      details: {
        segmentId: segment.id,
        expectedVersion: segment.version,
        actualVersion: segment.version + 1,
        current: { target: 'Miasto Görlitz zaprasza.', state: 'draft', version: segment.version + 1 },
      },
    });
    const history = await app.request('GET', `/api/segments/${segment.id}/history`, { token: translator.token });
    const lastTwo = history.body.items.slice(-2).map((e: Record<string, unknown>) => [e.action, e.actorId, e.toTarget, e.note]);
    expect(lastTwo).toEqual([
      ['edit', translator.id, 'Miasto Görlitz zaprasza.', null],
      ['edit_conflict', secondTranslator.id, 'Miasto Görlitz serdecznie zaprasza.', `based on version ${segment.version}`],
    ]);
    expect((await segmentsOf(fixture, documentId))[0].target).toBe('Miasto Görlitz zaprasza.');
  });

  test('saving the text the segment already has changes nothing (autosave)', async () => {
    const [segment] = await segmentsOf(fixture, documentId);
    const same = await fixture.app.request('PATCH', `/api/segments/${segment.id}`, {
      token: fixture.translator.token,
      body: { target: segment.target, version: segment.version },
    });
    expect([same.status, same.body.version, same.body.origin]).toEqual([200, segment.version, 'mt']);
  });

  test('a translator trying to approve gets 403 forbidden', async () => {
    await confirmAll();
    const [segment] = await segmentsOf(fixture, documentId);
    const response = await fixture.app.request('POST', `/api/segments/${segment.id}/approve`, { token: fixture.translator.token });
    expect([response.status, response.body.error]).toEqual([403, 'forbidden']);
    const bulk = await fixture.app.request('POST', `/api/documents/${documentId}/approve`, { token: fixture.translator.token, body: {} });
    expect([bulk.status, bulk.body.error]).toEqual([403, 'forbidden']);
  });

  test('a reviewer may not approve their own translation unless the project allows it', async () => {
    const { app, coordinator, projectId } = fixture;
    const reviewerTranslator = await app.createUser({ roles: [] });
    await app.request('POST', `/api/projects/${projectId}/members`, {
      token: coordinator.token,
      body: { userId: reviewerTranslator.user.id, roles: ['translator', 'reviewer'] },
    });
    const [segment] = await segmentsOf(fixture, documentId);
    await app.request('POST', `/api/segments/${segment.id}/confirm`, { token: reviewerTranslator.token });

    const refused = await app.request('POST', `/api/segments/${segment.id}/approve`, { token: reviewerTranslator.token });
    expect([refused.status, refused.body.error]).toEqual([403, 'self_approval_forbidden']);
    const bulk = await app.request('POST', `/api/documents/${documentId}/approve`, { token: reviewerTranslator.token, body: {} });
    expect(bulk.body).toEqual({ approved: 0, skipped: [{ id: segment.id, reason: 'self_approval_forbidden' }] });

    const settings = await app.request('PATCH', `/api/projects/${projectId}/settings`, {
      token: coordinator.token,
      body: { allowSelfApproval: true },
    });
    expect(settings.status).toBe(200);
    const allowed = await app.request('POST', `/api/segments/${segment.id}/approve`, { token: reviewerTranslator.token });
    expect([allowed.status, allowed.body.state, allowed.body.reviewedBy]).toEqual([200, 'approved', reviewerTranslator.user.id]);
  });

  test('actions from the wrong state are 409 invalid_transition, and nothing changes', async () => {
    const [segment] = await segmentsOf(fixture, documentId);
    const approveDraft = await fixture.app.request('POST', `/api/segments/${segment.id}/approve`, { token: fixture.reviewer.token });
    expect([approveDraft.status, approveDraft.body.error]).toEqual([409, 'invalid_transition']);
    const rejectDraft = await fixture.app.request('POST', `/api/segments/${segment.id}/reject`, {
      token: fixture.reviewer.token,
      body: { reason: 'zu früh' },
    });
    expect([rejectDraft.status, rejectDraft.body.error]).toEqual([409, 'invalid_transition']);
    expect((await segmentsOf(fixture, documentId))[0]).toEqual(segment);
  });

  test('a rejection needs a reason', async () => {
    await confirmAll();
    const [segment] = await segmentsOf(fixture, documentId);
    const response = await fixture.app.request('POST', `/api/segments/${segment.id}/reject`, {
      token: fixture.reviewer.token,
      body: { reason: '   ' },
    });
    expect([response.status, response.body.error]).toEqual([400, 'reason_required']);
  });

  test('confirming with a stale version is 409 and confirms nothing', async () => {
    const [segment] = await segmentsOf(fixture, documentId);
    const response = await fixture.app.request('POST', `/api/segments/${segment.id}/confirm`, {
      token: fixture.translator.token,
      body: { version: segment.version - 1 },
    });
    expect([response.status, response.body.error, response.body.details.current.state]).toEqual([409, 'version_conflict', 'draft']);
  });

  test('a coordinator locks and unlocks a segment; a translator may not', async () => {
    const [segment] = await segmentsOf(fixture, documentId);
    const byTranslator = await fixture.app.request('POST', `/api/segments/${segment.id}/lock`, { token: fixture.translator.token });
    expect(byTranslator.status).toBe(403);
    const locked = await fixture.app.request('POST', `/api/segments/${segment.id}/lock`, { token: fixture.coordinator.token });
    expect([locked.status, locked.body.state]).toEqual([200, 'locked']);
    const edit = await fixture.app.request('PATCH', `/api/segments/${segment.id}`, {
      token: fixture.translator.token,
      body: { target: 'x', version: locked.body.version },
    });
    expect([edit.status, edit.body.error]).toEqual([409, 'invalid_transition']);
    const unlocked = await fixture.app.request('POST', `/api/segments/${segment.id}/unlock`, { token: fixture.coordinator.token });
    expect([unlocked.status, unlocked.body.state]).toEqual([200, 'draft']);
  });

  test("another project's segment and document are 404 for someone outside the project", async () => {
    const [segment] = await segmentsOf(fixture, documentId);
    const { app, outsider } = fixture;
    const responses = await Promise.all([
      app.request('GET', `/api/segments/${segment.id}/history`, { token: outsider.token }),
      app.request('PATCH', `/api/segments/${segment.id}`, { token: outsider.token, body: { target: 'x', version: 1 } }),
      app.request('GET', `/api/documents/${documentId}`, { token: outsider.token }),
      app.request('GET', `/api/documents/${documentId}/segments`, { token: outsider.token }),
      app.request('POST', `/api/documents/${documentId}/mt`, { token: outsider.token }),
    ]);
    expect(responses.map((r) => [r.status, r.body.error])).toEqual(Array(5).fill([404, 'not_found']));
  });

  test('segments page by offset and limit and filter by state', async () => {
    await fixture.app.request('POST', `/api/segments/${(await segmentsOf(fixture, documentId))[1].id}/confirm`, {
      token: fixture.translator.token,
    });
    const page = await fixture.app.request('GET', `/api/documents/${documentId}/segments?offset=1&limit=1`, {
      token: fixture.translator.token,
    });
    expect([page.body.total, page.body.offset, page.body.limit, page.body.items.map((s: { index: number }) => s.index)]).toEqual([2, 1, 1, [1]]);
    const translated = await fixture.app.request('GET', `/api/documents/${documentId}/segments?state=translated`, {
      token: fixture.translator.token,
    });
    expect(translated.body.items.map((s: { index: number; state: string }) => [s.index, s.state])).toEqual([[1, 'translated']]);
    const several = await fixture.app.request('GET', `/api/documents/${documentId}/segments?state=translated,draft`, {
      token: fixture.translator.token,
    });
    expect(several.body.total).toBe(2);
    const bad = await fixture.app.request('GET', `/api/documents/${documentId}/segments?state=finished`, { token: fixture.translator.token });
    expect([bad.status, bad.body.error]).toEqual([400, 'invalid_input']);
  });

  test('the export waits for approval; a coordinator may preview unapproved text, listed in a header', async () => {
    const { app, coordinator, translator } = fixture;
    const notReady = await app.request('GET', `/api/documents/${documentId}/export`, { token: coordinator.token });
    expect([notReady.status, notReady.body.error, notReady.body.details]).toEqual([409, 'export_not_ready', { unapproved: 2 }]);
    const byTranslator = await app.request('GET', `/api/documents/${documentId}/export?allowUnapproved=true`, { token: translator.token });
    expect(byTranslator.status).toBe(403);
    const preview = await app.request('GET', `/api/documents/${documentId}/export?allowUnapproved=true`, { token: coordinator.token });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('x-nysa-unapproved-segments')).toBe('0,1');
    expect(preview.text).toBe('PL: Die Stadt Görlitz lädt ein.\n\nPL: Das Treffen beginnt um 10 Uhr.\n');
    const wrongFormat = await app.request('GET', `/api/documents/${documentId}/export?format=markdown`, { token: coordinator.token });
    expect([wrongFormat.status, wrongFormat.body.error]).toEqual([400, 'unsupported_export_format']);
  });
});
