// Assignments over HTTP: a coordinator assigns a document or a range of its segments to a translator and a
// reviewer with due dates; the checks an assignment passes; segments of someone else's range are read-only
// for translators unless the project allows otherwise; "My work" in the order to do it; the coordinator's
// overview of assignees and late steps.
import { movableClock, type MovableClock } from '../../support/clock';
import { segmentsOf, startWorkflow, submit, type Person, type WorkflowFixture } from '../../support/workflow';

const SIX = [
  'Die Stadt Görlitz lädt ein.',
  'Gefördert werden Begegnungen von Kindern.',
  'Die Sprache der Begegnung ist frei wählbar.',
  'Ein Eigenanteil ist erforderlich.',
  'Das Treffen beginnt am Nachmittag.',
  'Rückfragen beantwortet das Büro.',
].join('\n\n');


describe('assignments over HTTP', () => {
  let fixture: WorkflowFixture;
  let clock: MovableClock;
  let documentId: string;

  beforeEach(async () => {
    clock = movableClock('2026-05-04T08:00:00.000Z');
    fixture = await startWorkflow({ clock });
    documentId = await submit(fixture, SIX, { title: 'Förderaufruf' });
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const request = (who: Person, method: string, path: string, body?: unknown) => fixture.app.request(method, path, { token: who.token, body });
  const assign = (body: Record<string, unknown>, document = documentId, who = fixture.coordinator) => request(who, 'POST', `/api/documents/${document}/assignments`, body);

  test('a coordinator assigns a range; everyone who sees the document reads it with its progress; others may not assign', async () => {
    const { translator, reviewer, coordinator } = fixture;
    const created = await assign({ range: { first: 0, last: 2 }, translatorId: translator.id, reviewerId: reviewer.id, translationDue: '2026-05-08T17:00:00+02:00', reviewDue: '2026-05-12T17:00:00Z' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      documentId,
      range: { first: 0, last: 2 },
      translator: { id: translator.id },
      reviewer: { id: reviewer.id },
      translationDue: '2026-05-08T15:00:00.000Z',
      reviewDue: '2026-05-12T17:00:00.000Z',
      createdBy: coordinator.id,
      version: 1,
      late: { translation: false, review: false },
    });
    const words = (await segmentsOf(fixture, documentId)).slice(0, 3).reduce((sum, s) => sum + (s as unknown as { wordCount: number }).wordCount, 0);
    expect(created.body.progress.translation).toEqual({ segments: { done: 0, total: 3 }, words: { done: 0, total: words }, complete: false });

    const listed = await request(translator, 'GET', `/api/documents/${documentId}/assignments`);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    expect((await request(fixture.outsider, 'GET', `/api/documents/${documentId}/assignments`)).status).toBe(404);

    const byTranslator = await assign({ range: { first: 3, last: 5 }, translatorId: translator.id }, documentId, translator);
    expect([byTranslator.status, byTranslator.body.error]).toEqual([403, 'forbidden']);
  });

  test.each([
    ['nobody assigned', 400, 'assignment_needs_assignee', {}],
    ['a range past the end', 400, 'invalid_range', { range: { first: 4, last: 6 }, translatorId: 'T' }],
    ['a range ending before it starts', 400, 'invalid_range', { range: { first: 3, last: 2 }, translatorId: 'T' }],
    ['a translator who is no member', 400, 'assignee_not_member', { translatorId: 'O' }],
    ['a reviewer without the reviewer role', 400, 'assignee_not_member', { reviewerId: 'T' }],
    ['an unknown person', 400, 'assignee_not_member', { translatorId: 'nobody' }],
    ['a due date without a time zone', 400, 'invalid_input', { translatorId: 'T', translationDue: '2026-05-08T17:00:00' }],
    ['an unknown field', 400, 'invalid_input', { translatorId: 'T', priority: 1 }],
  ])('assigning %s is %i %s', async (_what, status, code, body) => {
    const ids: Record<string, string> = { T: fixture.translator.id, O: fixture.outsider.id };
    const resolved = Object.fromEntries(Object.entries(body).map(([key, value]) => [key, typeof value === 'string' && ids[value] ? ids[value] : value]));
    const response = await assign(resolved);
    expect([response.status, response.body.error]).toEqual([status, code]);
  });

  test('two assignments of one document may not share a segment; a change may not make them', async () => {
    const first = await assign({ range: { first: 0, last: 2 }, translatorId: fixture.translator.id });
    const overlapping = await assign({ range: { first: 2, last: 4 }, translatorId: fixture.secondTranslator.id });
    expect([overlapping.status, overlapping.body.error]).toEqual([409, 'assignment_overlap']);
    const whole = await assign({ translatorId: fixture.secondTranslator.id });
    expect(whole.body.error).toBe('assignment_overlap');

    const second = await assign({ range: { first: 3, last: 5 }, translatorId: fixture.secondTranslator.id });
    expect(second.status).toBe(201);
    const widened = await request(fixture.coordinator, 'PATCH', `/api/assignments/${first.body.id}`, { range: { first: 0, last: 3 } });
    expect([widened.status, widened.body.error]).toEqual([409, 'assignment_overlap']);
  });

  test('a change based on an older version is 409 assignment_changed; delete removes an assignment', async () => {
    const created = await assign({ translatorId: fixture.translator.id });
    const changed = await request(fixture.coordinator, 'PATCH', `/api/assignments/${created.body.id}`, { reviewerId: fixture.reviewer.id, reviewDue: '2026-06-01T12:00:00Z', version: 1 });
    expect([changed.status, changed.body.version, changed.body.reviewer?.id, changed.body.reviewDue]).toEqual([200, 2, fixture.reviewer.id, '2026-06-01T12:00:00.000Z']);

    const stale = await request(fixture.coordinator, 'PATCH', `/api/assignments/${created.body.id}`, { translatorId: null, version: 1 });
    expect([stale.status, stale.body.error, stale.body.details]).toEqual([409, 'assignment_changed', { assignmentId: created.body.id, expectedVersion: 1, actualVersion: 2 }]);

    expect((await request(fixture.translator, 'DELETE', `/api/assignments/${created.body.id}`)).status).toBe(403);
    expect((await request(fixture.coordinator, 'DELETE', `/api/assignments/${created.body.id}`)).status).toBe(204);
    expect((await request(fixture.coordinator, 'DELETE', `/api/assignments/${created.body.id}`)).status).toBe(404);
    expect((await request(fixture.coordinator, 'PATCH', `/api/assignments/${created.body.id}`, { translatorId: null })).status).toBe(404);
  });

  test('segments of someone else’s range are read-only for translators, unless the project allows it; unassigned ones stay open', async () => {
    const { translator, secondTranslator, coordinator, reviewer } = fixture;
    await assign({ range: { first: 0, last: 2 }, translatorId: translator.id, reviewerId: reviewer.id });
    const segments = await segmentsOf(fixture, documentId);
    const edit = (who: Person, index: number, target: string) =>
      request(who, 'PATCH', `/api/segments/${segments[index].id}`, { target, version: segments[index].version });

    const refused = await edit(secondTranslator, 1, 'Wspierane są spotkania dzieci.');
    expect([refused.status, refused.body.error]).toEqual([403, 'outside_assignment']);
    expect((await edit(secondTranslator, 4, 'Spotkanie zaczyna się po południu.')).status).toBe(200);
    expect((await edit(translator, 0, 'Miasto Görlitz zaprasza.')).status).toBe(200);
    expect((await edit(coordinator, 2, 'Język spotkania jest dowolny.')).status).toBe(200);
    const confirm = await request(secondTranslator, 'POST', `/api/segments/${segments[0].id}/confirm`, {});
    expect([confirm.status, confirm.body.error]).toEqual([403, 'outside_assignment']);

    const settings = await request(coordinator, 'PATCH', `/api/projects/${fixture.projectId}/settings`, { allowEditOutsideAssignment: true });
    expect(settings.body.settings).toEqual({ formality: 'default', allowSelfApproval: false, allowEditOutsideAssignment: true });
    expect((await edit(secondTranslator, 1, 'Wspierane są spotkania dzieci.')).status).toBe(200);
  });

  test('"My work" lists my steps, late first, then by due date, then in document order, with progress', async () => {
    const { translator, reviewer } = fixture;
    const later = await submit(fixture, 'Ein zweites Dokument.\n\nMit zwei Sätzen.', { title: 'Zweites' });
    await assign({ range: { first: 3, last: 5 }, translatorId: translator.id, translationDue: '2026-05-20T12:00:00Z' });
    await assign({ range: { first: 0, last: 2 }, translatorId: translator.id, reviewerId: reviewer.id, translationDue: '2026-05-10T12:00:00Z', reviewDue: '2026-05-05T12:00:00Z' });
    await assign({ translatorId: translator.id }, later);

    // Translate the first segment: progress 1 of 3 there.
    const [first] = await segmentsOf(fixture, documentId);
    await request(translator, 'PATCH', `/api/segments/${first.id}`, { target: 'Miasto Görlitz zaprasza.', version: first.version });
    await request(translator, 'POST', `/api/segments/${first.id}/confirm`, {});

    const work = await request(translator, 'GET', '/api/me/work');
    expect(work.status).toBe(200);
    expect(work.body.items.map((item: { document: { title: string }; range: unknown; step: string; due: string | null; late: boolean }) => [item.document.title, item.range, item.step, item.due, item.late])).toEqual([
      ['Förderaufruf', { first: 0, last: 2 }, 'translation', '2026-05-10T12:00:00.000Z', false],
      ['Förderaufruf', { first: 3, last: 5 }, 'translation', '2026-05-20T12:00:00.000Z', false],
      ['Zweites', null, 'translation', null, false],
    ]);
    expect(work.body.items[0].progress.segments).toEqual({ done: 1, total: 3 });

    // Past the review's due date the reviewer's step is late and comes first for them; nothing else is theirs.
    clock.set('2026-05-06T00:00:00.000Z');
    const review = await request(reviewer, 'GET', '/api/me/work');
    expect(review.body.items.map((item: { step: string; late: boolean }) => [item.step, item.late])).toEqual([['review', true]]);
    expect((await request(fixture.secondTranslator, 'GET', '/api/me/work')).body.items).toEqual([]);
  });

  test('the overview shows progress per assignee and every late step', async () => {
    const { translator, reviewer, coordinator } = fixture;
    const created = await assign({ range: { first: 0, last: 1 }, translatorId: translator.id, reviewerId: reviewer.id, translationDue: '2026-05-05T00:00:00Z' });
    clock.set('2026-05-06T00:00:00.000Z');

    const overview = await request(coordinator, 'GET', '/api/overview/assignments');
    expect(overview.status).toBe(200);
    expect(overview.body.people.map((p: { user: { id: string }; translation: { assigned: number }; review: { assigned: number }; lateSteps: number }) => [p.user.id, p.translation.assigned, p.review.assigned, p.lateSteps])).toEqual(
      // By name: the fixture's translator ("Test User 3") before its reviewer ("Test User 5").
      [
        [translator.id, 1, 0, 1],
        [reviewer.id, 0, 1, 0],
      ],
    );
    expect(overview.body.late).toEqual([
      {
        assignmentId: created.body.id,
        document: { id: documentId, title: 'Förderaufruf' },
        range: { first: 0, last: 1 },
        step: 'translation',
        assignee: { id: translator.id, name: expect.any(String) },
        due: '2026-05-05T00:00:00.000Z',
        progress: { segments: { done: 0, total: 2 }, words: { done: 0, total: created.body.progress.translation.words.total }, complete: false },
      },
    ]);
    expect((await request(fixture.outsider, 'GET', '/api/overview/assignments')).body).toEqual({ people: [], late: [] });
  });
});
