// The notifications no request triggers directly: steps past their due date (a periodic check, told once
// per step and due date however often it runs), and a revised document (the hook the source-revision
// command calls). Time comes from a clock the test moves.
import { notifyDocumentRevised } from '../../../server/commands/notifications/documentRevised';
import { notifyOverdueSteps, OverdueWatcher } from '../../../server/commands/notifications/overdue';
import { movableClock, type MovableClock } from '../../support/clock';
import { segmentsOf, startWorkflow, submit, type Person, type WorkflowFixture } from '../../support/workflow';


describe('overdue steps and revised documents', () => {
  let fixture: WorkflowFixture;
  let clock: MovableClock;
  let documentId: string;

  beforeEach(async () => {
    clock = movableClock('2026-05-04T08:00:00.000Z');
    fixture = await startWorkflow({ clock });
    documentId = await submit(fixture, 'Die Stadt Görlitz lädt ein.\n\nGefördert werden Begegnungen.\n', { title: 'Einladung' });
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const request = (who: Person, method: string, path: string, body?: unknown) => fixture.app.request(method, path, { token: who.token, body });
  const notificationsOf = async (who: Person) => (await request(who, 'GET', '/api/notifications')).body.items as { kind: string; params: Record<string, unknown> }[];

  test('a late step is told to its assignee once per step and due date; a complete or undated step never', async () => {
    const { coordinator, translator, reviewer, secondTranslator } = fixture;
    const late = await request(coordinator, 'POST', `/api/documents/${documentId}/assignments`, {
      range: { first: 0, last: 0 },
      translatorId: translator.id,
      reviewerId: reviewer.id,
      translationDue: '2026-05-05T12:00:00Z',
      reviewDue: '2026-05-06T12:00:00Z',
    });
    await request(coordinator, 'POST', `/api/documents/${documentId}/assignments`, { range: { first: 1, last: 1 }, translatorId: secondTranslator.id });
    expect(await notifyOverdueSteps(fixture.app.deps)).toEqual([]);

    clock.set('2026-05-05T13:00:00.000Z');
    const first = await notifyOverdueSteps(fixture.app.deps);
    expect(first.map((n) => [n.userId, n.kind, n.params.step, n.dedupeKey])).toEqual([
      [translator.id, 'overdue', 'translation', `overdue:${late.body.id}:translation:2026-05-05T12:00:00.000Z`],
    ]);
    expect(await notifyOverdueSteps(fixture.app.deps)).toEqual([]);

    // The translator finishes; the review is late next day, the translation is not told again.
    const [segment] = await segmentsOf(fixture, documentId);
    await request(translator, 'PATCH', `/api/segments/${segment.id}`, { target: 'Miasto Görlitz zaprasza.', version: segment.version });
    await request(translator, 'POST', `/api/segments/${segment.id}/confirm`, {});
    clock.set('2026-05-07T00:00:00.000Z');
    expect((await notifyOverdueSteps(fixture.app.deps)).map((n) => [n.userId, n.params.step])).toEqual([[reviewer.id, 'review']]);

    // A new due date that passes is a new reminder.
    await request(coordinator, 'PATCH', `/api/assignments/${late.body.id}`, { reviewDue: '2026-05-08T00:00:00Z' });
    clock.set('2026-05-09T00:00:00.000Z');
    expect((await notifyOverdueSteps(fixture.app.deps)).map((n) => [n.userId, n.params.due])).toEqual([[reviewer.id, '2026-05-08T00:00:00.000Z']]);
    expect((await notificationsOf(reviewer)).map((n) => n.kind)).toEqual(['overdue', 'overdue', 'ready_for_review', 'assignment']);
  });

  test('the watcher checks on its interval and on demand, one check at a time', async () => {
    await request(fixture.coordinator, 'POST', `/api/documents/${documentId}/assignments`, { translatorId: fixture.translator.id, translationDue: '2026-05-04T09:00:00Z' });
    clock.set('2026-05-04T10:00:00.000Z');
    const errors: unknown[] = [];
    const watcher = new OverdueWatcher(fixture.app.deps, 0, (error) => errors.push(error));
    try {
      await Promise.all([watcher.check(), watcher.check(), watcher.check()]);
    } finally {
      watcher.stop();
    }
    expect(errors).toEqual([]);
    expect((await notificationsOf(fixture.translator)).map((n) => n.kind)).toEqual(['overdue', 'assignment']);
  });

  test('a revised document is told to its assignees and to whoever translated or reviewed it, not to the reviser', async () => {
    const { coordinator, translator, secondTranslator, reviewer, editor } = fixture;
    await request(coordinator, 'POST', `/api/documents/${documentId}/assignments`, { range: { first: 1, last: 1 }, reviewerId: reviewer.id });
    const [segment] = await segmentsOf(fixture, documentId);
    await request(secondTranslator, 'PATCH', `/api/segments/${segment.id}`, { target: 'Miasto Görlitz zaprasza.', version: segment.version });
    await request(secondTranslator, 'POST', `/api/segments/${segment.id}/confirm`, {});

    const sent = await notifyDocumentRevised(fixture.app.deps, { documentId, actorId: editor.id, params: { revision: 2 } });
    expect(sent.map((n) => n.userId).sort()).toEqual([reviewer.id, secondTranslator.id].sort());
    expect(sent[0]).toMatchObject({ kind: 'revision', actorId: editor.id, documentId, params: { documentTitle: 'Einladung', revision: 2 } });
    expect(await notificationsOf(translator)).toEqual([]);
    expect(await notifyDocumentRevised(fixture.app.deps, { documentId: 'unknown', actorId: null })).toEqual([]);
  });
});
