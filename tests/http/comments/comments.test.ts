// Comments on segments over HTTP: threads, answers, @mentions of members, editing one's own comment,
// resolving by the rules of the thread table, the thread a rejection opens, counts per segment, and
// bad input answered with a stable code.
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const TEXT = 'Die Stadt Görlitz lädt ein.\n\nGefördert werden Begegnungen von Kindern.\n\nRückfragen beantwortet das Büro.\n';

describe('comments on segments over HTTP', () => {
  let fixture: WorkflowFixture;
  let documentId: string;
  let segmentIds: string[];

  beforeEach(async () => {
    fixture = await startWorkflow();
    documentId = await submit(fixture, TEXT);
    segmentIds = (await segmentsOf(fixture, documentId)).map((segment) => segment.id);
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const request = (token: string, method: string, path: string, body?: unknown) => fixture.app.request(method, path, { token, body });
  const comments = (token: string, segmentId = segmentIds[0]) => request(token, 'GET', `/api/segments/${segmentId}/comments`);
  const post = (token: string, body: unknown, segmentId = segmentIds[0]) => request(token, 'POST', `/api/segments/${segmentId}/comments`, body);
  const patch = (token: string, commentId: string, body: unknown, segmentId = segmentIds[0]) =>
    request(token, 'PATCH', `/api/segments/${segmentId}/comments/${commentId}`, body);
  const handleOf = async (userId: string) => ((await comments(fixture.coordinator.token)).body.members as { id: string; handle: string }[]).find((m) => m.id === userId)!.handle;

  test('a translator opens a thread, the reviewer answers with an @mention of the translator; members read it, others get 404', async () => {
    const { translator, reviewer, outsider, coordinator } = fixture;
    const opened = await post(translator.token, { text: 'Ist „Begegnung“ hier spotkanie oder wymiana?' });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      segmentId: segmentIds[0],
      documentId,
      threadId: opened.body.id,
      replyTo: null,
      kind: 'comment',
      author: { id: translator.id },
      text: 'Ist „Begegnung“ hier spotkanie oder wymiana?',
      mentions: [],
      resolved: false,
      resolvedBy: null,
      editedAt: null,
      mayResolve: true,
    });

    const answer = await post(reviewer.token, { text: `@${await handleOf(translator.id)} spotkanie, siehe Glossar. @Niemand`, replyTo: opened.body.id });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ threadId: opened.body.id, replyTo: opened.body.id, mentions: [{ id: translator.id }], mayResolve: false });

    const listed = await comments(coordinator.token);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((c: { id: string; author: { id: string } }) => [c.id, c.author.id])).toEqual([
      [opened.body.id, translator.id],
      [answer.body.id, reviewer.id],
    ]);
    expect(listed.body.counts).toEqual({ segmentId: segmentIds[0], comments: 2, openThreads: 1 });
    expect(listed.body.members.map((m: { id: string }) => m.id).sort()).toEqual([coordinator.id, fixture.editor.id, translator.id, fixture.secondTranslator.id, reviewer.id].sort());

    expect((await comments(outsider.token)).status).toBe(404);
    expect((await post(outsider.token, { text: 'Hallo' })).body.error).toBe('not_found');
    expect((await request(outsider.token, 'GET', `/api/documents/${documentId}/comments`)).status).toBe(404);
  });

  test('text is kept as text: markup is stored and returned verbatim', async () => {
    const text = '<img src=x onerror="alert(1)"> & <b>fett</b>';
    const posted = await post(fixture.translator.token, { text });
    expect(posted.body.text).toBe(text);
    expect((await comments(fixture.reviewer.token)).body.items[0].text).toBe(text);
  });

  test('only the author edits a comment; an added mention is recorded and the edit time set', async () => {
    const { translator, reviewer, secondTranslator } = fixture;
    const posted = await post(translator.token, { text: 'Zahl fehlt?' });

    const foreign = await patch(reviewer.token, posted.body.id, { text: 'Geändert' });
    expect([foreign.status, foreign.body.error]).toEqual([403, 'comment_not_yours']);

    const edited = await patch(translator.token, posted.body.id, { text: `Zahl fehlt? @${await handleOf(secondTranslator.id)}` });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ text: `Zahl fehlt? @${await handleOf(secondTranslator.id)}`, mentions: [{ id: secondTranslator.id }] });
    expect(typeof edited.body.editedAt).toBe('string');
  });

  test('the thread table decides who resolves: not another translator, but the reviewer and the author; an answer reopens', async () => {
    const { translator, secondTranslator, reviewer } = fixture;
    const thread = await post(translator.token, { text: 'Bitte prüfen.' });
    const reply = await post(secondTranslator.token, { text: 'Sehe ich auch so.', replyTo: thread.body.id });

    const refused = await patch(secondTranslator.token, thread.body.id, { resolved: true });
    expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);

    // Resolving through an answer resolves its thread.
    const resolved = await patch(reviewer.token, reply.body.id, { resolved: true });
    expect(resolved.status).toBe(200);
    const first = (await comments(reviewer.token)).body.items[0];
    expect(first).toMatchObject({ id: thread.body.id, resolved: true, resolvedBy: { id: reviewer.id }, mayResolve: true });
    expect((await request(reviewer.token, 'GET', `/api/documents/${documentId}/comments`)).body.items).toEqual([{ segmentId: segmentIds[0], comments: 2, openThreads: 0 }]);

    const again = await patch(reviewer.token, thread.body.id, { resolved: true });
    expect([again.status, again.body.error]).toEqual([409, 'invalid_thread_transition']);

    await post(secondTranslator.token, { text: 'Doch noch eine Frage.', replyTo: reply.body.id });
    expect((await comments(reviewer.token)).body.items[0]).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });

    const byAuthor = await patch(translator.token, thread.body.id, { resolved: true });
    expect([byAuthor.status, byAuthor.body.resolved]).toEqual([200, true]);
    const reopened = await patch(translator.token, thread.body.id, { resolved: false });
    expect([reopened.status, reopened.body.resolved]).toEqual([200, false]);
  });

  test('a rejection opens a thread with the reason as its first comment, in the reviewer’s name; comments stay with the segment when it is edited again', async () => {
    const { translator, reviewer } = fixture;
    const [segment] = await segmentsOf(fixture, documentId);
    const edited = await request(translator.token, 'PATCH', `/api/segments/${segment.id}`, { target: 'Miasto Görlitz zaprasza.', version: segment.version });
    await request(translator.token, 'POST', `/api/segments/${segment.id}/confirm`, {});
    const rejected = await request(reviewer.token, 'POST', `/api/segments/${segment.id}/reject`, { reason: '  Bitte „Zgorzelec“ prüfen.  ' });
    expect([edited.status, rejected.status]).toEqual([200, 200]);

    const thread = (await comments(translator.token, segment.id)).body;
    expect(thread.items).toHaveLength(1);
    expect(thread.items[0]).toMatchObject({ kind: 'rejection', author: { id: reviewer.id }, text: 'Bitte „Zgorzelec“ prüfen.', resolved: false, mayResolve: false });
    expect(thread.counts).toEqual({ segmentId: segment.id, comments: 1, openThreads: 1 });

    await request(translator.token, 'PATCH', `/api/segments/${segment.id}`, { target: 'Miasto Zgorzelec zaprasza.', version: rejected.body.version });
    expect((await comments(translator.token, segment.id)).body.items.map((c: { text: string }) => c.text)).toEqual(['Bitte „Zgorzelec“ prüfen.']);
  });

  test('a rejection whose reason has control characters is refused before anything changes', async () => {
    const [segment] = await segmentsOf(fixture, documentId);
    await request(fixture.translator.token, 'PATCH', `/api/segments/${segment.id}`, { target: 'Miasto Görlitz zaprasza.', version: segment.version });
    await request(fixture.translator.token, 'POST', `/api/segments/${segment.id}/confirm`, {});
    const refused = await request(fixture.reviewer.token, 'POST', `/api/segments/${segment.id}/reject`, { reason: 'Bitte\u0007prüfen' });
    expect([refused.status, refused.body.error]).toEqual([400, 'invalid_characters']);
    expect((await segmentsOf(fixture, documentId))[0].state).toBe('translated');
  });

  test.each([
    ['an empty text', 400, 'comment_text_required', { text: '   ' }],
    ['a text over 5,000 characters', 400, 'comment_too_long', { text: 'a'.repeat(5_001) }],
    ['a control character', 400, 'invalid_characters', { text: 'Hallo\u0000Welt' }],
    ['an unknown field', 400, 'invalid_input', { text: 'Hallo', pinned: true }],
    ['a number as text', 400, 'invalid_input', { text: 5 }],
    ['an unknown comment answered', 404, 'not_found', { text: 'Hallo', replyTo: 'nope' }],
  ])('posting %s is %i %s', async (_what, status, code, body) => {
    const response = await post(fixture.translator.token, body);
    expect([response.status, response.body.error]).toEqual([status, code]);
    expect((await comments(fixture.translator.token)).body.items).toEqual([]);
  });

  test('a comment is found only under its own segment; a PATCH needs text or resolved', async () => {
    const posted = await post(fixture.translator.token, { text: 'Hallo' });
    expect((await patch(fixture.translator.token, posted.body.id, { text: 'x' }, segmentIds[1])).status).toBe(404);
    expect((await post(fixture.translator.token, { text: 'Antwort', replyTo: posted.body.id }, segmentIds[1])).status).toBe(404);
    expect((await patch(fixture.translator.token, posted.body.id, {})).body.error).toBe('invalid_input');
    expect((await patch(fixture.translator.token, 'unknown', { text: 'x' })).body.error).toBe('not_found');
  });
});
