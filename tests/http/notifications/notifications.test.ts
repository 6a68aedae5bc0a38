// Notifications over HTTP: who is told of a rejection, a mention, an answer, an assignment and a range
// ready for review; the list with its unread count, marking read, muting kinds; and the live channels:
// a person's own stream (GET /api/me/events) and the `comments` event of a document's stream.
import { notify } from '../../../server/commands/notifications/notify';
import { openEventStream, type EventStream } from '../../support/eventStream';
import { TEST_PASSWORD } from '../../support/testApp';
import { segmentsOf, startWorkflow, submit, type Person, type WorkflowFixture } from '../../support/workflow';

const TEXT = 'Die Stadt Görlitz lädt ein.\n\nGefördert werden Begegnungen von Kindern.\n';

describe('notifications over HTTP', () => {
  let fixture: WorkflowFixture;
  let documentId: string;
  const streams: EventStream[] = [];

  beforeEach(async () => {
    fixture = await startWorkflow();
    documentId = await submit(fixture, TEXT, { title: 'Einladung' });
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    await fixture.app.close();
  });

  const request = (who: Person, method: string, path: string, body?: unknown) => fixture.app.request(method, path, { token: who.token, body });
  const kinds = async (who: Person) => (await request(who, 'GET', '/api/notifications')).body.items.map((n: { kind: string }) => n.kind);
  const handleOf = async (userId: string, segmentId: string) =>
    ((await request(fixture.coordinator, 'GET', `/api/segments/${segmentId}/comments`)).body.members as { id: string; handle: string }[]).find((m) => m.id === userId)!.handle;

  /** Translates and confirms segment `index` as the translator; returns its id. */
  const translate = async (index: number, target: string) => {
    const segment = (await segmentsOf(fixture, documentId))[index];
    await request(fixture.translator, 'PATCH', `/api/segments/${segment.id}`, { target, version: segment.version });
    const confirmed = await request(fixture.translator, 'POST', `/api/segments/${segment.id}/confirm`, {});
    expect(confirmed.status).toBe(200);
    return segment.id;
  };

  test('a rejection tells the translator; their answer mentioning the reviewer tells the reviewer; each answer tells the thread’s other writers', async () => {
    const { translator, reviewer } = fixture;
    const segmentId = await translate(0, 'Miasto Görlitz zaprasza.');
    await request(reviewer, 'POST', `/api/segments/${segmentId}/reject`, { reason: 'Bitte „Zgorzelec“ ergänzen.' });

    const forTranslator = await request(translator, 'GET', '/api/notifications');
    expect(forTranslator.body).toMatchObject({ total: 1, unread: 1 });
    expect(forTranslator.body.items[0]).toMatchObject({
      kind: 'rejection',
      actor: { id: reviewer.id },
      document: { id: documentId, title: 'Einladung' },
      segmentId,
      params: { documentTitle: 'Einladung', segmentNumber: 1, excerpt: 'Bitte „Zgorzelec“ ergänzen.' },
      read: false,
    });
    expect(await kinds(reviewer)).toEqual([]);

    const thread = (await request(translator, 'GET', `/api/segments/${segmentId}/comments`)).body.items[0];
    await request(translator, 'POST', `/api/segments/${segmentId}/comments`, { text: `@${await handleOf(reviewer.id, segmentId)} erledigt, bitte noch einmal ansehen.`, replyTo: thread.id });
    expect(await kinds(reviewer)).toEqual(['mention']);
    await request(translator, 'POST', `/api/segments/${segmentId}/comments`, { text: 'Und noch etwas.', replyTo: thread.id });
    expect(await kinds(reviewer)).toEqual(['reply', 'mention']);
    // Nobody is told of their own comments.
    expect(await kinds(translator)).toEqual(['rejection']);
  });

  test('mentioning someone outside the project tells nobody; a muted kind is not sent', async () => {
    const { translator, reviewer, outsider } = fixture;
    const [segment] = await segmentsOf(fixture, documentId);
    const outsiderName = (await fixture.app.store.users.findById(outsider.id))!.name.replace(/\s+/g, '');
    await request(translator, 'POST', `/api/segments/${segment.id}/comments`, { text: `@${outsiderName} kennst du das?` });
    expect(await kinds(outsider)).toEqual([]);

    const muted = await request(reviewer, 'PUT', '/api/notifications/settings', { muted: ['reply', 'mention', 'mention'] });
    expect(muted.body).toEqual({ kinds: ['assignment', 'mention', 'reply', 'rejection', 'revision', 'ready_for_review', 'overdue'], muted: ['mention', 'reply'] });
    await request(translator, 'POST', `/api/segments/${segment.id}/comments`, { text: `@${await handleOf(reviewer.id, segment.id)} bitte schauen` });
    expect(await kinds(reviewer)).toEqual([]);
    expect((await request(reviewer, 'GET', '/api/notifications/settings')).body.muted).toEqual(['mention', 'reply']);
    expect((await request(reviewer, 'PUT', '/api/notifications/settings', { muted: ['spam'] })).body.error).toBe('invalid_input');
  });

  test('an assignment tells its translator and reviewer; a change tells only whom it newly assigns; completing a range tells its reviewer it is ready', async () => {
    const { coordinator, translator, secondTranslator, reviewer } = fixture;
    const created = await request(coordinator, 'POST', `/api/documents/${documentId}/assignments`, {
      range: { first: 0, last: 1 },
      translatorId: secondTranslator.id,
      reviewerId: reviewer.id,
      translationDue: '2026-12-01T12:00:00Z',
    });
    const [assigned] = (await request(secondTranslator, 'GET', '/api/notifications')).body.items;
    expect(assigned).toMatchObject({ kind: 'assignment', actor: { id: coordinator.id }, assignmentId: created.body.id, params: { documentTitle: 'Einladung', step: 'translation', due: '2026-12-01T12:00:00.000Z', firstSegment: 1, lastSegment: 2 } });
    expect(await kinds(reviewer)).toEqual(['assignment']);

    await request(coordinator, 'PATCH', `/api/assignments/${created.body.id}`, { translatorId: translator.id });
    expect(await kinds(translator)).toEqual(['assignment']);
    expect(await kinds(reviewer)).toEqual(['assignment']);

    await translate(0, 'Miasto Görlitz zaprasza.');
    expect(await kinds(reviewer)).toEqual(['assignment']);
    await translate(1, 'Wspierane są spotkania dzieci.');
    expect(await kinds(reviewer)).toEqual(['ready_for_review', 'assignment']);
  });

  test('the list pages newest first with the unread count; marking read by ids or all', async () => {
    const { translator, reviewer } = fixture;
    const [segment] = await segmentsOf(fixture, documentId);
    const handle = await handleOf(reviewer.id, segment.id);
    for (const n of [1, 2, 3]) await request(translator, 'POST', `/api/segments/${segment.id}/comments`, { text: `@${handle} Frage ${n}` });

    const page = await request(reviewer, 'GET', '/api/notifications?limit=2');
    expect([page.body.items.map((n: { params: { excerpt: string } }) => n.params.excerpt), page.body.total, page.body.unread]).toEqual([[`@${handle} Frage 3`, `@${handle} Frage 2`], 3, 3]);

    const marked = await request(reviewer, 'POST', '/api/notifications/read', { ids: [page.body.items[0].id] });
    expect(marked.body).toEqual({ unread: 2 });
    expect((await request(reviewer, 'GET', '/api/notifications?unread=true')).body.items).toHaveLength(2);
    // Someone else's notification is not theirs to mark.
    expect((await request(translator, 'POST', '/api/notifications/read', { ids: [page.body.items[1].id] })).body).toEqual({ unread: 0 });
    expect((await request(reviewer, 'POST', '/api/notifications/read', { all: true })).body).toEqual({ unread: 0 });
    expect((await request(reviewer, 'POST', '/api/notifications/read', { all: false })).body.error).toBe('invalid_input');
    expect((await request(reviewer, 'GET', '/api/notifications?limit=101')).body.error).toBe('invalid_input');
  });

  test('a person’s stream says the unread count at once, then each new notification with the count after it; others’ notifications do not arrive', async () => {
    const { translator, reviewer } = fixture;
    const stream = await openEventStream(fixture.app, '/api/me/events', { token: reviewer.token });
    streams.push(stream);
    expect([stream.status, stream.headers.get('content-type')]).toEqual([200, 'text/event-stream']);
    expect(await stream.next()).toMatchObject({ event: 'unread', json: { unread: 0 } });

    const [segment] = await segmentsOf(fixture, documentId);
    await request(reviewer, 'POST', `/api/segments/${segment.id}/comments`, { text: `@${await handleOf(translator.id, segment.id)} nur für dich` });
    await request(translator, 'POST', `/api/segments/${segment.id}/comments`, { text: `@${await handleOf(reviewer.id, segment.id)} Antwort` });

    const event = await stream.next();
    expect(event).toMatchObject({ event: 'notification', json: { unread: 1, notification: { kind: 'mention', actor: { id: translator.id }, read: false } } });
    expect(await stream.drain(200)).toEqual([]);
    expect((await openEventStream(fixture.app, '/api/me/events')).status).toBe(401);
  });

  test('a document’s stream carries a `comments` event with the segment’s counts', async () => {
    const [segment] = await segmentsOf(fixture, documentId);
    const stream = await openEventStream(fixture.app, `/api/documents/${documentId}/events`, { token: fixture.reviewer.token });
    streams.push(stream);
    const posted = await request(fixture.translator, 'POST', `/api/segments/${segment.id}/comments`, { text: 'Frage' });

    const event = await stream.next();
    expect(event).toMatchObject({ event: 'comments', json: { segmentId: segment.id, commentId: posted.body.id, comments: 1, openThreads: 1 } });
    await request(fixture.reviewer, 'PATCH', `/api/segments/${segment.id}/comments/${posted.body.id}`, { resolved: true });
    expect((await stream.next()).json).toEqual({ segmentId: segment.id, commentId: posted.body.id, comments: 1, openThreads: 0 });
  });
});

