// A document's versions, newest first: who stored each and when, and for every revision what it did to
// the segments (with the removed sentences, which live on in their history).
import { useTranslation } from 'react-i18next';
import type { RevisionTimeline as Timeline } from '../api/revisionTypes';
import { formatDateTime, formatNumber } from '../format';
import { RevisionCounts } from './RevisionCounts';
import './revisions.css';

export function RevisionTimeline({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslation('revisions');
  const items = [...timeline.items].reverse();
  return (
    <ol className="revision-timeline" data-testid="revision-timeline">
      {items.map((item) => (
        <li key={item.number} className={item.number === timeline.revision ? 'is-current' : undefined} data-testid="revision-item" data-number={item.number}>
          <h3>{t(item.kind === 'submission' ? 'timeline.submitted' : 'timeline.revised', { number: item.number })}</h3>
          <p className="muted">{t('timeline.byAt', { name: item.createdBy.name || t('timeline.unknownPerson'), at: formatDateTime(item.createdAt) })}</p>
          {item.kind === 'revision' && (
            <>
              <RevisionCounts summary={item} />
              {item.removed.length > 0 && (
                <details>
                  <summary>{t('timeline.removedList', { n: formatNumber(item.removed.length) })}</summary>
                  <ul>
                    {item.removed.map((removed) => (
                      <li key={removed.segmentId} lang="de">
                        {removed.source}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
