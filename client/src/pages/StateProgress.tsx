// A stacked bar of a document's segments by state (words by default), coloured with the state
// colours, always with a text summary: visible, or for screen readers only when `compact`.
import { useTranslation } from 'react-i18next';
import type { SegmentState, Tally } from '../api/types';
import { formatNumber, formatPercent } from '../format';
import { measureOf, PROGRESS_ORDER, stateShares, type Measure } from '../lib/dashboardStats';
import './pages.css';

interface StateProgressProps {
  byState: Record<SegmentState, Tally>;
  /** Words unless given (segments when the document has no words). */
  measure?: Measure;
  /** Text summary for screen readers only (tables with a legend above). */
  compact?: boolean;
}

export function StateProgress({ byState, measure, compact = false }: StateProgressProps) {
  const { t } = useTranslation('documents');
  const unit = measure ?? measureOf(byState);
  const parts = stateShares(byState, unit).filter((share) => share.value > 0);
  const describe = (share: (typeof parts)[number]) =>
    t('progress.part', { state: t(`common:state.${share.state}`), value: formatNumber(share.value), percent: formatPercent(share.percent) });
  const summary =
    parts.length === 0
      ? t('progress.empty')
      : t(unit === 'words' ? 'progress.summaryWords' : 'progress.summarySegments', { parts: parts.map(describe).join(', ') });
  return (
    <div className={compact ? 'state-progress state-progress-compact' : 'state-progress'}>
      <div className="state-progress-bar" aria-hidden="true">
        {parts.map((share) => (
          <span key={share.state} className={`state-progress-part state-${share.state}`} style={{ width: `${share.percent}%` }} title={describe(share)} />
        ))}
      </div>
      <p className={compact ? 'visually-hidden' : 'state-progress-summary'}>{summary}</p>
    </div>
  );
}

/** The colours of the bars, named: shown once above a list of compact bars. */
export function StateLegend() {
  const { t } = useTranslation('documents');
  return (
    <ul className="state-legend" aria-label={t('progress.legend')}>
      {PROGRESS_ORDER.map((state) => (
        <li key={state}>
          <span className={`state-swatch state-${state}`} aria-hidden="true" />
          {t(`common:state.${state}`)}
        </li>
      ))}
    </ul>
  );
}
