// An open event stream (GET /api/documents/:id/events) ends the moment the session or token that
// opened it ends (logout, revocation, a password change elsewhere, deactivation), and when a change of
// roles takes the watcher's access away. Nothing is delivered after that.
import { openEventStream, type EventStream } from '../../support/eventStream';
import { TEST_PASSWORD } from '../../support/testApp';
import { segmentsOf, startWorkflow, submit, type Person, type WorkflowFixture } from '../../support/workflow';

describe('live updates end with the session', () => {
  let fixture: WorkflowFixture;
  let documentId: string;
  let segmentId: string;
  let adminToken: string;
  const streams: EventStream[] = [];

  beforeEach(async () => {
    fixture = await startWorkflow();
    documentId = await submit(fixture, 'Die Stadt Görlitz lädt ein.\n\nDas Treffen beginnt am Abend.\n');
    segmentId = (await segmentsOf(fixture, documentId))[0].id;
    ({ token: adminToken } = await fixture.app.createUser({ roles: ['admin'] }));
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    await fixture.app.close();
  });

  const watch = async (auth: { cookie?: string; token?: string }) => {
    const stream = await openEventStream(fixture.app, `/api/documents/${documentId}/events`, auth);
    expect(stream.status).toBe(200);
    streams.push(stream);
    return stream;
  };
  const signIn = async (person: Person) => {
    const { email } = (await fixture.app.store.users.findById(person.id))!;
    const { cookie } = await fixture.app.login(email, TEST_PASSWORD);
    return cookie!;
  };
  /** Another member edits the segment and the change is stored. */
  const edit = async (target: string, version: number) => {
    const response = await fixture.app.request('PATCH', `/api/segments/${segmentId}`, { token: fixture.secondTranslator.token, body: { target, version } });
    expect(response.status).toBe(200);
  };
  /** A stream that stays open sees the edit: the control for "nothing arrives" below. */
  const expectDelivered = async (stream: EventStream) => expect((await stream.next(5000)).event).toBe('segments');

  test('logging out ends the session’s stream: it closes and receives nothing of a change made after', async () => {
    const cookie = await signIn(fixture.translator);
    const ended = await watch({ cookie });
    const other = await watch({ token: fixture.translator.token });

    expect((await fixture.app.request('POST', '/api/auth/logout', { cookie })).status).toBe(204);
    expect(await ended.ended(5000)).toBe(true);
    await edit('Miasto Görlitz zaprasza.', 1);

    await expectDelivered(other);
    expect(await ended.drain(300)).toEqual([]);
    expect(await other.ended(50)).toBe(false); // the same person's token-authenticated stream goes on
  });

  test('revoking a token ends the streams it opened', async () => {
    const issued = (await fixture.app.request('POST', '/api/tokens', { token: fixture.translator.token, body: { name: 'Viewer' } })).body;
    const stream = await watch({ token: issued.token });

    expect((await fixture.app.request('DELETE', `/api/tokens/${issued.id}`, { token: fixture.translator.token })).status).toBe(204);
    await edit('Miasto Görlitz zaprasza.', 1);

    expect(await stream.ended(5000)).toBe(true);
    expect(await stream.drain(300)).toEqual([]);
  });

  test('deactivating an account ends all its streams at once', async () => {
    const cookie = await signIn(fixture.translator);
    const streamsOfTranslator = [await watch({ cookie }), await watch({ token: fixture.translator.token })];
    const reviewer = await watch({ token: fixture.reviewer.token });

    const response = await fixture.app.request('PATCH', `/api/users/${fixture.translator.id}`, { token: adminToken, body: { active: false } });
    expect(response.status).toBe(200);
    await edit('Miasto Görlitz zaprasza.', 1);

    for (const stream of streamsOfTranslator) {
      expect(await stream.ended(5000)).toBe(true);
      expect(await stream.drain(100)).toEqual([]);
    }
    await expectDelivered(reviewer);
  });

  test('a password change ends the streams of the other sessions, not of the one that changed it', async () => {
    const [here, elsewhere] = [await signIn(fixture.translator), await signIn(fixture.translator)];
    const [kept, ended] = [await watch({ cookie: here }), await watch({ cookie: elsewhere })];

    const changed = await fixture.app.request('POST', '/api/me/password', { cookie: here, body: { currentPassword: TEST_PASSWORD, newPassword: 'Neisse-Brücke-2026' } });
    expect([changed.status, changed.body]).toEqual([200, { sessionsEnded: 1 }]);
    await edit('Miasto Görlitz zaprasza.', 1);

    expect(await ended.ended(5000)).toBe(true);
    await expectDelivered(kept);
  });

  test('losing the global role that gave access ends the stream; keeping access keeps it', async () => {
    const { user, token } = await fixture.app.createUser({ roles: ['coordinator', 'reviewer'] }); // sees every project, no member
    const stream = await watch({ token });
    const member = await watch({ token: fixture.translator.token });

    // Still a coordinator: still allowed, the stream goes on.
    await fixture.app.request('PATCH', `/api/users/${user.id}`, { token: adminToken, body: { roles: ['coordinator'] } });
    await edit('Miasto Görlitz zaprasza.', 1);
    await expectDelivered(stream);
    await expectDelivered(member);

    await fixture.app.request('PATCH', `/api/users/${user.id}`, { token: adminToken, body: { roles: ['translator'] } });
    expect(await stream.ended(5000)).toBe(true);
    await edit('Miasto Görlitz zaprasza serdecznie.', 2);
    await expectDelivered(member);
    expect(await stream.drain(100)).toEqual([]);
  });
});
