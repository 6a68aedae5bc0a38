// Live updates over HTTP: GET /api/documents/:id/events (Server-Sent Events), POST /api/segments/:id/presence
// and GET /api/overview/activity.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { openEventStream, type EventStream } from '../../support/eventStream';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type Person, type WorkflowFixture } from '../../support/workflow';

const TEXT = 'Die Stadt Görlitz lädt ein.\n\nDas Treffen beginnt am Abend.\n\nDie Anmeldung ist kostenlos.\n';
const START = Date.parse('2026-05-04T10:00:00.000Z');

describe('live updates over HTTP', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;
  let now: number;
  let documentId: string;
  let segmentIds: string[];
  const streams: EventStream[] = [];

  /** Opens the document's event stream as `person` and keeps it to be closed after the test. */
  const watch = async (person: Person, query = '') => {
    const stream = await openEventStream(fixture.app, `/api/documents/${documentId}/events${query}`, { token: person.token });
    streams.push(stream);
    return stream;
  };
  const nameOf = async (person: Person) => (await fixture.app.store.users.findById(person.id))!.name;
  const presence = (person: Person, segmentId: string, editing: boolean) =>
    fixture.app.request('POST', `/api/segments/${segmentId}/presence`, { token: person.token, body: { editing } });
  const activity = async (person: Person) => {
    const response = await fixture.app.request('GET', '/api/overview/activity', { token: person.token });
    expect(response.status).toBe(200);
    return response.body.items;
  };

  beforeEach(async () => {
    now = START;
    deepl = await startFakeDeepl({ translate: (text) => `PL: ${text}` });
    fixture = await startWorkflow({
      clock: { now: () => new Date(now) },
      translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }),
    });
    documentId = await submit(fixture, TEXT);
    segmentIds = (await segmentsOf(fixture, documentId)).map((segment) => segment.id);
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    await fixture.app.close();
    await deepl.close();
  });

  describe('GET /api/documents/:id/events', () => {
    test('answers an event stream that nothing may buffer or cache', async () => {
      const stream = await watch(fixture.translator);
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toBe('text/event-stream');
      expect(stream.headers.get('cache-control')).toBe('no-store');
      expect(stream.headers.get('x-accel-buffering')).toBe('no');
      expect(stream.headers.get('content-encoding')).toBeNull();
    });

    test('an edit by another user arrives within 1 s as one segments event, the segment exactly as the segment list shows it', async () => {
      const stream = await watch(fixture.translator);
      const started = Date.now();
      const edited = await fixture.app.request('PATCH', `/api/segments/${segmentIds[1]}`, {
        token: fixture.secondTranslator.token,
        body: { target: 'Spotkanie zaczyna się wieczorem.', version: 1 },
      });
      expect(edited.status).toBe(200);

      const event = await stream.next(1000);
      expect(Date.now() - started).toBeLessThan(1000);
      const [listed] = (await fixture.app.request('GET', `/api/documents/${documentId}/segments?offset=1&limit=1`, { token: fixture.translator.token })).body.items;
      expect(event.event).toBe('segments');
      expect(event.json).toEqual({ segments: [listed], actorId: fixture.secondTranslator.id });
      expect(listed).toMatchObject({ id: segmentIds[1], index: 1, target: 'Spotkanie zaczyna się wieczorem.', state: 'draft', origin: 'human', version: 2 });
    });

    test('confirm, approve, reject and lock each arrive with the state and the person who acted', async () => {
      const stream = await watch(fixture.coordinator);
      const { app, translator, reviewer, coordinator } = fixture;
      const act = async (person: Person, method: string, path: string, body?: unknown) => {
        const response = await app.request(method, path, { token: person.token, body });
        expect(response.status).toBe(200);
        let event = await stream.next(1000);
        // A rejection also opens a comment thread: its `comments` event is not what this test reads.
        while (event.event === 'comments') event = await stream.next(1000);
        return [event.event, event.json.actorId, event.json.segments.map((s: { index: number; state: string }) => [s.index, s.state])];
      };
      const [first, , third] = segmentIds;
      expect(await act(translator, 'PATCH', `/api/segments/${first}`, { target: 'Miasto Görlitz zaprasza.', version: 1 })).toEqual(['segments', translator.id, [[0, 'draft']]]);
      expect(await act(translator, 'POST', `/api/segments/${first}/confirm`)).toEqual(['segments', translator.id, [[0, 'translated']]]);
      expect(await act(reviewer, 'POST', `/api/segments/${first}/reject`, { reason: 'Bitte prüfen.' })).toEqual(['segments', reviewer.id, [[0, 'rejected']]]);
      expect(await act(coordinator, 'POST', `/api/segments/${third}/lock`)).toEqual(['segments', coordinator.id, [[2, 'locked']]]);
    });

    test('MT proposals arrive with actorId null', async () => {
      const stream = await watch(fixture.translator);
      await runMt(fixture, documentId);
      const seen = new Map<number, string>();
      while (seen.size < 3) {
        const event = await stream.next(1000);
        expect([event.event, event.json.actorId]).toEqual(['segments', null]);
        for (const segment of event.json.segments) seen.set(segment.index, segment.mtTarget);
      }
      expect([...seen.entries()].sort()).toEqual([
        [0, 'PL: Die Stadt Görlitz lädt ein.'],
        [1, 'PL: Das Treffen beginnt am Abend.'],
        [2, 'PL: Die Anmeldung ist kostenlos.'],
      ]);
    });

    test('changes published within 50 ms come as one event per actor, segments in index order; a QA result alone has actorId null', async () => {
      const stream = await watch(fixture.translator);
      const feed = fixture.app.deps.changeFeed;
      const [first, second, third] = segmentIds;
      const change = (segmentId: string, actorId: string | null, cause: 'change' | 'qa') =>
        feed.publish({ type: 'segments', documentId, segmentIds: [segmentId], actorId, cause });
      change(third, fixture.editor.id, 'change');
      change(first, fixture.editor.id, 'change');
      change(first, null, 'qa'); // the QA result of a change just announced: still the editor's
      change(second, null, 'qa');

      const events = [await stream.next(), await stream.next()];
      expect(events.map((e) => [e.event, e.json.actorId, e.json.segments.map((s: { id: string }) => s.id)])).toEqual([
        ['segments', fixture.editor.id, [first, third]],
        ['segments', null, [second]],
      ]);
      expect(await stream.drain(150)).toEqual([]);
    });

    test('QA issues found when a target is saved reach the watchers', async () => {
      const stream = await watch(fixture.translator);
      const response = await fixture.app.request('PATCH', `/api/segments/${segmentIds[2]}`, {
        token: fixture.secondTranslator.token,
        body: { target: 'Rejestracja 25 kosztuje euro.', version: 1 },
      });
      expect(response.status).toBe(200);
      expect(response.body.qa.map((issue: { check: string }) => issue.check)).toContain('numbers');
      let shown: unknown[] = [];
      while (!shown.some((issue: any) => issue.check === 'numbers')) shown = (await stream.next(1000)).json.segments[0].qa;
      expect(shown).toEqual(response.body.qa);
    });

    test('takes the language of QA messages from ?lang=, else from Accept-Language', async () => {
      const german = await watch(fixture.translator, '?lang=de');
      const polish = await openEventStream(fixture.app, `/api/documents/${documentId}/events`, { token: fixture.translator.token, headers: { 'accept-language': 'pl' } });
      streams.push(polish);
      const response = await fixture.app.request('PATCH', `/api/segments/${segmentIds[2]}`, {
        token: fixture.secondTranslator.token,
        body: { target: 'Rejestracja 25 kosztuje euro.', version: 1 },
        headers: { 'accept-language': 'en' },
      });
      const englishMessage = response.body.qa.find((issue: { check: string }) => issue.check === 'numbers').message;
      const messageIn = async (stream: EventStream) => {
        for (;;) {
          const issue = (await stream.next(1000)).json.segments[0].qa.find((i: { check: string }) => i.check === 'numbers');
          if (issue) return issue.message as string;
        }
      };
      const [de, pl] = [await messageIn(german), await messageIn(polish)];
      expect(new Set([de, pl, englishMessage]).size).toBe(3);
    });

    test('works with the session cookie (EventSource sends no Authorization header)', async () => {
      const login = await fixture.app.login((await fixture.app.store.users.findById(fixture.reviewer.id))!.email, 'geheim-haslo-2026');
      const stream = await openEventStream(fixture.app, `/api/documents/${documentId}/events`, { cookie: login.cookie! });
      streams.push(stream);
      expect(stream.status).toBe(200);
      await presence(fixture.translator, segmentIds[0], true);
      expect((await stream.next()).event).toBe('presence');
    });

    test('closing the connection unsubscribes from the document', async () => {
      const feed = fixture.app.deps.changeFeed;
      let subscribed = 0;
      const subscribe = feed.subscribe.bind(feed);
      jest.spyOn(feed, 'subscribe').mockImplementation((id, listener) => {
        subscribed += 1;
        const unsubscribe = subscribe(id, listener);
        return () => {
          subscribed -= 1;
          unsubscribe();
        };
      });
      const stream = await watch(fixture.translator);
      expect(subscribed).toBe(1);
      stream.close();
      for (let waited = 0; subscribed > 0 && waited < 1000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(subscribed).toBe(0);
    });

    test.each([
      ['without credentials', 401, 'unauthenticated', null, ''],
      ['as a translator of another project', 404, 'not_found', 'outsider', ''],
      ['with an unknown language', 400, 'invalid_input', 'translator', '?lang=fr'],
      ['with an unknown query parameter', 400, 'invalid_input', 'translator', '?since=1'],
    ] as const)('answers JSON, not a stream, %s: %i %s', async (_name, status, code, who, query) => {
      const token = who === null ? undefined : fixture[who].token;
      const response = await openEventStream(fixture.app, `/api/documents/${documentId}/events${query}`, { token });
      expect([response.status, JSON.parse(response.body).error]).toEqual([status, code]);
    });

    test('an unknown document is 404 not_found', async () => {
      const response = await openEventStream(fixture.app, '/api/documents/does-not-exist/events', { token: fixture.coordinator.token });
      expect([response.status, JSON.parse(response.body).error]).toEqual([404, 'not_found']);
    });
  });

  describe('presence', () => {
    test('someone starting to edit is announced live and sent first to anyone who connects later; editing:false ends it', async () => {
      const stream = await watch(fixture.translator);
      const name = await nameOf(fixture.secondTranslator);
      const expected = { segmentId: segmentIds[1], segmentIndex: 1, user: { id: fixture.secondTranslator.id, name }, editing: true };

      const started = await presence(fixture.secondTranslator, segmentIds[1], true);
      expect([started.status, started.text]).toEqual([204, '']);
      expect(await stream.next()).toMatchObject({ event: 'presence', json: expected });

      const later = await watch(fixture.reviewer);
      expect(await later.next()).toMatchObject({ event: 'presence', json: expected });

      expect((await presence(fixture.secondTranslator, segmentIds[1], false)).status).toBe(204);
      expect((await stream.next()).json).toEqual({ ...expected, editing: false });
      expect((await later.next()).json).toEqual({ ...expected, editing: false });
      // Saying it again changes nothing and announces nothing.
      expect((await presence(fixture.secondTranslator, segmentIds[1], false)).status).toBe(204);
      expect(await stream.drain(100)).toEqual([]);
    });

    test('expires 30 s after the last editing:true; a refresh keeps it (and its start) without announcing it again', async () => {
      const stream = await watch(fixture.translator);
      const name = await nameOf(fixture.secondTranslator);
      const item = { documentId, segmentId: segmentIds[0], segmentIndex: 0, user: { id: fixture.secondTranslator.id, name }, since: new Date(START).toISOString() };

      await presence(fixture.secondTranslator, segmentIds[0], true);
      expect((await stream.next()).json.editing).toBe(true);
      expect(await activity(fixture.coordinator)).toEqual([item]);

      now += 29_000;
      await presence(fixture.secondTranslator, segmentIds[0], true); // the client's refresh
      now += 29_000; // 58 s after the start, 29 s after the refresh
      expect(await activity(fixture.coordinator)).toEqual([item]);
      expect(await stream.drain(100)).toEqual([]);

      now += 1_000; // 30 s after the refresh
      expect(await activity(fixture.coordinator)).toEqual([]);
      expect((await stream.next()).json).toEqual({ segmentId: segmentIds[0], segmentIndex: 0, user: { id: fixture.secondTranslator.id, name }, editing: false });
    });

    test('GET /api/overview/activity lists only documents the user may see', async () => {
      await presence(fixture.translator, segmentIds[2], true);
      await presence(fixture.reviewer, segmentIds[0], true);
      const expected = [
        { documentId, segmentId: segmentIds[2], segmentIndex: 2, user: { id: fixture.translator.id, name: await nameOf(fixture.translator) }, since: new Date(START).toISOString() },
        { documentId, segmentId: segmentIds[0], segmentIndex: 0, user: { id: fixture.reviewer.id, name: await nameOf(fixture.reviewer) }, since: new Date(START).toISOString() },
      ];
      expect(await activity(fixture.coordinator)).toEqual(expected);
      expect(await activity(fixture.editor)).toEqual(expected);
      expect(await activity(fixture.outsider)).toEqual([]);
      expect((await fixture.app.request('GET', '/api/overview/activity')).status).toBe(401);
    });

    test.each([
      ['as a translator of another project', 404, 'not_found', 'outsider', { editing: true }],
      ['without a body', 400, 'invalid_input', 'translator', undefined],
      ['with editing as a string', 400, 'invalid_input', 'translator', { editing: 'true' }],
      ['with an unknown field', 400, 'invalid_input', 'translator', { editing: true, segmentIndex: 0 }],
    ] as const)('POST /api/segments/:id/presence %s is %i %s', async (_name, status, code, who, body) => {
      const response = await fixture.app.request('POST', `/api/segments/${segmentIds[0]}/presence`, { token: fixture[who].token, body });
      expect([response.status, response.body.error]).toEqual([status, code]);
      expect(await activity(fixture.coordinator)).toEqual([]);
    });

    test('POST /api/segments/:id/presence of an unknown segment is 404 not_found, without credentials 401', async () => {
      const unknown = await fixture.app.request('POST', '/api/segments/does-not-exist/presence', { token: fixture.translator.token, body: { editing: true } });
      expect([unknown.status, unknown.body.error]).toEqual([404, 'not_found']);
      const anonymous = await fixture.app.request('POST', `/api/segments/${segmentIds[0]}/presence`, { body: { editing: true } });
      expect([anonymous.status, anonymous.body.error]).toEqual([401, 'unauthenticated']);
    });
  });
});
