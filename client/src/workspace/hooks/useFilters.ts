// The filter bar's state over the loaded segments: a filter (all, a state, QA issues, changed in the
// latest revision), a search, the
// segments each shows, each filter's count, and the segments worked on since the filter or search
// changed, which stay listed so a row never vanishes under the cursor (see filterSegments).
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../api/types';
import { filterCounts, filterSegments, isStateFilter, normalizeSearch, type FilterContext, type SegmentFilter } from '../../lib/segmentFilters';
import { useLatest } from './useLatest';

/** `context`: what filters know besides the segments (open comment threads, revised segments); keep its identity stable. */
export function useFilters(all: Segment[], context?: FilterContext) {
  const { t } = useTranslation('workspace');
  const [filter, setFilter] = useState<SegmentFilter>('all');
  const [search, setSearch] = useState('');
  const [sticky, setSticky] = useState<ReadonlySet<string>>(() => new Set());
  const stickyRef = useLatest(sticky);
  const searchRef = useLatest(search);

  const normalized = normalizeSearch(search);
  const visible = useMemo(() => filterSegments(all, filter, normalized, sticky, context), [all, filter, normalized, sticky, context]);
  const counts = useMemo(() => filterCounts(all, normalized, context), [all, normalized, context]);

  /** Keeps a segment listed under the current filter once it is worked on. */
  const touch = useCallback(
    (id: string) => {
      if (!stickyRef.current.has(id)) setSticky((current) => new Set(current).add(id));
    },
    [stickyRef],
  );

  const chooseFilter = useCallback((next: SegmentFilter) => {
    setFilter(next);
    setSticky(new Set());
  }, []);

  const chooseSearch = useCallback(
    (next: string) => {
      if (normalizeSearch(next) !== normalizeSearch(searchRef.current)) setSticky(new Set());
      setSearch(next);
    },
    [searchRef],
  );

  /** What the grid says when the list is empty: why, in the filter's and the search's words. */
  const emptyText =
    filter === 'all' && normalized === ''
      ? t('grid.emptyDocument')
      : filter === 'all'
        ? t('grid.emptySearch', { search: search.trim() })
        : t(normalized === '' ? 'grid.emptyFilter' : 'grid.emptyFilterSearch', { filter: isStateFilter(filter) ? t(`common:state.${filter}`) : t(`filter.${filter}`) });

  return { filter, counts, visible, touch, chooseFilter, chooseSearch, emptyText };
}
