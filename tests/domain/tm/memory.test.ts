// The translation memory held in memory: an image made of it and read back answers and changes exactly
// as the memory it was made of (what a restart loads from disk instead of building the memory again).
import { Corpus, rng } from '../../../scripts/bench/tmCorpus';
import { parseConcordanceQuery } from '../../../server/domain/tm/concordance';
import { memoryFormatFingerprint, SHARED_SCOPE, TranslationMemory } from '../../../server/domain/tm/memory';
import type { TmUnitChange } from '../../../server/domain/tm/types';
import { buildTmUnit } from '../../support/builders';

const corpus = new Corpus(rng(7));
const sentences = Array.from({ length: 400 }, () => corpus.sentence());

/** Units of two projects (the second keeps its memory apart), some with context, some changed later. */
function changes(from: number, to: number, revisionBase: number): TmUnitChange[] {
  return sentences.slice(from, to).map(({ source, target }, i) => ({
    unit: buildTmUnit({
      id: `u${from + i}`,
      projectId: (from + i) % 3 === 0 ? 'apart' : 'shared',
      source,
      target,
      origin: (from + i) % 2 === 0 ? 'segment' : 'tmx',
      originId: (from + i) % 2 === 0 ? `s${from + i}` : null,
      ...((from + i) % 5 === 0 ? { prevSource: i === 0 ? null : sentences[from + i - 1].source, nextSource: null } : {}),
    }),
    revision: revisionBase + i + 1,
  }));
}

const queries = [
  ...sentences.slice(0, 40).map((s) => s.source),
  ...sentences.slice(100, 120).map((s) => s.source.replace(/\s\S+$/, ' geändert.')),
  ...Array.from({ length: 10 }, () => corpus.sentence().source),
];

/** Every answer a memory gives for the test queries, in both scopes. */
function answers(memory: TranslationMemory) {
  return ['shared', 'project:apart'].map((scope) => ({
    size: memory.scopeSize(scope),
    lookups: queries.map((text, i) => memory.lookup(scope, text, { minScore: 50, limit: 3, ...(i % 7 === 0 ? { prevSource: null, nextSource: null } : {}) })),
    search: ['Förder*', '"des Landkreises"', 'powiatu', 'Görlitz'].map((q) => memory.search(scope, parseConcordanceQuery(q)!, q === 'powiatu' ? 'pl' : 'de', 0, 5)),
  }));
}

describe('TranslationMemory.image and fromImage', () => {
  test('a memory read back from its image answers every lookup and search as the original, and takes further changes the same way', () => {
    const original = new TranslationMemory();
    original.assign('shared', SHARED_SCOPE);
    original.assign('apart', 'project:apart');
    original.apply(changes(0, 300, 0));
    // A second write of some units (a new target), at higher revisions.
    original.apply(changes(0, 30, 1000).map(({ unit, revision }) => ({ unit: { ...unit, target: `${unit.target} (neu)` }, revision })));

    const restored = TranslationMemory.fromImage(structuredClone(original.image()));

    expect(answers(restored)).toEqual(answers(original));
    expect(answers(original)[0].lookups.some((matches) => matches.length > 0)).toBe(true);

    for (const memory of [original, restored]) {
      memory.apply(changes(300, 400, 2000));
      memory.apply(changes(50, 60, 3000).map(({ unit, revision }) => ({ unit: { ...unit, source: `${unit.source} Ergänzt.` }, revision })));
      memory.assign('apart', SHARED_SCOPE);
    }
    expect(answers(restored)).toEqual(answers(original));
    expect(restored.size).toBe(400);
  });

  test('units of a project with no scope yet are held and indexed once it gets one', () => {
    const memory = new TranslationMemory();
    memory.apply(changes(0, 10, 0));
    expect(memory.lookup(SHARED_SCOPE, sentences[1].source)).toEqual([]);

    memory.assign('shared', SHARED_SCOPE);

    expect(memory.scopeSize(SHARED_SCOPE)).toBe(6);
    expect(memory.lookup(SHARED_SCOPE, sentences[1].source).map((m) => [m.unitId, m.score, m.projectId])).toEqual([['u1', 100, 'shared']]);
  });

  test('the format fingerprint is the same for the same code', () => {
    expect(memoryFormatFingerprint()).toMatch(/^[0-9a-f]{1,8}$/);
    expect(memoryFormatFingerprint()).toBe(memoryFormatFingerprint());
  });
});
