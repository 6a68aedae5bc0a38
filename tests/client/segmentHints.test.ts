import { glossaryMarkKind, glossaryMarks, usedTmScore } from '../../client/src/lib/segmentHints';
import type { SegmentTermHitView } from '../../client/src/workspace/types';

const hit = (de: string, overrides: Partial<SegmentTermHitView> = {}): SegmentTermHitView => ({
  term: { id: de, de, pl: `${de}-pl`, note: null, status: 'approved', forbidden: [] },
  positions: [{ start: 0, end: de.length, text: de, kind: 'exact' }],
  satisfied: true,
  forbidden: [],
  ...overrides,
});

describe('glossaryMarkKind', () => {
  it('is forbidden before missing before found', () => {
    expect(glossaryMarkKind({ forbidden: [{ variant: 'x', start: 0, end: 1, text: 'x' }], satisfied: false })).toBe('forbidden');
    expect(glossaryMarkKind({ forbidden: [], satisfied: false })).toBe('missing');
    expect(glossaryMarkKind({ forbidden: [], satisfied: null })).toBe('found');
    expect(glossaryMarkKind({ forbidden: [], satisfied: true })).toBe('found');
  });
});

describe('glossaryMarks', () => {
  const label = (h: SegmentTermHitView, kind: string) => `${kind}:${h.term.de}`;

  it('marks every place of every term, with its kind and whether the term is only proposed in the class', () => {
    const hits = [
      hit('Landkreis', {
        positions: [
          { start: 4, end: 13, text: 'Landkreis', kind: 'exact' },
          { start: 30, end: 39, text: 'Landkreis', kind: 'exact' },
        ],
      }),
      hit('Verein', { satisfied: false, term: { id: 'v', de: 'Verein', pl: 'stowarzyszenie', note: null, status: 'proposed', forbidden: [] } }),
      hit('Euro', { forbidden: [{ variant: 'EUR', start: 10, end: 13, text: 'EUR' }] }),
    ];
    expect(glossaryMarks(hits, label)).toEqual([
      { start: 4, end: 13, label: 'found:Landkreis', className: 'gloss-hit' },
      { start: 30, end: 39, label: 'found:Landkreis', className: 'gloss-hit' },
      { start: 0, end: 6, label: 'missing:Verein', className: 'gloss-hit gloss-proposed gloss-missing' },
      { start: 0, end: 4, label: 'forbidden:Euro', className: 'gloss-hit gloss-forbidden' },
    ]);
  });

  it('marks nothing without hits', () => {
    expect(glossaryMarks([], label)).toEqual([]);
  });
});

describe('usedTmScore', () => {
  const matches = [
    { target: 'najlepsze', score: 97 },
    { target: 'użyte', score: 88 },
  ];
  const detail = { id: 's1', tmMatches: matches };

  it('gives the score of the match the target came from, else of the best match', () => {
    expect(usedTmScore({ id: 's1', origin: 'tm', target: 'użyte' }, detail)).toBe(88);
    expect(usedTmScore({ id: 's1', origin: 'tm', target: 'poprawione' }, detail)).toBe(97);
  });

  it('gives none for a target not from the memory, for matches of another segment, or without matches', () => {
    expect(usedTmScore({ id: 's1', origin: 'mt', target: 'użyte' }, detail)).toBeNull();
    expect(usedTmScore({ id: 's2', origin: 'tm', target: 'użyte' }, detail)).toBeNull();
    expect(usedTmScore({ id: 's1', origin: 'tm', target: 'użyte' }, null)).toBeNull();
    expect(usedTmScore({ id: 's1', origin: 'tm', target: 'użyte' }, { id: 's1', tmMatches: [] })).toBeNull();
  });
});
