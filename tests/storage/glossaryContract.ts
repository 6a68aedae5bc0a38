// The behaviour every GlossaryRepository promises (server/ports/glossaryRepository.ts), run against each
// adapter by its test file (sqlite.test.ts always, mongo.test.ts with MONGODB_URI).
import { Conflict, InvalidInput, NotFound, VersionConflict } from '../../server/domain/errors';
import type { DeeplGlossaryState, GlossaryTerm } from '../../server/domain/glossary/types';
import type { Store } from '../../server/ports/repositories';
import { buildProject, FIXED_NOW, minutesAfterNow, nextId, resetBuilderIds } from '../support/builders';
import { rejectionOf } from '../support/rejection';

export function buildGlossaryTerm(overrides: Partial<GlossaryTerm> = {}): GlossaryTerm {
  return {
    id: overrides.id ?? nextId('term'),
    projectId: 'project-1',
    de: 'Grenzraum',
    pl: 'pogranicze',
    note: null,
    partOfSpeech: null,
    caseSensitive: false,
    forbidden: [],
    status: 'approved',
    compound: false,
    version: 1,
    createdBy: 'user-coordinator',
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    ...overrides,
  };
}

export function describeGlossaryContract(name: string, open: () => Promise<Store>): void {
  describe(`glossary contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
      await store.projects.create(buildProject({ id: 'project-1' }));
      await store.projects.create(buildProject({ id: 'project-2' }));
    });

    afterEach(async () => {
      await store.close();
    });

    const ids = (terms: GlossaryTerm[]) => terms.map((term) => term.id);

    describe('terms', () => {
      it('revision changes with every write of a term of the project, and only then', async () => {
        expect(await store.glossary.revision('project-1')).toBe(0);
        const seen: number[] = [0];
        const changed = async () => {
          const revision = await store.glossary.revision('project-1');
          expect(seen).not.toContain(revision);
          seen.push(revision);
        };
        const term = buildGlossaryTerm({ id: 'term-1', projectId: 'project-1' });
        await store.glossary.create(term);
        await changed();
        await store.glossary.update({ ...term, pl: 'Unia Europejska', version: 2 }, 1);
        await changed();
        await store.glossary.writeBatch('project-1', { put: [buildGlossaryTerm({ id: 'term-2', projectId: 'project-1' })], remove: [] });
        await changed();
        await store.glossary.writeBatch('project-1', { put: [], remove: ['term-2'] });
        await changed();
        expect(await store.glossary.delete('term-1')).toBe(true);
        await changed();
        // Reads, a refused write, a delete of nothing and another project's writes leave it as it is.
        const now = seen[seen.length - 1];
        await store.glossary.listByProject('project-1');
        await expect(store.glossary.update({ ...term, id: 'term-unknown' })).rejects.toThrow();
        expect(await store.glossary.delete('term-1')).toBe(false);
        await store.glossary.create(buildGlossaryTerm({ id: 'term-3', projectId: 'project-2' }));
        expect(await store.glossary.revision('project-1')).toBe(now);
        expect(await store.glossary.revision('project-2')).not.toBe(0);
      });

      it('findById returns the created term unchanged, every field included', async () => {
        const term = buildGlossaryTerm({
          de: 'Freistaat Sachsen',
          pl: 'Wolne Państwo Saksonia',
          note: 'Amtliche Bezeichnung, „Freistaat“ nie „Land“',
          partOfSpeech: 'proper_noun',
          caseSensitive: true,
          forbidden: ['Kraj Związkowy Saksonia', 'Saksonia'],
          status: 'proposed',
          compound: true,
          version: 3,
          createdAt: minutesAfterNow(-5),
          updatedAt: minutesAfterNow(2),
        });
        await store.glossary.create(term);

        expect(await store.glossary.findById(term.id)).toEqual(term);
        expect(await store.glossary.findById('term-unknown')).toBeNull();
      });

      it('create throws NotFound (project) for an unknown project and Conflict for a taken id', async () => {
        const orphan = await rejectionOf(store.glossary.create(buildGlossaryTerm({ projectId: 'project-unknown' })));
        expect(orphan).toBeInstanceOf(NotFound);
        expect(orphan).toMatchObject({ params: { entity: 'project' } });

        await store.glossary.create(buildGlossaryTerm({ id: 'term-a' }));
        expect(await rejectionOf(store.glossary.create(buildGlossaryTerm({ id: 'term-a', de: 'Anders' })))).toBeInstanceOf(Conflict);
        expect((await store.glossary.findById('term-a'))?.de).toBe('Grenzraum');
      });

      it('listByProject gives the project terms oldest first, those of one moment in the order written', async () => {
        await store.glossary.create(buildGlossaryTerm({ id: 'term-late', createdAt: minutesAfterNow(10) }));
        await store.glossary.create(buildGlossaryTerm({ id: 'term-z' }));
        await store.glossary.create(buildGlossaryTerm({ id: 'term-a' }));
        await store.glossary.create(buildGlossaryTerm({ id: 'term-early', createdAt: minutesAfterNow(-10) }));
        await store.glossary.create(buildGlossaryTerm({ id: 'term-other', projectId: 'project-2' }));

        expect(ids(await store.glossary.listByProject('project-1'))).toEqual(['term-early', 'term-z', 'term-a', 'term-late']);
        expect(ids(await store.glossary.listByProject('project-2'))).toEqual(['term-other']);
        expect(await store.glossary.listByProject('project-unknown')).toEqual([]);
      });

      it('listByProject gives a glossary of several thousand terms whole, in the same order (SQLite reads it in pages)', async () => {
        // Written in batches, three moments interleaved: the order is by moment, then as written.
        const moments = [minutesAfterNow(5), minutesAfterNow(-5), FIXED_NOW];
        const terms = Array.from({ length: 5003 }, (_, i) => buildGlossaryTerm({ id: `term-${i}`, de: `Begriff ${i}`, createdAt: moments[i % 3] }));
        for (let i = 0; i < terms.length; i += 500) await store.glossary.writeBatch('project-1', { put: terms.slice(i, i + 500), remove: [] });

        const listed = ids(await store.glossary.listByProject('project-1'));
        const expected = [1, 2, 0].flatMap((moment) => terms.filter((_, i) => i % 3 === moment).map((term) => term.id));
        expect(listed).toHaveLength(5003);
        expect(listed).toEqual(expected);
      });

      it('update replaces the fields but keeps the project and the creation', async () => {
        const term = buildGlossaryTerm({ id: 'term-a' });
        await store.glossary.create(term);
        const changed: GlossaryTerm = {
          ...term,
          projectId: 'project-2',
          createdBy: 'someone-else',
          createdAt: minutesAfterNow(30),
          pl: 'obszar przygraniczny',
          note: 'geändert',
          partOfSpeech: 'noun',
          forbidden: ['strefa graniczna'],
          caseSensitive: true,
          compound: true,
          status: 'proposed',
          version: 2,
          updatedAt: minutesAfterNow(1),
        };

        await store.glossary.update(changed);

        expect(await store.glossary.findById('term-a')).toEqual({ ...changed, projectId: 'project-1', createdBy: term.createdBy, createdAt: term.createdAt });
        expect(ids(await store.glossary.listByProject('project-2'))).toEqual([]);
      });

      it('update with the expected version writes; with a stale one writes nothing and throws VersionConflict', async () => {
        const term = buildGlossaryTerm({ id: 'term-a', version: 4 });
        await store.glossary.create(term);

        await store.glossary.update({ ...term, pl: 'pogranicze polsko-niemieckie', version: 5 }, 4);
        const conflict = await rejectionOf(store.glossary.update({ ...term, pl: 'przegrany', version: 5 }, 4));

        expect(conflict).toBeInstanceOf(VersionConflict);
        expect(conflict).toMatchObject({ details: { expectedVersion: 4, actualVersion: 5 } });
        expect(await store.glossary.findById('term-a')).toEqual({ ...term, pl: 'pogranicze polsko-niemieckie', version: 5 });
      });

      it('update of an unknown term throws NotFound (glossary_term), with or without a version', async () => {
        for (const version of [undefined, 1]) {
          const error = await rejectionOf(store.glossary.update(buildGlossaryTerm({ id: 'term-unknown' }), version));
          expect(error).toBeInstanceOf(NotFound);
          expect(error).toMatchObject({ params: { entity: 'glossary_term' } });
        }
      });

      it('delete removes one term and says whether there was one', async () => {
        await store.glossary.create(buildGlossaryTerm({ id: 'term-a' }));
        await store.glossary.create(buildGlossaryTerm({ id: 'term-b' }));

        expect(await store.glossary.delete('term-a')).toBe(true);
        expect(await store.glossary.delete('term-a')).toBe(false);
        expect(await store.glossary.findById('term-a')).toBeNull();
        expect(ids(await store.glossary.listByProject('project-1'))).toEqual(['term-b']);
      });
    });

    describe('writeBatch', () => {
      const seed = async () => {
        await store.glossary.create(buildGlossaryTerm({ id: 'term-old', de: 'Alt', createdAt: minutesAfterNow(-60) }));
        await store.glossary.create(buildGlossaryTerm({ id: 'term-kept', de: 'Bleibt', createdAt: minutesAfterNow(-30) }));
        await store.glossary.create(buildGlossaryTerm({ id: 'term-other', projectId: 'project-2', de: 'Anderes Projekt' }));
      };

      it('replaces a stored term in place, adds new ones after all others in the given order, and removes the listed ids of the project only', async () => {
        await seed();
        const old = await store.glossary.findById('term-old');
        const kept = buildGlossaryTerm({ id: 'term-kept', de: 'Bleibt', pl: 'zostaje', version: 2, createdAt: minutesAfterNow(-30), updatedAt: minutesAfterNow(5) });
        const fresh = [
          buildGlossaryTerm({ id: 'term-n3', de: 'Drei', createdAt: minutesAfterNow(5), updatedAt: minutesAfterNow(5) }),
          buildGlossaryTerm({ id: 'term-n1', de: 'Eins', createdAt: minutesAfterNow(5), updatedAt: minutesAfterNow(5) }),
        ];
        const last = buildGlossaryTerm({ id: 'term-n2', de: 'Zwei', createdAt: minutesAfterNow(5), updatedAt: minutesAfterNow(5) });

        await store.glossary.writeBatch('project-1', { put: [fresh[0]!, kept, fresh[1]!], remove: [] });
        expect(await store.glossary.listByProject('project-1')).toEqual([old, kept, ...fresh]);

        await store.glossary.writeBatch('project-1', { put: [last], remove: ['term-old', 'term-other'] });
        expect(await store.glossary.listByProject('project-1')).toEqual([kept, ...fresh, last]);
        expect(ids(await store.glossary.listByProject('project-2'))).toEqual(['term-other']);
      });

      it('changes nothing of the batch when a term cannot be stored (an id of another project), when the project is unknown, or a term is of another project', async () => {
        await seed();
        const before = await store.glossary.listByProject('project-1');

        const taken = await rejectionOf(
          store.glossary.writeBatch('project-1', { put: [buildGlossaryTerm({ id: 'term-x', de: 'Neu' }), buildGlossaryTerm({ id: 'term-other', de: 'Fremd' })], remove: ['term-old'] }),
        );
        const unknown = await rejectionOf(store.glossary.writeBatch('project-unknown', { put: [buildGlossaryTerm({ projectId: 'project-unknown' })], remove: [] }));
        const stranger = await rejectionOf(store.glossary.writeBatch('project-1', { put: [buildGlossaryTerm({ id: 'term-y', projectId: 'project-2' })], remove: [] }));

        expect(taken).toBeInstanceOf(Conflict);
        expect(unknown).toBeInstanceOf(NotFound);
        expect(unknown).toMatchObject({ params: { entity: 'project' } });
        expect(stranger).toBeInstanceOf(InvalidInput);
        expect(await store.glossary.listByProject('project-1')).toEqual(before);
        expect((await store.glossary.listByProject('project-2')).map((term) => [term.id, term.de])).toEqual([['term-other', 'Anderes Projekt']]);
      });
    });

    describe('DeepL glossary state', () => {
      const state = (overrides: Partial<DeeplGlossaryState> = {}): DeeplGlossaryState => ({
        projectId: 'project-1',
        deeplGlossaryId: 'def3a26b-3e84-45b3-84ae-0c0aaf3525f7',
        syncedHash: 'sha256-of-the-entries',
        syncedAt: FIXED_NOW,
        ...overrides,
      });

      it('is null until saved, then what was saved; saving again replaces it', async () => {
        expect(await store.glossary.findDeeplGlossary('project-1')).toBeNull();

        await store.glossary.saveDeeplGlossary(state());
        expect(await store.glossary.findDeeplGlossary('project-1')).toEqual(state());

        await store.glossary.saveDeeplGlossary(state({ deeplGlossaryId: null, syncedHash: 'empty', syncedAt: minutesAfterNow(3) }));
        expect(await store.glossary.findDeeplGlossary('project-1')).toEqual(state({ deeplGlossaryId: null, syncedHash: 'empty', syncedAt: minutesAfterNow(3) }));
        expect(await store.glossary.findDeeplGlossary('project-2')).toBeNull();
      });

      it('saving for an unknown project throws NotFound (project)', async () => {
        const error = await rejectionOf(store.glossary.saveDeeplGlossary(state({ projectId: 'project-unknown' })));
        expect(error).toBeInstanceOf(NotFound);
        expect(error).toMatchObject({ params: { entity: 'project' } });
      });
    });
  });
}