describe('a person’s stream and their login session', () => {
  test('logging out ends the stream that session opened, not the person’s others; deactivating the account ends them all', async () => {
    const fixture = await startWorkflow();
    try {
      const reviewer = (await fixture.app.store.users.findById(fixture.reviewer.id))!;
      const login = await fixture.app.login(reviewer.email, TEST_PASSWORD);
      const byCookie = await openEventStream(fixture.app, '/api/me/events', { cookie: login.cookie! });
      const byToken = await openEventStream(fixture.app, '/api/me/events', { token: fixture.reviewer.token });
      expect([(await byCookie.next()).event, (await byToken.next()).event]).toEqual(['unread', 'unread']);

      expect((await fixture.app.request('POST', '/api/auth/logout', { cookie: login.cookie! })).status).toBe(204);
      expect(await byCookie.ended(5_000)).toBe(true);
      await notify(fixture.app.deps, [reviewer.id], { kind: 'revision', actorId: null, projectId: fixture.projectId });
      expect((await byToken.next(5_000)).event).toBe('notification');
      expect(await byCookie.drain(300)).toEqual([]);

      const { token: adminToken } = await fixture.app.createUser({ roles: ['admin'] });
      expect((await fixture.app.request('PATCH', `/api/users/${reviewer.id}`, { token: adminToken, body: { active: false } })).status).toBe(200);
      expect(await byToken.ended(5_000)).toBe(true);
      byCookie.close();
      byToken.close();
    } finally {
      await fixture.app.close();
    }
  });
});
