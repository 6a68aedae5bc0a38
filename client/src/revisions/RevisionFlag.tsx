// Above a segment's target in the workspace: "changed in version n" with the word diff from the old to
// the new German, or "new in version n". Text only.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionMark } from '../lib/revisions';
import { wordDiff } from '../lib/wordDiff';
import { DiffText } from '../review/DiffText';
import './revisions.css';

export function RevisionFlag({ mark, source }: { mark: RevisionMark; source: string }) {
  const { t } = useTranslation('revisions');
  const parts = useMemo(() => (mark.kind === 'changed' ? wordDiff(mark.previousSource, source) : []), [mark, source]);
  return (
    <div className={`seg-revision seg-revision-${mark.kind}`} data-testid="segment-revision" data-kind={mark.kind}>
      <span className="seg-revision-label">{t(mark.kind === 'changed' ? 'flag.changed' : 'flag.new', { number: mark.revision })}</span>
      {mark.kind === 'changed' && (
        <span className="seg-revision-diff" lang="de" data-testid="segment-source-diff">
          <span className="visually-hidden">{t('flag.diffLabel')} </span>
          <DiffText parts={parts} />
        </span>
      )}
    </div>
  );
}
