// The translation memory on its worker thread: it answers as the inline memory does, keeps the order
// of requests, and is saved to disk and loaded again by a restart, which then reads only the changes
// since; a saved memory of another store, or newer than the store, is not loaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TmService } from '../../server/commands/tm/tmService';
import { createInlineTmEngine } from '../../server/commands/tm/tmEngine';
import { parseConcordanceQuery } from '../../server/domain/tm/concordance';
import type { Project } from '../../server/domain/projects/types';
import type { TmUnit } from '../../server/domain/tm/types';
import type { Store } from '../../server/ports/repositories';
import type { TmEngine } from '../../server/ports/tmEngine';
import { createSqliteStore } from '../../server/storage/sqlite';
import { createWorkerTmEngine } from '../../server/workers/tmWorkerEngine';
import { Corpus, rng } from '../../scripts/bench/tmCorpus';
import { buildProject, buildTmUnit, resetBuilderIds } from '../support/builders';

const SENTENCES = [
  ['Der Landkreis Görlitz fördert Vereine.', 'Powiat zgorzelecki wspiera stowarzyszenia.'],
  ['Der Landkreis Bautzen fördert Vereine.', 'Powiat budziszyński wspiera stowarzyszenia.'],
  ['Anträge sind bis zum 31.03.2027 einzureichen.', 'Wnioski należy składać do 31.03.2027.'],
  ['Die Stadt Zittau lädt zum 4. Treffen ein.', 'Miasto Żytawa zaprasza na 4. spotkanie.'],
] as const;

const unitOf = (project: Project, i: number, overrides: Partial<TmUnit> = {}): TmUnit =>
  buildTmUnit({ id: `tm-${project.id}-${i}`, projectId: project.id, origin: 'tmx', originId: null, source: SENTENCES[i][0], target: SENTENCES[i][1], ...overrides });

describe('createWorkerTmEngine', () => {
  let dir: string;
  const engines: TmEngine[] = [];
  const engine = (snapshotFile: string | null = path.join(dir, 'tm-memory.snapshot')) => {
    const made = createWorkerTmEngine({ snapshotFile });
    engines.push(made);
    return made;
  };

  beforeEach(() => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-tm-worker-'));
  });
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((e) => e.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('answers lookups and searches exactly as the inline memory, requests in the order sent', async () => {
    const project = buildProject();
    const changes = SENTENCES.map((_, i) => ({ unit: unitOf(project, i), revision: i + 1 }));
    const threaded = engine(null);
    const inline = createInlineTmEngine();
    const query = { text: 'Der Landkreis Görlitz fördert Sportvereine.', prevSource: null, nextSource: null };

    const answers = async (memory: TmEngine) => {
      // Not awaited one by one: the lookup and search must see the apply and assign sent before them.
      const [, , size, lookups, search] = await Promise.all([
        memory.apply(changes),
        memory.assign([[project.id, 'shared']]),
        memory.scopeSize('shared'),
        memory.lookup('shared', [query, { text: SENTENCES[2][0] }], { minScore: 60, limit: 3 }),
        memory.search('shared', parseConcordanceQuery('Landkreis')!, 'de', 0, 10),
      ]);
      return { size, lookups, search };
    };

    const threadedAnswers = await answers(threaded);
    expect(threadedAnswers).toEqual(await answers(inline));
    expect(threadedAnswers.size).toBe(4);
    expect(threadedAnswers.lookups.map((matches) => matches.map((m) => [m.target, m.score]))).toEqual([
      [
        ['Powiat zgorzelecki wspiera stowarzyszenia.', 81],
        ['Powiat budziszyński wspiera stowarzyszenia.', 63],
      ],
      [['Wnioski należy składać do 31.03.2027.', 100]],
    ]);
    expect(threadedAnswers.search.total).toBe(2);
    expect(threaded.saves).toBe(false);
    expect(await threaded.save({ storeId: 's', cursor: 4, maxSeen: 4 })).toBe(false);
  });

  test('a saved memory is loaded by a new thread for the same store, not for another store or an older one', async () => {
    const project = buildProject();
    const first = engine();
    await first.apply(SENTENCES.map((_, i) => ({ unit: unitOf(project, i), revision: i + 1 })));
    await first.assign([[project.id, 'shared']]);
    const saving = first.save({ storeId: 'store-a', cursor: 4, maxSeen: 4 });
    // Sent during the save: waits for it, so the file holds the memory as it was when the save was asked.
    const later = first.apply([{ unit: unitOf(project, 0, { target: 'zmieniony' }), revision: 5 }]);
    expect(await saving).toBe(true);
    await later;

    expect(await engine().restore('store-b', 10)).toBeNull();
    expect(await engine().restore('store-a', 3)).toBeNull();
    const second = engine();
    expect(await second.restore('store-a', 4)).toEqual({ storeId: 'store-a', cursor: 4, maxSeen: 4 });
    const [matches] = await second.lookup('shared', [{ text: SENTENCES[0][0] }], {});
    expect(matches.map((m) => [m.unitId, m.target, m.score])).toEqual([
      [`tm-${project.id}-0`, SENTENCES[0][1], 100],
      [`tm-${project.id}-1`, SENTENCES[1][1], 81],
    ]);
    expect(await second.scopeSize('shared')).toBe(4);
  });
});

