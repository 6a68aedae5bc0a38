import { alignRevision, countAlignment, SIMILARITY_THRESHOLD } from '../../../server/domain/revisions/align';
import { sourceSimilarity } from '../../../server/domain/revisions/similarity';
import type { RevisionPair } from '../../../server/domain/revisions/types';
import { rng } from '../../../scripts/bench/tmCorpus';
import { bestCpuMs } from '../../support/cpuTime';

const MEETING = 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams statt.';
const MOVED_MEETING = 'Am 31. Januar und 1. Februar 2019 fand in Dresden das 4. Treffen des Projektteams statt.';
const AGENDA = 'Auf der Tagesordnung des Treffens stand zunächst ein Rückblick auf die Projektmaßnahmen.';
const SECOND_PART = 'Der zweite Teil des Treffens diente der Vorbereitung des Terminplans für das letzte Projektjahr 2019.';
const CLOSING = 'Abschließend betonten alle Anwesenden die bisherige gute Zusammenarbeit.';
const NEXT = 'Das nächste Treffen des Projektteams findet im Mai 2019 statt.';
const ADDED = 'Die Ergebnisse werden im Herbst in Breslau vorgestellt.';

const pair = (newIndex: number, oldIndex: number | null, kind: RevisionPair['kind']) => ({ newIndex, oldIndex, kind });
const shape = (pairs: RevisionPair[]) => pairs.map(({ newIndex, oldIndex, kind }) => pair(newIndex, oldIndex, kind));

describe('alignRevision', () => {
  it('keeps every segment unchanged when the text is the same', () => {
    const alignment = alignRevision([MEETING, AGENDA, CLOSING], [MEETING, AGENDA, CLOSING]);

    expect(shape(alignment.pairs)).toEqual([pair(0, 0, 'unchanged'), pair(1, 1, 'unchanged'), pair(2, 2, 'unchanged')]);
    expect(alignment.removed).toEqual([]);
  });

  it('pairs a revised sentence with the one it replaces, in place, as changed', () => {
    const alignment = alignRevision([MEETING, AGENDA, CLOSING], [MOVED_MEETING, AGENDA, CLOSING]);

    expect(shape(alignment.pairs)).toEqual([pair(0, 0, 'changed'), pair(1, 1, 'unchanged'), pair(2, 2, 'unchanged')]);
    expect(alignment.pairs[0].similarity).toBeCloseTo(sourceSimilarity(MEETING, MOVED_MEETING), 10);
    expect(alignment.removed).toEqual([]);
  });

  it('the press release case: one date changed, one sentence added, one removed', () => {
    const before = [MEETING, AGENDA, SECOND_PART, CLOSING, NEXT];
    const after = [MOVED_MEETING, AGENDA, ADDED, SECOND_PART, NEXT];

    const alignment = alignRevision(before, after);

    expect(shape(alignment.pairs)).toEqual([
      pair(0, 0, 'changed'),
      pair(1, 1, 'unchanged'),
      pair(2, null, 'new'),
      pair(3, 2, 'unchanged'),
      pair(4, 4, 'unchanged'),
    ]);
    expect(alignment.removed).toEqual([3]);
    expect(countAlignment(alignment)).toEqual({ unchanged: 3, changed: 1, new: 1, removed: 1 });
  });

  it('treats a rewritten sentence below the similarity threshold as removed plus new', () => {
    const alignment = alignRevision([AGENDA, CLOSING], [AGENDA, ADDED]);

    expect(sourceSimilarity(CLOSING, ADDED)).toBeLessThan(SIMILARITY_THRESHOLD);
    expect(shape(alignment.pairs)).toEqual([pair(0, 0, 'unchanged'), pair(1, null, 'new')]);
    expect(alignment.removed).toEqual([1]);
  });

  it('pairs in document order: the most similar pairing that keeps the order wins', () => {
    // Two old sentences replaced by two revised ones between the same anchors.
    const before = [AGENDA, 'Der Bericht wurde im März 2019 vorgelegt.', 'Die Studie wird im Sommer 2019 fertiggestellt.', CLOSING];
    const after = [AGENDA, 'Der Bericht wurde im April 2019 vorgelegt.', 'Die Studie wird im Herbst 2019 fertiggestellt.', CLOSING];

    const alignment = alignRevision(before, after);

    expect(shape(alignment.pairs)).toEqual([pair(0, 0, 'unchanged'), pair(1, 1, 'changed'), pair(2, 2, 'changed'), pair(3, 3, 'unchanged')]);
  });

  it('leaves an unrelated sentence between two revisions out of the pairing', () => {
    const before = [AGENDA, 'Der Bericht wurde im März 2019 vorgelegt.', 'Die Studie wird im Sommer 2019 fertiggestellt.'];
    const after = [AGENDA, 'Der Bericht wurde im April 2019 vorgelegt.', ADDED, 'Die Studie wird im Herbst 2019 fertiggestellt.'];

    const alignment = alignRevision(before, after);

    expect(shape(alignment.pairs)).toEqual([pair(0, 0, 'unchanged'), pair(1, 1, 'changed'), pair(2, null, 'new'), pair(3, 2, 'changed')]);
    expect(alignment.removed).toEqual([]);
  });

  it('keeps a sentence moved elsewhere unchanged instead of removing and adding it', () => {
    const alignment = alignRevision([MEETING, AGENDA, SECOND_PART, CLOSING], [AGENDA, SECOND_PART, CLOSING, MEETING]);

    expect(shape(alignment.pairs)).toEqual([pair(0, 1, 'unchanged'), pair(1, 2, 'unchanged'), pair(2, 3, 'unchanged'), pair(3, 0, 'unchanged')]);
    expect(alignment.removed).toEqual([]);
  });

  it('matches repeated sentences one to one, in order', () => {
    const alignment = alignRevision([NEXT, AGENDA, NEXT], [NEXT, NEXT]);

    expect(shape(alignment.pairs)).toEqual([pair(0, 0, 'unchanged'), pair(1, 2, 'unchanged')]);
    expect(alignment.removed).toEqual([1]);
  });

  it('reports everything new for an empty old version and everything removed for an empty new one', () => {
    expect(shape(alignRevision([], [AGENDA, NEXT]).pairs)).toEqual([pair(0, null, 'new'), pair(1, null, 'new')]);
    expect(alignRevision([AGENDA, NEXT], [])).toEqual({ pairs: [], removed: [0, 1] });
  });

  it('pairs a large rewritten gap step by step, still in order', () => {
    // 80 × 80 segments between the anchors is beyond the full pairing; every sentence got one word changed.
    const before = Array.from({ length: 80 }, (_, i) => `Die Gemeinde Nummer ${i} meldet ${i * 7} neue Projekte für den Grenzraum.`);
    const after = before.map((sentence) => sentence.replace('meldet', 'beantragt'));

    const alignment = alignRevision(before, after);

    expect(shape(alignment.pairs)).toEqual(after.map((_, i) => pair(i, i, 'changed')));
    expect(alignment.removed).toEqual([]);
  });

  // The exact pairs between two anchors come from a bounded diff (domain/text/boundedDiff.ts): unbounded,
  // two versions with nothing in common took seconds of a worker thread's CPU per thousand segments.
  it('gives a version with nothing in common everything new, at once', () => {
    const before = Array.from({ length: 3_000 }, (_, i) => `Alpha ${i} eins.`);
    const after = Array.from({ length: 3_000 }, (_, i) => `Beta ${i + 10_000} zwei.`);
    alignRevision(before, after); // warm-up

    expect(bestCpuMs(() => alignRevision(before, after))).toBeLessThan(200);
    const alignment = alignRevision(before, after);
    expect(alignment.pairs.every((p) => p.kind === 'new' && p.oldIndex === null)).toBe(true);
    expect(alignment.removed).toEqual(before.map((_, i) => i));
  });

  // A list appended by spreading it into push() throws past some 100,000 items (domain/arrays.ts).
  it('removes every segment of a version of 200,000 that is emptied', () => {
    const before = Array.from({ length: 200_000 }, (_, i) => `Satz ${i}.`);
    const alignment = alignRevision(before, []);
    expect(alignment.pairs).toEqual([]);
    expect(alignment.removed).toHaveLength(200_000);
    expect(alignment.removed[199_999]).toBe(199_999);
  });

  it('still keeps repeated sentences unchanged in a gap too unlike for the diff', () => {
    // "Ja." a thousand times in each version (never an anchor: not unique), between sentences all new.
    const before = Array.from({ length: 2_000 }, (_, i) => (i % 2 ? 'Ja.' : `Alpha ${i} eins.`));
    const after = Array.from({ length: 2_000 }, (_, i) => (i % 2 ? 'Ja.' : `Beta ${i + 10_000} zwei.`));

    const alignment = alignRevision(before, after);

    expect(shape(alignment.pairs)).toEqual(after.map((_, i) => (i % 2 ? pair(i, i, 'unchanged') : pair(i, null, 'new'))));
    expect(alignment.removed).toEqual(before.flatMap((_, i) => (i % 2 ? [] : [i])));
  });
});

