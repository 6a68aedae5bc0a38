// The terms every save's QA reads come from memory while the glossary is unchanged, and from the store
// again as soon as a term is written here, and from the next turn of the event loop when another instance
// on the same database file wrote it (storage/sqlite/rowCache.ts: a request that reaches this instance
// after the other's write is read in a later turn).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectTerms } from '../../../server/commands/glossary/projectTerms';
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
});
