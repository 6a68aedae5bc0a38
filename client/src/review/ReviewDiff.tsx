// The reviewer's view of a segment: word-level diff from the MT proposal (before) to the current
// Polish text (after). Text only.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { wordDiff } from '../lib/wordDiff';
import { DiffText } from './DiffText';
import './review.css';

export function ReviewDiff(props: { before: string | null; after: string | null }) {
  const { t } = useTranslation('panel');
  const { before, after } = props;
  const parts = useMemo(() => (before === null ? [] : wordDiff(before, after ?? '')), [before, after]);

  if (before === null) {
    return (
      <div className="review-diff" data-testid="review-diff" data-diff="no-mt">
        <span className="review-diff-note muted">{t('diff.noMt')}</span>
        {after ? <span className="review-diff-text">{after}</span> : <span className="muted">{t('diff.empty')}</span>}
      </div>
    );
  }
  if (before === (after ?? '')) {
    return (
      <div className="review-diff" data-testid="review-diff" data-diff="unchanged">
        <span className="review-diff-note review-diff-unchanged">{t('diff.unchanged')}</span>
      </div>
    );
  }
  return (
    <div className="review-diff" data-testid="review-diff" data-diff="changed">
      <span className="visually-hidden">{t('diff.label')}</span>
      <span className="review-diff-text">
        <DiffText parts={parts} />
      </span>
    </div>
  );
}
