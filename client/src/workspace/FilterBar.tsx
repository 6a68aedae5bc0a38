// Filters over the loaded segments: all, each state, "QA issues", "open comments", "changed in revision"
// (only while the latest revision marked segments), each with its count, and a text search over source
// and target (debounced).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from './numbers';
import { FILTERS, isStateFilter, type FilterCounts, type SegmentFilter } from '../lib/segmentFilters';

interface FilterBarProps {
  filter: SegmentFilter;
  counts: FilterCounts;
  onFilter(filter: SegmentFilter): void;
  onSearch(search: string): void;
}

export function FilterBar({ filter, counts, onFilter, onSearch }: FilterBarProps) {
  const { t } = useTranslation('workspace');
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = window.setTimeout(() => onSearch(search), 250);
    return () => window.clearTimeout(timer);
  }, [search, onSearch]);

  return (
    <div className="ws-filters">
      <div className="ws-filter-buttons" role="group" aria-label={t('filter.label')}>
        {FILTERS.filter((key) => key !== 'revised' || counts.revised > 0 || filter === 'revised').map((key) => (
          <button
            key={key}
            type="button"
            className={`ws-filter ws-filter-${key}${filter === key ? ' is-selected' : ''}`}
            aria-pressed={filter === key}
            data-testid={`filter-${key}`}
            data-count={counts[key]}
            onClick={() => onFilter(key)}
          >
            {isStateFilter(key) && <span className={`ws-filter-dot state-${key}`} aria-hidden="true" />}
            {isStateFilter(key) ? t(`common:state.${key}`) : t(`filter.${key}`)}
            <span className="ws-filter-count">{formatCount(counts[key])}</span>
          </button>
        ))}
      </div>
      <label className="ws-search">
        <span className="visually-hidden">{t('filter.searchLabel')}</span>
        <input
          type="search"
          data-testid="filter-search"
          placeholder={t('filter.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && search !== '') {
              event.stopPropagation();
              setSearch('');
            }
          }}
        />
      </label>
    </div>
  );
}
