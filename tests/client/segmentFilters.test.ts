import { filterCounts, filterSegments, isOpen, isUnreviewed, matchesFilter, matchesSearch, nextMatching, normalizeSearch, type FilterableSegment } from '../../client/src/lib/segmentFilters';

const issue = { check: 'numbers', severity: 'error' as const, code: 'number_missing', message: 'Zahl fehlt' };
const info = { check: 'mt_unchanged', severity: 'info' as const, code: 'mt_unchanged', message: 'MT unverändert' };
const seg = (id: string, state: FilterableSegment['state'], source: string, target: string | null, qa = 0): FilterableSegment => ({
  id,
  state,
  source,
  target,
  qa: [...Array.from({ length: qa }, () => issue), info],
});

const segments = [
  seg('a', 'new', 'Die Euroregion Neiße', null),
  seg('b', 'draft', 'Am 4. Mai {1}findet{/1} das Treffen statt.', 'W dniu 4 maja odbędzie się spotkanie.', 1),
  seg('c', 'translated', 'Grenzüberschreitende Zusammenarbeit', 'Współpraca transgraniczna'),
  seg('d', 'approved', 'Kleinprojektefonds', 'Fundusz Małych Projektów', 2),
  seg('e', 'rejected', '<script>alert(1)</script>', '<script>alert(1)</script>'),
  seg('f', 'locked', 'https://euroregion-neisse.de', 'https://euroregion-neisse.de'),
];

describe('matchesFilter', () => {
  it('keeps every segment for all, one state for a state, segments with errors or warnings (not only infos) for qa', () => {
    expect(segments.filter((s) => matchesFilter(s, 'all')).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(segments.filter((s) => matchesFilter(s, 'draft')).map((s) => s.id)).toEqual(['b']);
    expect(segments.filter((s) => matchesFilter(s, 'qa')).map((s) => s.id)).toEqual(['b', 'd']);
  });
});

describe('the revised filter', () => {
  const revisedIds = new Set(['b', 'f']);
  const revised = { openThreads: () => 0, revised: (id: string) => revisedIds.has(id) };

  it('keeps the segments the latest revision changed or added, and counts them among those the search keeps', () => {
    expect(segments.filter((s) => matchesFilter(s, 'revised', revised)).map((s) => s.id)).toEqual(['b', 'f']);
    expect(filterSegments(segments, 'revised', '', new Set(['c']), revised).map((s) => s.id)).toEqual(['b', 'c', 'f']);
    expect(filterCounts(segments, normalizeSearch('euroregion'), revised).revised).toBe(1);
  });

  it('keeps nothing without a revision', () => {
    expect(segments.filter((s) => matchesFilter(s, 'revised')).map((s) => s.id)).toEqual([]);
  });
});

describe('matchesSearch', () => {
  it('searches source and target without regard to case or repeated spaces', () => {
    expect(normalizeSearch('  Współpraca   TRANS ')).toBe('współpraca trans');
    expect(matchesSearch(segments[2], normalizeSearch('współpraca TRANS'))).toBe(true);
    expect(matchesSearch(segments[2], normalizeSearch('grenzüberschreitende'))).toBe(true);
    expect(matchesSearch(segments[2], normalizeSearch('Neiße'))).toBe(false);
  });

  it('finds words across placeholders and matches everything for an empty search', () => {
    expect(matchesSearch(segments[1], normalizeSearch('Mai findet das'))).toBe(true);
    expect(matchesSearch(segments[1], normalizeSearch('{1}findet'))).toBe(true);
    expect(matchesSearch(segments[0], '')).toBe(true);
  });
});

describe('filterCounts', () => {
  it('counts every filter over all segments', () => {
    expect(filterCounts(segments)).toEqual({ all: 6, new: 1, draft: 1, translated: 1, rejected: 1, approved: 1, locked: 1, qa: 2, comments: 0, revised: 0 });
  });

  it('counts only the segments the search keeps', () => {
    expect(filterCounts(segments, normalizeSearch('euroregion'))).toEqual({ all: 2, new: 1, draft: 0, translated: 0, rejected: 0, approved: 0, locked: 1, qa: 0, comments: 0, revised: 0 });
  });
});

describe('filterSegments', () => {
  it('applies the filter and the search together, in order', () => {
    expect(filterSegments(segments, 'qa', normalizeSearch('projekt')).map((s) => s.id)).toEqual(['d']);
    expect(filterSegments(segments, 'all', normalizeSearch('script')).map((s) => s.id)).toEqual(['e']);
  });

  it('keeps the segments worked on even when they no longer match', () => {
    expect(filterSegments(segments, 'new', '', new Set(['c', 'e'])).map((s) => s.id)).toEqual(['a', 'c', 'e']);
    expect(filterSegments(segments, 'all', normalizeSearch('zzz'), new Set(['b'])).map((s) => s.id)).toEqual(['b']);
  });

  it('returns the list itself when nothing filters', () => {
    expect(filterSegments(segments, 'all', '')).toBe(segments);
  });
});

describe('nextMatching', () => {
  it('finds the next open segment after the current one, wrapping around', () => {
    expect(nextMatching(segments, 'b', isOpen)).toBe('e');
    expect(nextMatching(segments, 'e', isOpen)).toBe('a');
    expect(nextMatching(segments, null, isUnreviewed)).toBe('c');
  });

  it('gives null when no other segment matches', () => {
    expect(nextMatching(segments, 'c', isUnreviewed)).toBeNull();
    expect(nextMatching([], null, isOpen)).toBeNull();
  });
});

describe('the "open comments" filter', () => {
  const open = new Map([['b', 1], ['e', 2], ['f', 0]]);
  const context = { openThreads: (id: string) => open.get(id) ?? 0, revised: () => false };

  it('keeps the segments with an open comment thread, and counts them', () => {
    expect(segments.filter((s) => matchesFilter(s, 'comments', context)).map((s) => s.id)).toEqual(['b', 'e']);
    expect(filterCounts(segments, '', context).comments).toBe(2);
    expect(filterSegments(segments, 'comments', '', new Set(), context).map((s) => s.id)).toEqual(['b', 'e']);
  });

  it('keeps nothing without comment counts', () => {
    expect(filterSegments(segments, 'comments', '').map((s) => s.id)).toEqual([]);
  });
});
