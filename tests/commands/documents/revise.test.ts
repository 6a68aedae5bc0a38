// A source revision against people editing at the same time. The store is wrapped so that a save (or a
// second revision) lands exactly between the revision's read and its write: nobody's typed text is lost.
import { reviseDocumentText, MAX_ATTEMPTS, type RevisionOutcome } from '../../../server/commands/documents/revise';
import { submitDocument } from '../../../server/commands/documents/submit';
import type { CommandContext } from '../../../server/commands/context';
import { editSegment } from '../../../server/commands/segments/edit';
import { loadConfig } from '../../../server/config';
import { Conflict, VersionConflict } from '../../../server/domain/errors';
import type { Segment } from '../../../server/domain/segments/types';
import type { User } from '../../../server/domain/users/types';
import { createDisabledTranslator } from '../../../server/integrations/deepl';
import type { Store } from '../../../server/ports/repositories';
import type { RevisionWrite } from '../../../server/ports/revisionRepository';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildMember, buildProject, buildUser, resetBuilderIds } from '../../support/builders';

const MEETING = 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams statt.';
const MOVED = 'Am 31. Januar und 1. Februar 2019 fand in Dresden das 4. Treffen des Projektteams statt.';
const AGENDA = 'Auf der Tagesordnung stand ein Rückblick auf die Projektmaßnahmen.';
const CONSENT = 'Bei den drei Projektpartnern bestand hierbei Einigkeit.';
const NEXT = 'Das nächste Treffen findet im Mai 2019 statt.';
const FIRST = [MEETING, AGENDA, CONSENT, NEXT].join('\n\n');
const SECOND = [MOVED, AGENDA, NEXT].join('\n\n');
const TYPED = 'W dniach 30–31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie zespołu projektowego.';

