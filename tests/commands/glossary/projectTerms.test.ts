// The terms every save's QA reads come from memory while the glossary is unchanged, and from the store
// again as soon as a term is written here, and from the next turn of the event loop when another instance
// on the same database file wrote it (storage/sqlite/rowCache.ts: a request that reaches this instance
// after the other's write is read in a later turn).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LARGE_GLOSSARY_TERMS, projectTerms, warmProjectTerms } from '../../../server/commands/glossary/projectTerms';
import type { Store } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildProject } from '../../support/builders';
import { buildGlossaryTerm } from '../../storage/glossaryContract';

describe('projectTerms', () => {
  let dir: string;
  let store: Store;
  let other: Store;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-terms-'));
    store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    other = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') }); // a second instance
    await store.projects.create(buildProject({ id: 'project-1' }));
  });
  afterEach(async () => {
    await store.close();
    await other.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Counts the store's reads of whole glossaries. */
  function countingReads(): { reads: number } {
    const counter = { reads: 0 };
    const listByProject = store.glossary.listByProject.bind(store.glossary);
    store.glossary.listByProject = async (projectId) => {
      counter.reads++;
      return listByProject(projectId);
    };
    return counter;
  }

  it('reads the glossary once while it is unchanged and hands out the same terms', async () => {
    await store.glossary.create(buildGlossaryTerm({ id: 'term-1', projectId: 'project-1', de: 'Grenzraum', pl: 'obszar przygraniczny' }));
    const counter = countingReads();

    const first = await projectTerms({ store }, 'project-1');
    const second = await projectTerms({ store }, 'project-1');

    expect(first.map((term) => term.de)).toEqual(['Grenzraum']);
    expect(second).toBe(first);
    expect(counter.reads).toBe(1);
  });

  it('reads again after a term is written here or by another instance', async () => {
    await store.glossary.create(buildGlossaryTerm({ id: 'term-1', projectId: 'project-1', de: 'Grenzraum', pl: 'obszar przygraniczny' }));
    const counter = countingReads();
    await projectTerms({ store }, 'project-1');

    await store.glossary.create(buildGlossaryTerm({ id: 'term-2', projectId: 'project-1', de: 'Woiwodschaft', pl: 'województwo' }));
    expect((await projectTerms({ store }, 'project-1')).map((term) => term.de)).toEqual(['Grenzraum', 'Woiwodschaft']);
    await other.glossary.delete('term-1');
    await new Promise((resolve) => setImmediate(resolve));
    expect((await projectTerms({ store }, 'project-1')).map((term) => term.de)).toEqual(['Woiwodschaft']);
    expect(counter.reads).toBe(3);
  });

  // The first read after a change also indexes the terms for the matcher, a step at a time
  // (domain/glossary/german.ts): saves that come meanwhile wait for that one read, not a read each.
  it('gives callers that come while the glossary is read and indexed the same read', async () => {
    await store.glossary.writeBatch('project-1', {
      put: Array.from({ length: 5_000 }, (_, i) => buildGlossaryTerm({ id: `term-${i}`, projectId: 'project-1', de: `Landkreis Ort${i}`, pl: `powiat ${i}` })),
      remove: [],
    });
    const counter = countingReads();

    const all = await Promise.all(Array.from({ length: 8 }, () => projectTerms({ store }, 'project-1')));

    expect(counter.reads).toBe(1);
    expect(all.every((terms) => terms === all[0])).toBe(true);
    expect(all[0]).toHaveLength(5_000);
  });

  it('keeps no failed read: the next call reads again', async () => {
    const listByProject = store.glossary.listByProject.bind(store.glossary);
    store.glossary.listByProject = async () => {
      throw new Error('disk gone');
    };
    await expect(projectTerms({ store }, 'project-1')).rejects.toThrow('disk gone');
    store.glossary.listByProject = listByProject;
    expect(await projectTerms({ store }, 'project-1')).toEqual([]);
  });

  // An import of 100,000 terms changes the glossary every few hundred terms; saves that waited for each
  // new read of it took over a second each (docs/benchmarks.md).
  it(`reads a large glossary that changed in the background, handing out the terms as they were meanwhile`, async () => {
    await store.glossary.writeBatch('project-1', {
      put: Array.from({ length: LARGE_GLOSSARY_TERMS + 1 }, (_, i) => buildGlossaryTerm({ id: `term-${i}`, projectId: 'project-1', de: `Landkreis Ort${i}`, pl: `powiat ${i}` })),
      remove: [],
    });
    const before = await projectTerms({ store }, 'project-1');
    const counter = countingReads();
    await store.glossary.create(buildGlossaryTerm({ id: 'term-new', projectId: 'project-1', de: 'Woiwodschaft', pl: 'województwo' }));

    // At once, and while the new read runs: the terms as they were; one read however many calls.
    expect(await projectTerms({ store }, 'project-1')).toBe(before);
    expect(await projectTerms({ store }, 'project-1')).toBe(before);
    let now = before;
    for (let turn = 0; turn < 1000 && now === before; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      now = await projectTerms({ store }, 'project-1');
    }

    expect(now).toHaveLength(LARGE_GLOSSARY_TERMS + 2);
    expect(now[now.length - 1]!.de).toBe('Woiwodschaft');
    expect(counter.reads).toBe(1);
  });

  it('reads ahead at a start the most written glossaries, so that saves read none', async () => {
    await store.projects.create(buildProject({ id: 'project-2' }));
    await store.projects.create(buildProject({ id: 'project-3' }));
    await store.glossary.create(buildGlossaryTerm({ id: 'term-1', projectId: 'project-1', de: 'Grenzraum', pl: 'obszar przygraniczny' }));
    await store.glossary.create(buildGlossaryTerm({ id: 'term-2', projectId: 'project-2', de: 'Woiwodschaft', pl: 'województwo' }));
    const counter = countingReads();

    expect(await warmProjectTerms({ store })).toBe(2); // project-3 has no glossary
    expect(counter.reads).toBe(2);
    expect((await projectTerms({ store }, 'project-2')).map((term) => term.de)).toEqual(['Woiwodschaft']);
    expect((await projectTerms({ store }, 'project-1')).map((term) => term.de)).toEqual(['Grenzraum']);
    expect(counter.reads).toBe(2);
  });
});
