// Source revisions over HTTP: the Smart Integration press release, translated and partly approved, gets a
// second German version (the meeting moved to 31 January and 1 February 2019, one sentence removed, one
// added). Fixtures: tests/fixtures/revisions.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fixtureBytes, postForm } from '../../support/upload';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type SegmentJson, type WorkflowFixture } from '../../support/workflow';

const fixtureText = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/revisions', name), 'utf8');
const FIRST = fixtureText('smart-integration.md');
const SECOND = fixtureText('smart-integration-2.md');

const MEETING_BEFORE = 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams „Smart Integration“ statt';
const MEETING_AFTER = 'Am 31. Januar und 1. Februar 2019 fand in Dresden das 4. Treffen des Projektteams „Smart Integration“ statt';
const REMOVED = 'Bei den drei Projektpartnern bestand hierbei Einigkeit';
const ADDED = 'Die Ergebnisse der Grenzraumstudie werden im Herbst 2019 in Breslau vorgestellt.';

/** A Polish stand-in that keeps every number and placeholder of the German source. */
const polishFor = (source: string) => `[pl] ${source}`;

describe('source revisions over HTTP', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl({ translate: (text) => `PL: ${text}` });
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  /** Translates and confirms every open segment (twins fill themselves), then approves all but the meeting and the last two. */
  async function translateAndPartlyApprove(documentId: string): Promise<SegmentJson[]> {
    const { app, translator, reviewer } = fixture;
    for (const { id } of await segmentsOf(fixture, documentId)) {
      const segment = (await app.request('GET', `/api/segments/${id}`, { token: translator.token })).body as SegmentJson;
      if (segment.state !== 'new' && segment.state !== 'draft') continue;
      const edited = await app.request('PATCH', `/api/segments/${id}`, { token: translator.token, body: { target: polishFor(segment.source), version: segment.version } });
      expect(edited.status).toBe(200);
      // The stand-in keeps German dates, which the numbers check wants in Polish form.
      const confirmed = await app.request('POST', `/api/segments/${id}/confirm`, { token: translator.token, body: { overrideQa: { reason: 'Platzhaltertext im Test' } } });
      expect(confirmed.status).toBe(200);
    }
    const segments = await segmentsOf(fixture, documentId);
    for (const segment of segments) {
      if (segment.state !== 'translated' || segment.source.startsWith(MEETING_BEFORE) || segment.index >= segments.length - 2) continue;
      const fresh = (await app.request('GET', `/api/segments/${segment.id}`, { token: reviewer.token })).body as SegmentJson;
      if (fresh.state === 'translated') expect((await app.request('POST', `/api/segments/${segment.id}/approve`, { token: reviewer.token })).status).toBe(200);
    }
    return segmentsOf(fixture, documentId);
  }

  const revise = (documentId: string, content: string, token = fixture.editor.token, format = 'markdown') =>
    fixture.app.request('POST', `/api/documents/${documentId}/revisions`, { token, body: { format, content } });

  test('every unchanged segment keeps its work; the changed one goes back to draft with its old target and a source_revised event', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown', title: 'Smart Integration' });
    const before = await translateAndPartlyApprove(documentId);
    expect(before.map((s) => s.state)).toEqual([
      'approved', 'locked', 'approved', 'approved', 'translated', 'approved', 'approved', 'approved',
      'approved', 'locked', 'approved', 'approved', 'approved', 'translated', 'translated',
    ]);

    const response = await revise(documentId, SECOND);

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      number: 2,
      kind: 'revision',
      documentId,
      format: 'markdown',
      counts: { unchanged: 13, changed: 1, new: 1, removed: 1 },
      segmentCount: 15,
      createdBy: { id: fixture.editor.id },
    });
    const meeting = before[4];
    const removed = before[7];
    expect(response.body.changed).toEqual([
      { segmentId: meeting.id, index: 4, previousSource: meeting.source, source: meeting.source.replace('Am 30. und 31. Januar 2019', 'Am 31. Januar und 1. Februar 2019'), previousState: 'translated' },
    ]);
    expect(response.body.removed).toEqual([{ segmentId: removed.id, index: 7, source: removed.source, target: polishFor(removed.source), state: 'approved' }]);

    const after = await segmentsOf(fixture, documentId);
    // The meeting sentence had a translation: its words are the ones to look at again.
    expect(response.body.wordsToReview).toBe((after[4] as SegmentJson & { wordCount: number }).wordCount);
    expect(after).toHaveLength(15);
    // Unchanged: same id, target, state and version, only the index follows the new order.
    const keptBefore = before.filter((s) => s.id !== meeting.id && s.id !== removed.id);
    const keptAfter = after.filter((s) => s.id !== meeting.id && s.index !== 14);
    expect(keptAfter.map((s) => [s.id, s.target, s.state, s.version])).toEqual(keptBefore.map((s) => [s.id, s.target, s.state, s.version]));
    // Changed: the same segment, the new German, the old Polish as a draft to confirm again.
    expect(after[4]).toMatchObject({ id: meeting.id, state: 'draft', target: polishFor(meeting.source), mtTarget: null, version: meeting.version + 1 });
    expect(after[4].source.startsWith(MEETING_AFTER)).toBe(true);
    // New: nothing in the memory for it, so it waits for a translation.
    expect(after[14]).toMatchObject({ index: 14, source: ADDED, state: 'new', target: null });
    expect(after.some((s) => s.source.startsWith(REMOVED))).toBe(false);

    const history = await fixture.app.request('GET', `/api/segments/${meeting.id}/history`, { token: fixture.reviewer.token });
    expect(history.body.items.at(-1)).toMatchObject({
      action: 'source_revised',
      actorId: fixture.editor.id,
      fromState: 'translated',
      toState: 'draft',
      fromTarget: polishFor(meeting.source),
      toTarget: polishFor(meeting.source),
      fromSource: meeting.source,
      toSource: after[4].source,
      note: 'revision 2',
    });
  });

  test('a removed segment stays readable in its history, and its approved pair stays in the memory', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown' });
    const before = await translateAndPartlyApprove(documentId);
    const removed = before[7];

    expect((await revise(documentId, SECOND)).status).toBe(201);

    const history = await fixture.app.request('GET', `/api/segments/${removed.id}/history`, { token: fixture.translator.token });
    expect(history.status).toBe(200);
    expect(history.body.items.map((entry: { action: string }) => entry.action)).toEqual(['created', 'edit', 'confirm', 'approve', 'removed']);
    expect(history.body.items.at(-1)).toMatchObject({ fromState: 'approved', toState: 'approved', note: 'revision 2', actorId: fixture.editor.id });
    expect((await fixture.app.request('GET', `/api/segments/${removed.id}`, { token: fixture.translator.token })).status).toBe(404);
    const units = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/tm/units?limit=100`, { token: fixture.translator.token });
    expect(units.body.items).toContainEqual(expect.objectContaining({ source: removed.source, target: polishFor(removed.source) }));
  });

  test('the document is at revision 2, exports the new version and counts its segments; the timeline says who did what', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown' });
    await translateAndPartlyApprove(documentId);
    await revise(documentId, SECOND);

    const status = await fixture.app.request('GET', `/api/documents/${documentId}`, { token: fixture.coordinator.token });
    expect(status.body).toMatchObject({ revision: 2, segmentCount: 15, total: { segments: 15 } });
    expect(status.body.byState).toMatchObject({ new: { segments: 1 }, draft: { segments: 1 }, approved: { segments: 9 }, translated: { segments: 2 }, locked: { segments: 2 } });

    const exported = await fixture.app.request('GET', `/api/documents/${documentId}/export?allowUnapproved=true`, { token: fixture.coordinator.token });
    expect(exported.status).toBe(200);
    expect(exported.text).toContain(ADDED); // no target yet: the German stands in
    expect(exported.text).not.toContain(REMOVED);
    expect(exported.text.split('\n').length).toBe(SECOND.split('\n').length);

    const timeline = await fixture.app.request('GET', `/api/documents/${documentId}/revisions`, { token: fixture.translator.token });
    expect(timeline.status).toBe(200);
    expect(timeline.body.revision).toBe(2);
    expect(timeline.body.items.map((item: { number: number; kind: string; createdBy: { id: string } }) => [item.number, item.kind, item.createdBy.id])).toEqual([
      [1, 'submission', fixture.editor.id],
      [2, 'revision', fixture.editor.id],
    ]);
    expect(timeline.body.items[1]).toMatchObject({ counts: { unchanged: 13, changed: 1, new: 1, removed: 1 }, newWords: 11, createdBy: { name: expect.stringMatching(/^Test User/) } });
  });

  test('the people who worked on the document hear of the revision in their notifications; the editor who revised it does not', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown', title: 'Smart Integration' });
    await translateAndPartlyApprove(documentId);
    await revise(documentId, SECOND);

    const kinds = async (token: string) =>
      ((await fixture.app.request('GET', '/api/notifications', { token })).body.items as { kind: string; document: { id: string } | null; params: Record<string, unknown> }[])
        .filter((item) => item.kind === 'revision')
        .map((item) => [item.document?.id, item.params.revision, item.params.changedSegments, item.params.newSegments]);
    expect(await kinds(fixture.translator.token)).toEqual([[documentId, 2, 1, 1]]);
    expect(await kinds(fixture.reviewer.token)).toEqual([[documentId, 2, 1, 1]]);
    expect(await kinds(fixture.editor.token)).toEqual([]);
  });

  test('comments travel with their segment through a revision: on the changed sentence and on an unchanged one', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown', title: 'Smart Integration' });
    const before = await segmentsOf(fixture, documentId);
    const meeting = before.find((segment) => segment.source.startsWith(MEETING_BEFORE))!;
    const unchanged = before.find((segment) => !segment.source.startsWith(MEETING_BEFORE) && segment.source !== '' && !segment.source.startsWith(REMOVED))!;
    for (const [segment, text] of [[meeting, 'Datum prüfen'], [unchanged, 'Titel so lassen?']] as const) {
      const posted = await fixture.app.request('POST', `/api/segments/${segment.id}/comments`, { token: fixture.translator.token, body: { text } });
      expect(posted.status).toBe(201);
    }

    expect((await revise(documentId, SECOND)).status).toBe(201);

    const after = await segmentsOf(fixture, documentId);
    expect(after.find((segment) => segment.id === meeting.id)?.source.startsWith(MEETING_AFTER)).toBe(true);
    for (const [segment, text] of [[meeting, 'Datum prüfen'], [unchanged, 'Titel so lassen?']] as const) {
      const thread = await fixture.app.request('GET', `/api/segments/${segment.id}/comments`, { token: fixture.reviewer.token });
      expect(thread.body.items.map((comment: { text: string }) => comment.text)).toEqual([text]);
    }
  });

  test('machine translation after a revision translates the new segment only', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown' });
    await translateAndPartlyApprove(documentId);
    await revise(documentId, SECOND);

    const job = await runMt(fixture, documentId);

    expect(job).toMatchObject({ status: 'done', total: 1, done: 1 });
    expect(deepl.stats.texts).toEqual([ADDED]);
  });

  test('a new sentence the memory knows is filled from it, as on submission', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown' });
    await translateAndPartlyApprove(documentId);
    // The removed sentence comes back in a third version, between its old neighbours: an in-context match.
    await revise(documentId, SECOND);
    const third = await revise(documentId, FIRST);

    expect(third.body).toMatchObject({ number: 3, counts: { changed: 1, new: 1, removed: 1 }, analysis: { '101': { segments: 1 }, '100': { segments: 0 } } });
    const back = (await segmentsOf(fixture, documentId)).find((s) => s.source.startsWith(REMOVED))!;
    expect(back).toMatchObject({ state: 'translated', origin: 'tm', target: expect.stringContaining('[pl] Bei den drei Projektpartnern') });
  });

  test('the preview reports what the revision would do and stores nothing', async () => {
    const documentId = await submit(fixture, FIRST, { format: 'markdown' });

    const preview = await fixture.app.request('POST', `/api/documents/${documentId}/revisions/preview`, { token: fixture.editor.token, body: { format: 'markdown', content: SECOND } });

    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ counts: { unchanged: 13, changed: 1, new: 1, removed: 1 }, segmentCount: 15, wordsToReview: 0 });
    expect(preview.body.changed).toEqual([{ index: 4, previousSource: expect.stringContaining('Am 30. und 31.'), source: expect.stringContaining('Am 31. Januar und 1. Februar') }]);
    expect(preview.body.added).toEqual([{ index: 14, source: ADDED }]);
    expect(preview.body.removed).toEqual([{ index: 7, source: expect.stringContaining(REMOVED) }]);
    expect((await fixture.app.request('GET', `/api/documents/${documentId}`, { token: fixture.editor.token })).body.revision).toBe(1);
  });

  describe('bad input and rules', () => {
    test('a version in another format than the document is 400 revision_format_mismatch', async () => {
      const documentId = await submit(fixture, FIRST, { format: 'markdown' });

      const response = await revise(documentId, SECOND, fixture.editor.token, 'text');

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: 'revision_format_mismatch', details: { format: 'markdown' } });
    });

    test('an unknown document is 404, a document of another project too', async () => {
      const unknown = await revise('document-unknown', SECOND);
      expect([unknown.status, unknown.body.error]).toEqual([404, 'not_found']);

      const documentId = await submit(fixture, FIRST, { format: 'markdown' });
      const outsider = await revise(documentId, SECOND, fixture.outsider.token);
      expect([outsider.status, outsider.body.error]).toEqual([404, 'not_found']);
    });

    test('translators and reviewers may not revise: 403', async () => {
      const documentId = await submit(fixture, FIRST, { format: 'markdown' });

      expect((await revise(documentId, SECOND, fixture.translator.token)).status).toBe(403);
      expect((await revise(documentId, SECOND, fixture.reviewer.token)).status).toBe(403);
    });

    test('an empty version, an unknown format and unknown fields are 400 with stable codes', async () => {
      const documentId = await submit(fixture, FIRST, { format: 'markdown' });

      expect((await revise(documentId, '  \n')).body.error).toBe('empty_document');
      expect((await revise(documentId, SECOND, fixture.editor.token, 'pdf')).body.error).toBe('invalid_input');
      const extra = await fixture.app.request('POST', `/api/documents/${documentId}/revisions`, {
        token: fixture.editor.token,
        body: { format: 'markdown', content: SECOND, title: 'Neu' },
      });
      expect([extra.status, extra.body.error]).toEqual([400, 'invalid_input']);
      expect((await fixture.app.request('GET', `/api/documents/${documentId}/revisions`, { token: fixture.editor.token })).body.items).toHaveLength(1);
    });
  });
});

describe('source revisions of a Word document, uploaded as a file', () => {
  let fixture: WorkflowFixture;
  beforeAll(async () => {
    fixture = await startWorkflow();
  });
  afterAll(async () => fixture.app.close());

  /** The Smart Integration press release as DOCX with its meeting moved: the same file, one text changed. */
  function movedMeeting(bytes: Uint8Array): Uint8Array {
    const files = unzipSync(bytes);
    const xml = strFromU8(files['word/document.xml']);
    expect(xml).toContain('Am 30. und 31. Januar 2019');
    files['word/document.xml'] = strToU8(xml.replace('Am 30. und 31. Januar 2019', 'Am 31. Januar und 1. Februar 2019'));
    return zipSync(files);
  }

  test('the new version is detected as DOCX and revises the document: one changed sentence, the rest unchanged; a file of another format is refused', async () => {
    const original = fixtureBytes('docx/smart-integration.docx');
    const submitted = await postForm(fixture.app, `/api/projects/${fixture.projectId}/documents`, fixture.editor.token, { files: [{ name: 'smart-integration.docx', bytes: original }] });
    expect(submitted.status).toBe(201);
    const documentId = submitted.body.id as string;
    const before = await segmentsOf(fixture, documentId);

    const preview = await postForm(fixture.app, `/api/documents/${documentId}/revisions/preview`, fixture.editor.token, { files: [{ name: 'smart-integration-2.docx', bytes: movedMeeting(original) }] });
    expect([preview.status, preview.body.counts]).toEqual([200, { unchanged: before.length - 1, changed: 1, new: 0, removed: 0 }]);

    const revised = await postForm(fixture.app, `/api/documents/${documentId}/revisions`, fixture.editor.token, { files: [{ name: 'smart-integration-2.docx', bytes: movedMeeting(original) }] });
    expect([revised.status, revised.body.number, revised.body.counts]).toEqual([201, 2, { unchanged: before.length - 1, changed: 1, new: 0, removed: 0 }]);
    const after = await segmentsOf(fixture, documentId);
    expect(after.filter((segment) => segment.source.startsWith('Am 31. Januar und 1. Februar 2019')).map((segment) => segment.id)).toEqual(
      before.filter((segment) => segment.source.startsWith('Am 30. und 31. Januar 2019')).map((segment) => segment.id),
    );

    const html = await postForm(fixture.app, `/api/documents/${documentId}/revisions`, fixture.editor.token, { files: [{ name: 'pressemitteilung.html', bytes: fixtureBytes('html/smart-integration.html') }] });
    expect([html.status, html.body.error]).toEqual([400, 'revision_format_mismatch']);
  });
});
