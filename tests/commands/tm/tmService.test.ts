// The in-memory translation memory: catching up with the store by revision, scopes of sharing and
// non-sharing projects, and the settle window for revisions that commit out of order (MongoDB).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TmService } from '../../../server/commands/tm/tmService';
import { parseConcordanceQuery } from '../../../server/domain/tm/concordance';
import type { Project } from '../../../server/domain/projects/types';
import type { TmUnit } from '../../../server/domain/tm/types';
import type { Store, TmUnitChange } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildProject, buildTmUnit, minutesAfterNow, resetBuilderIds } from '../../support/builders';

const GOERLITZ = 'Der Landkreis Görlitz fördert Vereine.';
const BAUTZEN = 'Der Landkreis Bautzen fördert Vereine.';
const ANTRAEGE = 'Anträge sind bis zum 31.03.2027 einzureichen.';

/** A unit of an approved segment. */
const segmentUnit = (project: Project, segmentId: string, source: string, target: string, overrides: Partial<TmUnit> = {}): TmUnit =>
  buildTmUnit({ id: `tm-${segmentId}`, projectId: project.id, origin: 'segment', originId: segmentId, source, target, prevSource: null, nextSource: null, ...overrides });

describe('TmService', () => {
  let dir: string;
  let store: Store;
  /** "Another app instance": a second store on the same SQLite file. */
  let otherInstance: Store;
  let project: Project;

  beforeEach(async () => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-tm-'));
    store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    otherInstance = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    project = buildProject();
    await store.projects.create(project);
  });
  afterEach(async () => {
    await store.close();
    await otherInstance.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a unit another instance writes to the store is found by the next lookup, one query catching up', async () => {
    const service = new TmService(store);
    const asked: [readonly string[] | null, number, number][] = [];
    const listChangedSince = store.tmUnits.listChangedSince.bind(store.tmUnits);
    store.tmUnits.listChangedSince = (projectIds, revision, limit) => (asked.push([projectIds, revision, limit]), listChangedSince(projectIds, revision, limit));

    expect(await (await service.open(project)).lookup(GOERLITZ)).toEqual([]);
    const written = await otherInstance.tmUnits.upsertForOrigin(segmentUnit(project, 's1', GOERLITZ, 'Powiat zgorzelecki wspiera stowarzyszenia.'));

    const matches = await (await service.open(project)).lookup(GOERLITZ);

    expect(matches.map((m) => [m.unitId, m.target, m.score, m.band, m.origin, m.projectId])).toEqual([
      ['tm-s1', 'Powiat zgorzelecki wspiera stowarzyszenia.', 100, '100', 'segment', project.id],
    ]);
    expect(service.revision).toBe(written.revision);
    expect(asked).toEqual([
      [null, 0, 2000],
      [null, 0, 2000],
    ]);
    await service.open(project);
    expect(asked[2]).toEqual([null, written.revision, 2000]);
  });

  test('a unit changed by another instance replaces its old pair in lookups and concordance', async () => {
    const service = new TmService(store);
    await otherInstance.tmUnits.upsertForOrigin(segmentUnit(project, 's1', GOERLITZ, 'Powiat zgorzelecki wspiera stowarzyszenia.'));
    expect((await (await service.open(project)).lookup(GOERLITZ)).map((m) => m.target)).toEqual(['Powiat zgorzelecki wspiera stowarzyszenia.']);

    await otherInstance.tmUnits.upsertForOrigin(segmentUnit(project, 's1', GOERLITZ, 'Powiat Zgorzelec wspiera stowarzyszenia.', { updatedAt: minutesAfterNow(1) }));
    const memory = await service.open(project);

    expect((await memory.lookup(GOERLITZ)).map((m) => [m.unitId, m.target])).toEqual([['tm-s1', 'Powiat Zgorzelec wspiera stowarzyszenia.']]);
    expect(memory.size).toBe(1);
    expect(await memory.search(parseConcordanceQuery('zgorzelecki')!, 'pl', 0, 10)).toEqual({ items: [], total: 0 });
    expect((await memory.search(parseConcordanceQuery('zgorzelec')!, 'pl', 0, 10)).items.map((hit) => hit.highlights)).toEqual([[{ start: 7, end: 16 }]]);
  });

  test('catching up pages through the changes; in-context matches need the same neighbours', async () => {
    const service = new TmService(store, { pageSize: 2 });
    for (const [i, source] of [GOERLITZ, ANTRAEGE, BAUTZEN].entries()) {
      await store.tmUnits.upsertForOrigin(segmentUnit(project, `s${i}`, source, `PL ${i}`, { prevSource: i === 0 ? null : 'Vorher.', nextSource: 'Nachher.' }));
    }
    const memory = await service.open(project);

    expect(memory.size).toBe(3);
    expect((await memory.lookup(ANTRAEGE, { prevSource: 'Vorher.', nextSource: 'Nachher.' })).map((m) => [m.target, m.score, m.band])).toEqual([['PL 1', 100, '101']]);
    expect((await memory.lookup(ANTRAEGE, { prevSource: null, nextSource: 'Nachher.' })).map((m) => m.band)).toEqual(['100']);
    expect((await memory.lookup(BAUTZEN, { minScore: 75 })).map((m) => [m.target, m.score, m.band])).toEqual([
      ['PL 2', 100, '100'],
      ['PL 0', 81, '75-84'],
    ]);
  });

  test('equal pairs (twins approved in several documents) are listed once', async () => {
    const service = new TmService(store);
    await store.tmUnits.upsertForOrigin(segmentUnit(project, 's1', GOERLITZ, 'PL'));
    await store.tmUnits.upsertForOrigin(segmentUnit(project, 's2', GOERLITZ, 'PL'));
    await store.tmUnits.upsertForOrigin(segmentUnit(project, 's3', GOERLITZ, 'Inaczej'));

    const matches = await (await service.open(project)).lookup(GOERLITZ);

    expect(matches.map((m) => [m.unitId, m.target])).toEqual([
      ['tm-s3', 'Inaczej'],
      ['tm-s2', 'PL'],
    ]);
  });

  test('sharing projects see each other; a project that does not share sees only its own, and switching moves its units', async () => {
    const sharing = buildProject();
    const apart = buildProject({ settings: { formality: 'default', allowSelfApproval: false, tm: { shareMemory: false, threshold: 75, exactState: 'translated', inContextState: 'translated' } } });
    await store.projects.create(sharing);
    await store.projects.create(apart);
    await store.tmUnits.upsertForOrigin(segmentUnit(project, 'p1', GOERLITZ, 'z projektu'));
    await store.tmUnits.upsertForOrigin(segmentUnit(apart, 'a1', GOERLITZ, 'osobno'));
    const service = new TmService(store);

    const seenBy = async (p: Project) => (await (await service.open(p)).lookup(GOERLITZ)).map((m) => [m.target, m.projectId]);

    expect(await seenBy(sharing)).toEqual([['z projektu', project.id]]);
    expect(await seenBy(apart)).toEqual([['osobno', apart.id]]);

    const nowApart: Project = { ...project, settings: { ...project.settings, tm: { shareMemory: false, threshold: 75, exactState: 'translated', inContextState: 'translated' } } };
    await otherInstance.projects.update(nowApart);

    expect(await seenBy(sharing)).toEqual([]);
    expect(await seenBy(nowApart)).toEqual([['z projektu', project.id]]);
    expect((await service.open(sharing)).scope).toBe('shared');
    expect((await service.open(nowApart)).scope).toBe(`project:${project.id}`);
  });

  test('with a settle window, a revision that becomes visible after a higher one is still applied', async () => {
    // MongoDB hands out revisions before the write commits: revision 2 may appear after revision 3.
    const units = [
      { unit: segmentUnit(project, 's1', GOERLITZ, 'PL 1'), revision: 1 },
      { unit: segmentUnit(project, 's2', ANTRAEGE, 'PL 2'), revision: 2 },
      { unit: segmentUnit(project, 's3', BAUTZEN, 'PL 3'), revision: 3 },
    ];
    let visible: TmUnitChange[] = [units[0]!, units[2]!];
    let now = 1_000;
    const lagging: Store = {
      ...store,
      tmUnits: {
        ...store.tmUnits,
        listChangedSince: async (_ids, revision, limit) => visible.filter((c) => c.revision > revision).sort((a, b) => a.revision - b.revision).slice(0, limit),
      },
    };
    const service = new TmService(lagging, { settleMs: 500, now: () => now });

    expect(await (await service.open(project)).lookup(ANTRAEGE)).toEqual([]);
    now += 100;
    visible = units;
    expect((await (await service.open(project)).lookup(ANTRAEGE)).map((m) => m.target)).toEqual(['PL 2']);

    // Without the window the cursor jumps to 3 and revision 2 is never read.
    visible = [units[0]!, units[2]!];
    const eager = new TmService(lagging, { settleMs: 0, now: () => now });
    await eager.open(project);
    visible = units;
    expect(await (await eager.open(project)).lookup(ANTRAEGE)).toEqual([]);
  });

  test('the settle window trails: once it has passed, the cursor moves up and old revisions are not read again', async () => {
    const asked: number[] = [];
    let now = 0;
    const tracked: Store = {
      ...store,
      tmUnits: { ...store.tmUnits, listChangedSince: async (ids, revision, limit) => (asked.push(revision), store.tmUnits.listChangedSince(ids, revision, limit)) },
    };
    const service = new TmService(tracked, { settleMs: 1_000, now: () => now });
    const first = await store.tmUnits.upsertForOrigin(segmentUnit(project, 's1', GOERLITZ, 'PL 1'));
    await service.sync(); // t=0, sees revision 1
    now = 500;
    await service.sync(); // still within the window: reads from 0
    now = 2_000;
    await service.sync(); // the sync that ended at t=0 settled: reads from revision 1
    await service.sync();

    expect(asked).toEqual([0, 0, 0, first.revision]);
  });

  test('concurrent opens share one catch-up that starts after they asked', async () => {
    let calls = 0;
    const counting: Store = {
      ...store,
      tmUnits: { ...store.tmUnits, listChangedSince: async (ids, revision, limit) => (calls++, store.tmUnits.listChangedSince(ids, revision, limit)) },
    };
    const service = new TmService(counting);
    await Promise.all([service.sync(), service.sync(), service.sync(), service.sync()]);
    expect(calls).toBe(2);
  });
});
