// Races between a command's read and its write, made to happen every time: another person's save is
// interleaved just before the command's compare-and-set (tests/support/interleavingStore.ts). Each
// case names what must hold when the race is lost: nothing typed is lost, a twin never fails the
// action that propagated to it, and an MT proposal never overwrites a person's text.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { interleaveBeforeWrite, writingAction } from '../../support/interleavingStore';
import { runMt, segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

describe('segment commands that lose a race between their read and their write', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  const history = async (segmentId: string) =>
    (await fixture.app.request('GET', `/api/segments/${segmentId}/history`, { token: fixture.coordinator.token })).body.items as {
      action: string;
      actorId: string | null;
      fromTarget: string | null;
      toTarget: string | null;
      note: string | null;
      version: number;
    }[];

  const editAs = (token: string, segmentId: string, target: string, version: number) =>
    fixture.app.request('PATCH', `/api/segments/${segmentId}`, { token, body: { target, version } });

  test('a save overtaken after its version check is 409 version_conflict with the winning text, and its own text is kept in history', async () => {
    const { app, editor, translator, secondTranslator } = fixture;
    const documentId = await submit(fixture, 'Die Stadt Görlitz lädt ein.\n');
    const [segment] = await segmentsOf(fixture, documentId);
    const race = interleaveBeforeWrite(app.store, writingAction('edit', 'Miasto Görlitz zaprasza.'), () =>
      editAs(secondTranslator.token, segment.id, 'Görlitz zaprasza.', 1),
    );

    const lost = await editAs(translator.token, segment.id, 'Miasto Görlitz zaprasza.', 1);
    race.restore();

    expect(race.runs).toBe(1);
    expect([lost.status, lost.body.error, lost.body.details.current.target, lost.body.details.current.version]).toEqual([
      409,
      'version_conflict',
      'Görlitz zaprasza.',
      2,
    ]);
    expect((await history(segment.id)).map((e) => [e.action, e.actorId, e.fromTarget, e.toTarget, e.note, e.version])).toEqual([
      ['created', editor.id, null, null, null, 1],
      ['edit', secondTranslator.id, null, 'Görlitz zaprasza.', null, 2],
      ['edit_conflict', translator.id, 'Görlitz zaprasza.', 'Miasto Görlitz zaprasza.', 'based on version 1', 2],
    ]);
  });

  test("a twin saved by someone during propagation keeps that person's text; the confirm succeeds and the other twin is propagated to", async () => {
    const { app, translator, secondTranslator } = fixture;
    const documentId = await submit(fixture, 'Die Stadt lädt ein.\n\nDas Treffen beginnt am Abend.\n\nDie Stadt lädt ein.\n\nDie Stadt lädt ein.\n');
    const [origin, , twin, otherTwin] = await segmentsOf(fixture, documentId);
    const edited = await editAs(translator.token, origin.id, 'Miasto zaprasza.', 1);
    const race = interleaveBeforeWrite(app.store, writingAction('propagated'), () => editAs(secondTranslator.token, twin.id, 'Miasto serdecznie zaprasza.', 1));

    const confirmed = await app.request('POST', `/api/segments/${origin.id}/confirm`, { token: translator.token, body: { version: edited.body.version } });
    race.restore();

    expect(race.runs).toBe(1);
    expect([confirmed.status, confirmed.body.state, confirmed.body.target]).toEqual([200, 'translated', 'Miasto zaprasza.']);
    const after = await segmentsOf(fixture, documentId);
    expect([after[2], after[3]].map((s) => [s.target, s.state, s.origin, s.version])).toEqual([
      ['Miasto serdecznie zaprasza.', 'draft', 'human', 2],
      ['Miasto zaprasza.', 'translated', 'human', 2],
    ]);
    expect((await history(otherTwin.id)).map((e) => [e.action, e.note])).toEqual([
      ['created', null],
      ['propagated', `from segment ${origin.id}`],
    ]);
    expect((await history(twin.id)).map((e) => e.action)).toEqual(['created', 'edit']);
  });

  test('a segment edited while its MT proposal is being written keeps the human text; its twins get the proposal and the job is done', async () => {
    const { app, translator } = fixture;
    const documentId = await submit(fixture, 'Die Stadt lädt ein.\n\nDie Stadt lädt ein.\n\nDie Stadt lädt ein.\n');
    const [, middle] = await segmentsOf(fixture, documentId);
    const race = interleaveBeforeWrite(app.store, writingAction('propose'), () => editAs(translator.token, middle.id, 'Miasto zaprasza.', 1));

    const job = await runMt(fixture, documentId);
    race.restore();

    expect(race.runs).toBe(1);
    expect([job.status, job.done, job.total]).toEqual(['done', 3, 3]);
    expect(deepl.stats.texts).toEqual(['Die Stadt lädt ein.']);
    // The human text stays; the proposal is kept beside it (mtTarget), which is one more version.
    expect((await segmentsOf(fixture, documentId)).map((s) => [s.target, s.state, s.origin, s.version])).toEqual([
      ['PL: Die Stadt lädt ein.', 'draft', 'mt', 2],
      ['Miasto zaprasza.', 'draft', 'human', 3],
      ['PL: Die Stadt lädt ein.', 'draft', 'mt', 2],
    ]);
    const kept = (await app.request('GET', `/api/segments/${middle.id}`, { token: translator.token })).body;
    expect([kept.target, kept.mtTarget]).toEqual(['Miasto zaprasza.', 'PL: Die Stadt lädt ein.']);
  });
});
