// Issue 13, "done when": on the Smart Integration press release, DeepL proposes, a translator post-edits
// and confirms, a reviewer annotates three errors and approves, and the coordinator downloads the LQA
// report (JSON, HTML page, PDF) with the MQM score and the post-edit distance of DeepL's proposals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type SegmentJson, type WorkflowFixture } from '../../support/workflow';

const PRESS_RELEASE = readFileSync(path.join(__dirname, '../../fixtures/segmentation/smart-integration.md'), 'utf8');

/** DeepL's "Polish": the German with a marker, so the QA checks find numbers and names in place. */
const proposal = (text: string): string => `PL ${text}`;

describe('LQA on the Smart Integration press release', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl({ translate: proposal });
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  const request = (method: string, url: string, token: string, body?: unknown, lang = 'en') =>
    fixture.app.request(method, url, { token, body, headers: { 'accept-language': lang } });

  /**
   * Submits, translates with DeepL, and has the translator confirm every proposal: the first three edited,
   * the rest as proposed. A twin that received its text from a confirmed sentence is left as it is.
   */
  async function translated(): Promise<{ documentId: string; confirmedIds: string[] }> {
    const documentId = await submit(fixture, PRESS_RELEASE, { format: 'markdown', title: 'Smart Integration' });
    await runMt(fixture, documentId);
    const drafts = (await segmentsOf(fixture, documentId)).filter((segment) => segment.state === 'draft');
    expect(drafts.length).toBeGreaterThan(6);
    const confirmedIds: string[] = [];
    for (const draft of drafts) {
      const segment = (await request('GET', `/api/segments/${draft.id}`, fixture.translator.token)).body as SegmentJson;
      if (segment.state !== 'draft') continue;
      let version = segment.version;
      if (confirmedIds.length < 3) {
        // Four characters changed in one save: "PL " removed, a final "!" added.
        const saved = await request('PATCH', `/api/segments/${segment.id}`, fixture.translator.token, { target: `${segment.target!.slice(3)}!`, version });
        expect(saved.status).toBe(200);
        version = saved.body.version;
      }
      const confirmed = await request('POST', `/api/segments/${segment.id}/confirm`, fixture.translator.token, { version, overrideQa: { reason: 'Testtext' } });
      expect([segment.index, confirmed.status]).toEqual([segment.index, 200]);
      confirmedIds.push(segment.id);
    }
    return { documentId, confirmedIds };
  }

  test('three annotations, approval, and the report with the MQM score and DeepL’s post-edit distance', async () => {
    const { documentId, confirmedIds } = await translated();
    const translatedSegments = (await segmentsOf(fixture, documentId)).filter((segment) => segment.state === 'translated');
    const [first, second, third] = translatedSegments.filter((segment) => confirmedIds.slice(0, 3).includes(segment.id));

    const annotations = [
      { segment: first, body: { category: 'accuracy/mistranslation', severity: 'major', comment: 'Ort verwechselt', span: { start: 0, end: 5 } } },
      { segment: second, body: { category: 'linguistic_conventions/spelling', severity: 'minor' } },
      { segment: third, body: { category: 'terminology/wrong_term', severity: 'critical', comment: 'Glossar: Projektteam' } },
    ];
    for (const { segment, body } of annotations) {
      const created = await request('POST', `/api/segments/${segment.id}/lqa`, fixture.reviewer.token, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ segmentId: segment.id, documentId, category: body.category, severity: body.severity, comment: body.comment ?? null, span: body.span ?? null, authorId: fixture.reviewer.id });
    }
    const approved = await request('POST', `/api/documents/${documentId}/approve`, fixture.reviewer.token, {});
    expect([approved.status, approved.body]).toEqual([200, { approved: translatedSegments.length, skipped: [] }]);

    const report = await request('GET', `/api/documents/${documentId}/quality`, fixture.coordinator.token);
    expect(report.status).toBe(200);
    // 31 points (major 5 + minor 1 + critical 25) on 295 Polish words of the 13 approved segments (the
    // Polish passage is locked, not evaluated): 105.08 per 1,000 words, far above the threshold of 10.
    expect(report.body.score).toEqual({ penaltyPoints: 31, evaluatedWords: 295, penaltyPer1000: 105.08, qualityScore: 89.49, threshold: 10, passed: false });
    expect(report.body.evaluatedSegments).toBe(translatedSegments.length);
    expect(report.body.bySeverity).toEqual({ neutral: 0, minor: 1, major: 1, critical: 1 });
    expect(report.body.byCategory.map((c: { category: string; total: number; penaltyPoints: number }) => [c.category, c.total, c.penaltyPoints])).toEqual([
      ['terminology', 1, 25],
      ['accuracy', 1, 5],
      ['linguistic_conventions', 1, 1],
    ]);
    expect(report.body.segments.map((s: { segmentId: string }) => s.segmentId)).toEqual([first.id, second.id, third.id]);
    expect(report.body.byTranslator).toEqual([{ translatorId: fixture.translator.id, name: expect.any(String), score: report.body.score }]);

    // DeepL proposed every segment; the three edited ones (and any twin that took their text) changed by
    // four characters, the rest were accepted as proposed.
    const records = await fixture.app.store.postEdits.listByDocuments([documentId]);
    expect(records.filter((r) => r.stage === 'confirm').map((r) => r.segmentId).sort()).toEqual([...confirmedIds].sort());
    expect(records.filter((r) => r.stage === 'approve')).toHaveLength(translatedSegments.length);
    const edited = records.filter((r) => r.stage === 'approve' && r.distance > 0);
    expect(edited.map((r) => [r.segmentId, r.origin, r.distance])).toEqual(expect.arrayContaining([first, second, third].map((s) => [s.id, 'mt', 4])));
    expect(new Set(edited.map((r) => r.distance))).toEqual(new Set([4]));
    const n = translatedSegments.length;
    expect(report.body.postEdit.byOrigin.map((g: { key: string; segments: number; uneditedShare: number }) => [g.key, g.segments, g.uneditedShare])).toEqual([
      ['mt', n, Math.round(((n - edited.length) / n) * 100) / 100],
    ]);

    const html = await fixture.app.request('GET', `/api/documents/${documentId}/quality/report.html?lang=pl`, { token: fixture.coordinator.token });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html.text).toContain('<h1>Raport jakości: Smart Integration</h1>');
    expect(html.text).toContain('<th scope="row">Wynik</th><td class="fail">Niezaliczony</td>');
    expect(html.text).toContain('Dokładność / Błędne tłumaczenie (poważny)');
    expect(html.text).toContain('<tr data-origin="mt"><th scope="row">DeepL</th>');

    const pdf = await fixture.app.request('GET', `/api/documents/${documentId}/quality/report.pdf?lang=de`, { token: fixture.coordinator.token });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('Qualitätsbericht – Smart Integration.pdf')}`);
    expect(pdf.text.slice(0, 5)).toBe('%PDF-');

    // The annotations travel with the working files as notes, in the reader's language.
    for (const format of ['xliff12', 'xliff20']) {
      const xliff = await fixture.app.request('GET', `/api/documents/${documentId}/export?format=${format}`, { token: fixture.coordinator.token, headers: { 'accept-language': 'pl' } });
      expect(xliff.status).toBe(200);
      expect(xliff.text.match(/>MQM /g)).toHaveLength(3);
      expect(xliff.text).toContain('MQM Dokładność / Błędne tłumaczenie (poważny)');
      expect(xliff.text).toContain(': Glossar: Projektteam</note>');
    }
    const table = await fixture.app.request('GET', `/api/documents/${documentId}/export?format=bilingual&as=html`, { token: fixture.coordinator.token, headers: { 'accept-language': 'pl' } });
    expect(table.text).toContain('Glossar: Projektteam');
  });
});
