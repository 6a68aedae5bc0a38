// What a revision did (or would do): segments unchanged, changed, new and removed, and the words to
// review again, as a row of figures.
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../api/revisionTypes';
import { formatNumber } from '../format';
import './revisions.css';

export function RevisionCounts({ summary }: { summary: RevisionSummary }) {
  const { t } = useTranslation('revisions');
  const figures = [
    ['unchanged', summary.counts.unchanged],
    ['changed', summary.counts.changed],
    ['new', summary.counts.new],
    ['removed', summary.counts.removed],
    ['wordsToReview', summary.wordsToReview],
  ] as const;
  return (
    <ul className="revision-summary" data-testid="revision-counts">
      {figures.map(([key, value]) => (
        <li key={key} data-figure={key} data-value={value}>
          <strong>{formatNumber(value)}</strong>
          {t(`counts.${key}`)}
        </li>
      ))}
    </ul>
  );
}
