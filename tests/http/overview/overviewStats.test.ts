// GET /api/overview/approved-per-day: words and segments approved per UTC day, over the documents the user may see.
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

/** Words: 3, 4, 2, and the first sentence again (3), which gets its translation and approval by propagation. */
// Approvals: 2 May the first sentence and its repetition (6 words), 3 May one sentence of another project
// (3 words), 4 May two sentences by bulk approval (6 words); it is 4 May, 12:00 UTC.
const TEXT = 'Erster Satz hier.\n\nZweiter kurzer Satz hier.\n\nDritter Satz.\n\nErster Satz hier.\n';
const TARGETS = ['Pierwsze zdanie tutaj.', 'Drugie krótkie zdanie tutaj.', 'Trzecie zdanie.'];

describe('GET /api/overview/approved-per-day', () => {
  let fixture: WorkflowFixture;
  let now: number;

  const get = (token: string | undefined, query = '') =>
    fixture.app.request('GET', `/api/overview/approved-per-day${query}`, token === undefined ? {} : { token });
  /** The answer for ?days=3: words and segments of 2, 3 and 4 May. */
  const threeDays = (...tallies: [words: number, segments: number][]) => ({
    days: ['2026-05-02', '2026-05-03', '2026-05-04'].map((date, i) => ({ date, words: tallies[i][0], segments: tallies[i][1] })),
  });
  const ok = async (response: Promise<{ status: number; body: any }>) => {
    const { status, body } = await response;
    expect(status).toBe(200);
    return body;
  };

  beforeAll(async () => {
    now = Date.parse('2026-05-02T22:00:00.000Z');
    fixture = await startWorkflow({ clock: { now: () => new Date(now) } });
    const { app, translator, reviewer } = fixture;
    const documentId = await submit(fixture, TEXT);
    const segments = await segmentsOf(fixture, documentId);
    const call = async (token: string, method: string, path: string, body?: unknown) => {
      const response = await app.request(method, path, { token, body });
      if (response.status !== 200) throw new Error(`${method} ${path}: ${response.status} ${response.text}`);
      return response.body;
    };
    for (const [i, target] of TARGETS.entries()) {
      await call(translator.token, 'PATCH', `/api/segments/${segments[i].id}`, { target, version: 1 });
      await call(translator.token, 'POST', `/api/segments/${segments[i].id}/confirm`);
    }
    // 2 May, 22:00 UTC: the first sentence and (propagated) its repetition.
    await call(reviewer.token, 'POST', `/api/segments/${segments[0].id}/approve`);
    expect((await segmentsOf(fixture, documentId)).map((s) => s.state)).toEqual(['approved', 'translated', 'translated', 'approved']);
    // 3 May, 09:00 UTC: a sentence of 3 words in another project, where only the outsider translates.
    now = Date.parse('2026-05-03T09:00:00.000Z');
    const otherProject = await app.request('POST', '/api/projects', { token: fixture.coordinator.token, body: { name: 'Anderes Projekt', sourceLang: 'de', targetLang: 'pl' } });
    const otherReviewer = await app.createUser({ roles: [] });
    for (const [userId, roles] of [[fixture.outsider.id, ['translator']], [otherReviewer.user.id, ['reviewer']]] as const) {
      await call(fixture.coordinator.token, 'POST', `/api/projects/${otherProject.body.id}/members`, { userId, roles });
    }
    const created = await app.request('POST', `/api/projects/${otherProject.body.id}/documents`, {
      token: fixture.coordinator.token,
      body: { title: 'Fremd', format: 'text', content: 'Fremder Satz eins.' },
    });
    const [foreign] = await segmentsOf(fixture, created.body.id, fixture.outsider.token);
    await call(fixture.outsider.token, 'PATCH', `/api/segments/${foreign.id}`, { target: 'Obce zdanie pierwsze.', version: 1 });
    await call(fixture.outsider.token, 'POST', `/api/segments/${foreign.id}/confirm`);
    await call(otherReviewer.token, 'POST', `/api/segments/${foreign.id}/approve`);
    // 4 May, 00:30 UTC: the other two, in one bulk approval.
    now = Date.parse('2026-05-04T00:30:00.000Z');
    expect(await call(reviewer.token, 'POST', `/api/documents/${documentId}/approve`, {})).toEqual({ approved: 2, skipped: [] });
    now = Date.parse('2026-05-04T12:00:00.000Z');
  });
  afterAll(async () => fixture?.app.close());

  test('counts words and segments per UTC day, oldest first, over every project a coordinator sees', async () => {
    expect(await ok(get(fixture.coordinator.token, '?days=3'))).toEqual(threeDays([6, 2], [3, 1], [6, 2]));
  });

  test('counts only the projects a member belongs to; days without approvals are zeros', async () => {
    expect(await ok(get(fixture.translator.token, '?days=3'))).toEqual(threeDays([6, 2], [0, 0], [6, 2]));
    expect(await ok(get(fixture.outsider.token, '?days=3'))).toEqual(threeDays([0, 0], [3, 1], [0, 0]));
  });

  test('gives 30 days by default, ending today', async () => {
    const { days } = await ok(get(fixture.reviewer.token));
    expect([days.length, days[0].date, days[29].date]).toEqual([30, '2026-04-05', '2026-05-04']);
    expect(days.filter((day: { segments: number }) => day.segments > 0)).toEqual([
      { date: '2026-05-02', words: 6, segments: 2 },
      { date: '2026-05-04', words: 6, segments: 2 },
    ]);
    expect(days.slice(0, 27).every((day: { words: number; segments: number }) => day.words === 0 && day.segments === 0)).toBe(true);
  });

  test('one day is today alone; 366 days are accepted', async () => {
    expect(await ok(get(fixture.translator.token, '?days=1'))).toEqual({ days: [{ date: '2026-05-04', words: 6, segments: 2 }] });
    const { days } = await ok(get(fixture.editor.token, '?days=366'));
    expect([days.length, days[0].date]).toEqual([366, '2025-05-04']);
  });

  test.each(['days=0', 'days=367', 'days=1.5', 'days=abc', 'days=', 'days=3&days=4', 'from=2026-05-01'])('?%s is 400 invalid_input', async (query) => {
    const response = await get(fixture.coordinator.token, `?${query}`);
    expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
  });

  test('without credentials is 401 unauthenticated', async () => {
    const response = await get(undefined);
    expect([response.status, response.body.error]).toEqual([401, 'unauthenticated']);
  });
});
