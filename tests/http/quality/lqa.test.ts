// LQA annotations over HTTP (POST/GET /api/segments/:id/lqa, DELETE /api/lqa/:id), the project's LQA
// settings (GET /api/projects/:id/lqa, PATCH …/settings `lqa`), post-edit distances of segments written
// from scratch, and a project's quality over time (GET /api/projects/:id/quality).
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const MEETING = 'Das Treffen findet in Görlitz statt.';
const MEETING_PL = 'Spotkanie odbędzie się w Zgorzelcu.';
const DEADLINE = 'Die Anmeldung endet am 15. Mai.';
const DEADLINE_PL = 'Rejestracja kończy się 15 maja.';

describe('LQA over HTTP', () => {
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const request = (method: string, url: string, token: string, body?: unknown, lang = 'en') =>
    fixture.app.request(method, url, { token, body, headers: { 'accept-language': lang } });

  /** A two-sentence document the translator wrote from scratch and confirmed. */
  async function confirmedDocument(): Promise<{ documentId: string; ids: string[] }> {
    const documentId = await submit(fixture, `${MEETING}\n\n${DEADLINE}\n`);
    const segments = await segmentsOf(fixture, documentId);
    for (const [segment, target] of [[segments[0], MEETING_PL], [segments[1], DEADLINE_PL]] as const) {
      const saved = await request('PATCH', `/api/segments/${segment.id}`, fixture.translator.token, { target, version: segment.version });
      const confirmed = await request('POST', `/api/segments/${segment.id}/confirm`, fixture.translator.token, { version: saved.body.version });
      expect(confirmed.status).toBe(200);
    }
    return { documentId, ids: segments.map((segment) => segment.id) };
  }

  const annotate = (segmentId: string, body: unknown, token = fixture.reviewer.token, lang = 'en') => request('POST', `/api/segments/${segmentId}/lqa`, token, body, lang);

  test('a reviewer annotates with a span and a comment; the annotation is listed with its category name in the reader’s language', async () => {
    const { ids } = await confirmedDocument();
    const created = await annotate(ids[0], { category: 'accuracy/mistranslation', severity: 'major', comment: ' Görlitz ist Zgorzelec nicht ', span: { start: 25, end: 34 } }, fixture.reviewer.token, 'de');

    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      segmentId: ids[0],
      documentId: expect.any(String),
      category: 'accuracy/mistranslation',
      categoryName: 'Genauigkeit / Falschübersetzung',
      severity: 'major',
      comment: 'Görlitz ist Zgorzelec nicht',
      span: { start: 25, end: 34 },
      segmentVersion: 3,
      target: MEETING_PL,
      authorId: fixture.reviewer.id,
      createdAt: expect.any(String),
    });
    const listed = await request('GET', `/api/segments/${ids[0]}/lqa`, fixture.translator.token, undefined, 'pl');
    expect([listed.status, listed.body.items.map((a: { categoryName: string }) => a.categoryName)]).toEqual([200, ['Dokładność / Błędne tłumaczenie']]);
  });

  test('the annotation and its removal appear in the segment’s history; the segment’s version does not change', async () => {
    const { ids } = await confirmedDocument();
    const created = await annotate(ids[0], { category: 'style/awkward', severity: 'minor', span: { start: 0, end: 9 } });
    const removed = await request('DELETE', `/api/lqa/${created.body.id}`, fixture.coordinator.token);
    expect(removed.status).toBe(204);

    const history = await request('GET', `/api/segments/${ids[0]}/history`, fixture.translator.token);
    expect(history.body.items.slice(-2).map((e: { action: string; note: string; version: number }) => [e.action, e.note, e.version])).toEqual([
      ['annotate', 'MQM Style / Awkward style (minor) «Spotkanie»', 3],
      ['annotation_removed', 'MQM Style / Awkward style (minor) «Spotkanie»', 3],
    ]);
    expect((await request('GET', `/api/segments/${ids[0]}/lqa`, fixture.reviewer.token)).body.items).toEqual([]);
    expect((await request('DELETE', `/api/lqa/${created.body.id}`, fixture.coordinator.token)).body.error).toBe('not_found');
  });

  test('only reviewers and coordinators annotate or remove annotations: 403 lqa_annotator_only', async () => {
    const { ids } = await confirmedDocument();
    for (const person of [fixture.translator, fixture.editor]) {
      const refused = await annotate(ids[0], { category: 'accuracy', severity: 'minor' }, person.token, 'pl');
      expect([refused.status, refused.body.error, refused.body.message]).toEqual([403, 'lqa_annotator_only', 'Błędy mogą oznaczać tylko weryfikatorzy i koordynatorzy projektu.']);
    }
    expect((await annotate(ids[0], { category: 'accuracy', severity: 'minor' }, fixture.coordinator.token)).status).toBe(201);
    const created = await annotate(ids[1], { category: 'accuracy', severity: 'minor' });
    expect((await request('DELETE', `/api/lqa/${created.body.id}`, fixture.translator.token)).body.error).toBe('lqa_annotator_only');
    expect((await annotate(ids[0], { category: 'accuracy', severity: 'minor' }, fixture.outsider.token)).status).toBe(404);
  });

  test('bad annotations are 4xx with stable codes', async () => {
    const { documentId, ids } = await confirmedDocument();
    const draftDocument = await submit(fixture, `${MEETING}\n`);
    const [fresh] = await segmentsOf(fixture, draftDocument);
    const cases: [string, unknown, number, string][] = [
      [fresh.id, { category: 'accuracy', severity: 'minor' }, 409, 'lqa_segment_not_annotatable'],
      [ids[0], { category: 'fluency', severity: 'minor' }, 400, 'lqa_unknown_category'],
      [ids[0], { category: 'accuracy', severity: 'fatal' }, 400, 'invalid_input'],
      [ids[0], { category: 'accuracy', severity: 'minor', span: { start: 3, end: 3 } }, 400, 'lqa_span_out_of_range'],
      [ids[0], { category: 'accuracy', severity: 'minor', span: { start: 0, end: 36 } }, 400, 'lqa_span_out_of_range'],
      [ids[0], { category: 'accuracy', severity: 'minor', author: 'x' }, 400, 'invalid_input'],
      ['missing', { category: 'accuracy', severity: 'minor' }, 404, 'not_found'],
    ];
    for (const [segmentId, body, status, code] of cases) {
      const refused = await annotate(segmentId, body);
      expect([JSON.stringify(body), refused.status, refused.body.error]).toEqual([JSON.stringify(body), status, code]);
    }
    expect(await fixture.app.store.lqaAnnotations.listByDocuments([documentId])).toEqual([]);
  });

  test('a coordinator changes weights and threshold; weights must be finite and non-negative', async () => {
    const { documentId, ids } = await confirmedDocument();
    await annotate(ids[0], { category: 'accuracy', severity: 'major' });
    const settings = (lqa: unknown, token = fixture.coordinator.token) => request('PATCH', `/api/projects/${fixture.projectId}/settings`, token, { lqa });

    for (const bad of [{ weights: { major: -1 } }, { weights: { minor: '1e999' } }, { threshold: -3 }, { weights: { severe: 3 } }]) {
      const refused = await settings(bad);
      expect([JSON.stringify(bad), refused.status, refused.body.error]).toEqual([JSON.stringify(bad), 400, 'invalid_input']);
    }
    expect((await settings({ disabledCategories: ['fluency'] })).body.error).toBe('invalid_lqa_settings');
    expect((await settings({ threshold: 100 }, fixture.reviewer.token)).status).toBe(403);

    const changed = await settings({ weights: { major: 2 }, threshold: 200, disabledCategories: ['style'] });
    expect([changed.status, changed.body.settings.lqa]).toEqual([200, { typology: 'mqm_core', disabledCategories: ['style'], weights: { neutral: 0, minor: 1, major: 2, critical: 25 }, threshold: 200 }]);
    const lqa = await request('GET', `/api/projects/${fixture.projectId}/lqa`, fixture.reviewer.token);
    expect(lqa.body.categories.some((c: { id: string }) => c.id.startsWith('style'))).toBe(false);
    expect(lqa.body.typology).toEqual({ id: 'mqm_core', name: 'MQM Core' });
    expect((await annotate(ids[1], { category: 'style/awkward', severity: 'minor' })).body.error).toBe('lqa_unknown_category');

    // Two confirmed, not yet reviewed segments: only the annotated one (5 Polish words) is evaluated.
    const report = await request('GET', `/api/documents/${documentId}/quality`, fixture.coordinator.token);
    expect(report.body.score).toEqual({ penaltyPoints: 2, evaluatedWords: 5, penaltyPer1000: 400, qualityScore: 60, threshold: 200, passed: false });
  });

  test('segments written from scratch are stored with origin empty and distance 1; the project aggregates by month and translator', async () => {
    const { documentId, ids } = await confirmedDocument();
    const records = await fixture.app.store.postEdits.listByDocuments([documentId]);
    expect(records.map((r) => [r.segmentId, r.stage, r.origin, r.band, r.distance, r.ratio, r.translatorId])).toEqual([
      [ids[0], 'confirm', 'empty', null, MEETING_PL.length, 1, fixture.translator.id],
      [ids[1], 'confirm', 'empty', null, DEADLINE_PL.length, 1, fixture.translator.id],
    ]);

    const approved = await request('POST', `/api/segments/${ids[0]}/approve`, fixture.reviewer.token, {});
    expect(approved.status).toBe(200);
    const quality = await request('GET', `/api/projects/${fixture.projectId}/quality`, fixture.coordinator.token);
    expect(quality.status).toBe(200);
    const month = records[0].at.slice(0, 7);
    expect(quality.body.documents).toEqual([{ documentId, title: 'Pressemitteilung', score: { penaltyPoints: 0, evaluatedWords: 5, penaltyPer1000: 0, qualityScore: 100, threshold: 10, passed: true } }]);
    expect(quality.body.byMonth.map((m: { month: string }) => m.month)).toEqual([month]);
    expect(quality.body.postEdit.byOrigin).toEqual([{ key: 'empty', segments: 2, words: 12, averageRatio: 1, uneditedShare: 0, keptWords: 0 }]);
    expect(quality.body.postEdit.byTranslator.map((g: { key: string }) => g.key)).toEqual([fixture.translator.id]);
    expect(quality.body.names[fixture.translator.id]).toEqual(expect.any(String));
    expect((await request('GET', `/api/projects/${fixture.projectId}/quality`, fixture.outsider.token)).status).toBe(404);
  });
});