describe('reviseDocument while people edit', () => {
  let store: Store;
  let ctx: CommandContext;
  let editor: User;
  let translator: User;
  /** Runs once, just before the revision's next write reaches the store (after it read everything). */
  let beforeWrite: (() => Promise<void>) | null;
  let writes: RevisionWrite[];

  beforeEach(async () => {
    resetBuilderIds();
    const inner = createSqliteStore({ file: ':memory:' });
    writes = [];
    beforeWrite = null;
    // The interleaving wrapper: everything passes through, the revision's write waits for `beforeWrite`.
    store = {
      ...inner,
      revisions: {
        ...inner.revisions,
        apply: async (write) => {
          const interleaved = beforeWrite;
          beforeWrite = null;
          if (interleaved) await interleaved();
          writes.push(write);
          return inner.revisions.apply(write);
        },
        listByDocument: (documentId) => inner.revisions.listByDocument(documentId),
        latest: (documentId) => inner.revisions.latest(documentId),
        findRemovedSegment: (segmentId) => inner.revisions.findRemovedSegment(segmentId),
      },
    };
    // What submitting and revising use of the command context; its other services are not needed here.
    ctx = { config: loadConfig({}), store, translator: createDisabledTranslator(), clock: { now: () => new Date() }, ids: { next: (() => { let n = 0; return () => `id-${++n}`; })() } } as CommandContext;
    editor = buildUser({ id: 'user-editor', roles: [] });
    translator = buildUser({ id: 'user-translator', roles: [] });
    for (const user of [editor, translator]) await store.users.create(user);
    await store.projects.create(buildProject({ id: 'project-1', members: [buildMember(editor.id, ['editor']), buildMember(translator.id, ['translator'])] }));
  });
  afterEach(async () => {
    await store.close();
  });

  const submitFirst = async (): Promise<Segment[]> => {
    const document = await submitDocument(ctx, { user: editor, projectId: 'project-1', title: 'Treffen', source: { format: 'text', content: FIRST }, dueDate: null });
    return store.segments.listByDocument(document.id);
  };
  const revise = (documentId: string, content = SECOND): Promise<RevisionOutcome> => reviseDocumentText(ctx, { user: editor, documentId, source: { format: 'text', content } });
  const historyOf = async (segmentId: string) => (await store.segments.history(segmentId)).map((event) => [event.action, event.fromTarget, event.toTarget]);

  test('a save landing between the revision’s read and write wins: the revision is planned again and keeps the typed text as the draft', async () => {
    const [meeting] = await submitFirst();
    beforeWrite = async () => {
      await editSegment(ctx, { user: translator, segmentId: meeting.id, target: TYPED, version: meeting.version });
    };

    const { revision } = await revise(meeting.documentId);

    expect(writes).toHaveLength(2); // the first write lost the race and wrote nothing
    expect(revision.number).toBe(2);
    expect(revision.changed).toEqual([{ segmentId: meeting.id, index: 0, previousSource: MEETING, source: MOVED, previousState: 'draft' }]);
    expect(await store.segments.findById(meeting.id)).toMatchObject({ source: MOVED, target: TYPED, state: 'draft', version: 3 });
    expect(await historyOf(meeting.id)).toEqual([
      ['created', null, null],
      ['edit', null, TYPED],
      ['source_revised', TYPED, TYPED],
    ]);
  });

  test('a save based on the version before the revision is refused with the current text, and the typed text stays in the history', async () => {
    const [meeting] = await submitFirst();
    await revise(meeting.documentId);

    const refused = await editSegment(ctx, { user: translator, segmentId: meeting.id, target: TYPED, version: meeting.version }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(VersionConflict);
    expect(refused).toMatchObject({ details: { expectedVersion: 1, actualVersion: 2, current: { target: null, state: 'new', version: 2 } } });
    expect((await store.segments.history(meeting.id)).at(-1)).toMatchObject({ action: 'edit_conflict', toTarget: TYPED, note: 'based on version 1' });
  });

  test('an unchanged segment keeps its version, so a save begun before the revision goes through', async () => {
    const [, agenda] = await submitFirst();
    await revise(agenda.documentId);

    const { segment: saved } = await editSegment(ctx, { user: translator, segmentId: agenda.id, target: 'W porządku obrad był przegląd działań.', version: agenda.version });

    expect(saved).toMatchObject({ index: 1, source: AGENDA, target: 'W porządku obrad był przegląd działań.', state: 'draft', version: agenda.version + 1 });
  });

  test('a save of a segment the revision removed is refused with segment_removed, the text kept in its history', async () => {
    const [, , consent] = await submitFirst();
    await revise(consent.documentId);

    const refused = await editSegment(ctx, { user: translator, segmentId: consent.id, target: 'Trzej partnerzy byli zgodni.', version: consent.version }).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(Conflict);
    expect(refused).toMatchObject({ code: 'segment_removed', details: { segmentId: consent.id, removedIn: 2 } });
    expect(await historyOf(consent.id)).toEqual([
      ['created', null, null],
      ['removed', null, null],
      ['edit_conflict', null, 'Trzej partnerzy byli zgodni.'],
    ]);
  });

  test('a save racing the removal itself ends the same way: refused as removed, the text kept', async () => {
    const [, , consent] = await submitFirst();
    const read = await store.segments.findById(consent.id);
    // The save reads the segment, then the revision removes it, then the save writes.
    const findById = store.segments.findById.bind(store.segments);
    let raced = false;
    store.segments.findById = async (id) => {
      const found = await findById(id);
      if (id === consent.id && !raced) {
        raced = true;
        await revise(consent.documentId);
      }
      return found;
    };

    const refused = await editSegment(ctx, { user: translator, segmentId: consent.id, target: 'Zgoda.', version: read!.version }).catch((error: unknown) => error);

    expect(refused).toMatchObject({ code: 'segment_removed' });
    expect((await store.segments.history(consent.id)).at(-1)).toMatchObject({ action: 'edit_conflict', toTarget: 'Zgoda.' });
  });

  test('two revisions at once: the later write is planned again on top of the earlier one', async () => {
    const [meeting] = await submitFirst();
    const third = [MOVED, AGENDA, NEXT, 'Die Ergebnisse werden im Herbst vorgestellt.'].join('\n\n');
    beforeWrite = async () => {
      await revise(meeting.documentId, SECOND);
    };

    const { revision } = await revise(meeting.documentId, third);

    expect((await store.revisions.listByDocument(meeting.documentId)).map((r) => [r.number, r.counts])).toEqual([
      [2, { unchanged: 2, changed: 1, new: 0, removed: 1 }],
      [3, { unchanged: 3, changed: 0, new: 1, removed: 0 }],
    ]);
    expect(revision.number).toBe(3);
    expect((await store.segments.listByDocument(meeting.documentId)).map((s) => s.source)).toEqual([MOVED, AGENDA, NEXT, 'Die Ergebnisse werden im Herbst vorgestellt.']);
  });

  test(`a revision that keeps losing races is refused after ${MAX_ATTEMPTS} attempts with revision_conflict, writing nothing`, async () => {
    const [meeting] = await submitFirst();
    let typed = 0;
    const interfere = async () => {
      const current = (await store.segments.findById(meeting.id))!;
      await editSegment(ctx, { user: translator, segmentId: meeting.id, target: `${TYPED} (${++typed})`, version: current.version });
      if (typed < MAX_ATTEMPTS) beforeWrite = interfere;
    };
    beforeWrite = interfere;

    const refused = await revise(meeting.documentId).catch((error: unknown) => error);

    expect(refused).toMatchObject({ code: 'revision_conflict', details: { attempts: MAX_ATTEMPTS } });
    expect(writes).toHaveLength(MAX_ATTEMPTS);
    expect(await store.revisions.latest(meeting.documentId)).toBeNull();
    expect(await store.segments.findById(meeting.id)).toMatchObject({ source: MEETING, target: `${TYPED} (${MAX_ATTEMPTS})` });
  });
});