describe('alignRevision on random edits (property)', () => {
  const WORDS = Array.from({ length: 400 }, (_, i) => `wort${i.toString(36)}`);

  it('recovers where every sentence went after random changes, insertions and deletions (200 documents)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = rng(seed); // seeded: a failure replays from its seed
      const pick = () => WORDS[Math.floor(next() * WORDS.length)];
      const sentence = () => Array.from({ length: 10 + Math.floor(next() * 10) }, pick).join(' ') + '.';
      const before = Array.from({ length: 5 + Math.floor(next() * 40) }, sentence);
      const after: string[] = [];
      /** The expected fate of each new sentence: the old index it continues and how, or new. */
      const expected: { oldIndex: number | null; kind: RevisionPair['kind'] }[] = [];
      const removed: number[] = [];
      before.forEach((old, oldIndex) => {
        const roll = next();
        if (roll < 0.15) {
          removed.push(oldIndex);
        } else if (roll < 0.35) {
          const words = old.slice(0, -1).split(' ');
          words[Math.floor(next() * words.length)] = 'geändert';
          after.push(words.join(' ') + '.');
          expected.push({ oldIndex, kind: after[after.length - 1] === old ? 'unchanged' : 'changed' });
        } else {
          after.push(old);
          expected.push({ oldIndex, kind: 'unchanged' });
        }
        if (next() < 0.15) {
          after.push(sentence());
          expected.push({ oldIndex: null, kind: 'new' });
        }
      });

      const alignment = alignRevision(before, after);

      const context = `seed ${seed}`;
      expect({ context, pairs: shape(alignment.pairs) }).toEqual({ context, pairs: expected.map((e, newIndex) => pair(newIndex, e.oldIndex, e.kind)) });
      expect({ context, removed: alignment.removed }).toEqual({ context, removed });
    }
  });
});