describe('TmService with the memory on its thread', () => {
  let dir: string;
  let store: Store;
  let project: Project;
  const services: TmService[] = [];
  const service = (on: Store = store, snapshotFile = path.join(dir, 'tm-memory.snapshot')) => {
    const made = new TmService(on, { engine: createWorkerTmEngine({ snapshotFile }), saveAfterChanges: 1, saveDelayMs: 60_000 });
    services.push(made);
    return made;
  };

  beforeEach(async () => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-tm-restart-'));
    store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    project = buildProject();
    await store.projects.create(project);
  });
  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.close()));
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a restart loads the memory saved at close and reads only the changes made since', async () => {
    await store.tmUnits.insertMany([unitOf(project, 0), unitOf(project, 1), unitOf(project, 2)]);
    const before = service();
    expect((await before.open(project)).size).toBe(3);
    const savedAt = before.revision;
    await before.close();
    await store.tmUnits.insertMany([unitOf(project, 3)]);

    const asked: number[] = [];
    const listChangedSince = store.tmUnits.listChangedSince.bind(store.tmUnits);
    store.tmUnits.listChangedSince = (ids, revision, limit) => (asked.push(revision), listChangedSince(ids, revision, limit));
    const after = service();
    const memory = await after.open(project);

    expect(asked).toEqual([savedAt]);
    expect(memory.size).toBe(4);
    expect((await memory.lookup(SENTENCES[3][0])).map((m) => [m.target, m.score])).toEqual([[SENTENCES[3][1], 100]]);
    expect((await memory.lookup(SENTENCES[0][0])).map((m) => [m.target, m.score])).toEqual([
      [SENTENCES[0][1], 100],
      [SENTENCES[1][1], 81],
    ]);
  });

  test('the memory saved from one store is not loaded for another', async () => {
    await store.tmUnits.insertMany([unitOf(project, 0), unitOf(project, 1)]);
    const first = service();
    await first.sync();
    await first.close();

    const other = createSqliteStore({ file: path.join(dir, 'other.sqlite') });
    try {
      await other.projects.create(project);
      await other.tmUnits.insertMany([unitOf(project, 2, { id: 'other-unit' })]);
      const memory = await service(other).open(project);
      expect(memory.size).toBe(1);
      expect(await memory.lookup(SENTENCES[0][0])).toEqual([]);
    } finally {
      await Promise.all(services.splice(0).map((s) => s.close()));
      await other.close();
    }
  });

  test('a restart catches up with units added and changed since the save: changed pairs answer with their new text only', async () => {
    await store.tmUnits.insertMany([unitOf(project, 0), unitOf(project, 1)]);
    await store.tmUnits.upsertForOrigin(unitOf(project, 2, { id: 'seg-unit', origin: 'segment', originId: 'segment-1' }));
    const before = service();
    expect((await before.open(project)).size).toBe(3);
    await before.close();
    await store.tmUnits.upsertForOrigin(unitOf(project, 2, { id: 'seg-unit-2', origin: 'segment', originId: 'segment-1', target: 'Wnioski można składać do 31.03.2027.' }));
    await store.tmUnits.insertMany([unitOf(project, 3)]);

    const memory = await service().open(project);
    expect(memory.size).toBe(4);
    expect((await memory.lookup(SENTENCES[2][0])).map((m) => [m.unitId, m.target, m.score])).toEqual([['seg-unit', 'Wnioski można składać do 31.03.2027.', 100]]);
    expect((await memory.lookup(SENTENCES[3][0])).map((m) => [m.target, m.score])).toEqual([[SENTENCES[3][1], 100]]);
  });

  test('a saved memory damaged on disk is not loaded: the memory is built from the store and answers as before', async () => {
    await store.tmUnits.insertMany([unitOf(project, 0), unitOf(project, 1), unitOf(project, 2)]);
    const before = service();
    const expected = await (await before.open(project)).lookup(SENTENCES[0][0]);
    await before.close();
    const file = path.join(dir, 'tm-memory.snapshot');
    const bytes = fs.readFileSync(file);
    for (let i = 100; i < bytes.length - 2000; i += 97) bytes[i] ^= 0x5a; // the parts, not the header at the end
    fs.writeFileSync(file, bytes);

    const asked = readsFrom(store);
    const memory = await service().open(project); // the thread says on stderr that it builds the memory again

    expect(asked).toEqual([0]);
    expect(memory.size).toBe(3);
    expect(await memory.lookup(SENTENCES[0][0])).toEqual(expected);
  });

  test('a saved memory newer than the store (a database restored from a copy) is not loaded: units of the lost history are never matched', async () => {
    const databaseFile = path.join(dir, 'nysa.sqlite');
    await store.tmUnits.insertMany([unitOf(project, 0), unitOf(project, 1)]);
    await store.close();
    fs.copyFileSync(databaseFile, path.join(dir, 'copy.sqlite'));
    store = createSqliteStore({ file: databaseFile });
    await store.tmUnits.insertMany([unitOf(project, 2), unitOf(project, 3)]);
    const before = service();
    expect((await before.open(project)).size).toBe(4);
    await before.close();
    await store.close();
    fs.copyFileSync(path.join(dir, 'copy.sqlite'), databaseFile);
    fs.rmSync(`${databaseFile}-wal`, { force: true });
    fs.rmSync(`${databaseFile}-shm`, { force: true });
    store = createSqliteStore({ file: databaseFile });

    const memory = await service().open(project);
    expect(memory.size).toBe(2);
    expect(await memory.lookup(SENTENCES[3][0])).toEqual([]);
    expect((await memory.lookup(SENTENCES[0][0])).map((m) => m.target)).toEqual([SENTENCES[0][1], SENTENCES[1][1]]);
  });

  test('lookups sent while the memory warms up (loading the saved memory, then catching up) answer from the whole memory', async () => {
    const corpus = new Corpus(rng(15));
    const units = Array.from({ length: 3000 }, (_, i) => {
      const { source, target } = corpus.sentence();
      return buildTmUnit({ id: `unit-${i}`, projectId: project.id, origin: 'tmx', originId: null, source, target });
    });
    await store.tmUnits.insertMany(units.slice(0, 2500));
    const before = service();
    await before.sync();
    await before.close();
    await store.tmUnits.insertMany(units.slice(2500));
    const queries = [units[10].source, units[2600].source, `${units[1500].source} Neu`];
    const inline = new TmService(store);
    const inlineMemory = await inline.open(project);
    const expected = await Promise.all(queries.map((text) => inlineMemory.lookup(text)));

    const restarted = service();
    const warming = restarted.warmUp();
    // Sent at once, not after the warm-up: each waits for it and answers as the memory built from the whole store does.
    const answers = await Promise.all(queries.map(async (text) => (await restarted.open(project)).lookup(text)));
    await warming;
    expect(answers).toEqual(expected);
    expect(answers.map((matches) => matches[0]?.unitId)).toEqual(['unit-10', 'unit-2600', 'unit-1500']);
  });
});

/** Records the revision each catch-up query of `store` starts after. */
function readsFrom(store: Store): number[] {
  const asked: number[] = [];
  const listChangedSince = store.tmUnits.listChangedSince.bind(store.tmUnits);
  store.tmUnits.listChangedSince = (ids, revision, limit) => (asked.push(revision), listChangedSince(ids, revision, limit));
  return asked;
}
