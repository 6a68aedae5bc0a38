// "My work" (/work): every step assigned to me — translating or reviewing a document or a range of it —
// with its due date and progress, in the order to do it (late first, then by due date, then in document
// order; the server sorts). Each opens the workspace where the work is.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { WorkItem } from '../api/collaborationTypes';
import { formatDueDate, formatNumber } from '../format';
import { rangeNumbers } from '../lib/assignmentScope';
import { Link } from '../router';
import { ProgressBar } from '../ui/ProgressBar';
import { useToasts } from '../ui/Toasts';
import './work.css';

/** Where a step is done: the workspace in the step's mode, at the range's first segment. */
const workLink = (item: WorkItem): string => `/documents/${encodeURIComponent(item.document.id)}${item.step === 'review' ? '/review' : ''}`;

export function MyWorkPage() {
  const { t } = useTranslation('collaboration');
  const toasts = useToasts();
  const [items, setItems] = useState<WorkItem[] | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    api.get<{ items: WorkItem[] }>('/api/me/work', abort.signal).then(
      (page) => setItems(page.items),
      (error: unknown) => {
        if (!abort.signal.aborted) toasts.showError(error);
      },
    );
    return () => abort.abort();
  }, [toasts]);

  return (
    <section className="pages work-page" aria-labelledby="work-title">
      <h1 id="work-title">{t('work.title')}</h1>
      {items === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : items.length === 0 ? (
        <div className="empty card">
          <p>{t('work.empty')}</p>
          <p>
            <Link to="/">{t('work.toDocuments')}</Link>
          </p>
        </div>
      ) : (
        <ol className="work-list" data-testid="work-list">
          {items.map((item) => {
            const range = rangeNumbers(item.range);
            const { words, segments } = item.progress;
            return (
              <li
                key={`${item.assignmentId}-${item.step}`}
                className={`card work-item${item.late ? ' is-late' : ''}${item.progress.complete ? ' is-done' : ''}`}
                data-testid="work-item"
                data-step={item.step}
                data-late={item.late}
              >
                <h2 className="work-title">
                  <Link to={workLink(item)} data-testid="work-open">
                    {item.document.title}
                  </Link>
                </h2>
                <p className="work-what">
                  <span className={`work-step step-${item.step}`}>{t(`work.step.${item.step}`)}</span>{' '}
                  <span data-testid="work-range">{range ? t('work.range', { first: formatNumber(range.first), last: formatNumber(range.last) }) : t('work.wholeDocument')}</span>
                  <span className="muted"> · {item.document.projectName}</span>
                </p>
                <p className="work-due" data-testid="work-due">
                  {item.due ? t('work.due', { due: formatDueDate(item.due) }) : t('work.noDue')}
                  {item.late && <span className="late-badge">{t('work.late')}</span>}
                  {item.progress.complete && <span className="done-badge">{t('work.done')}</span>}
                </p>
                <ProgressBar
                  value={words.done}
                  max={words.total}
                  label={t('work.progress', { done: formatNumber(words.done), total: formatNumber(words.total), segmentsDone: formatNumber(segments.done), segments: formatNumber(segments.total) })}
                />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
