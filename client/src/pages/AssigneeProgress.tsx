// The dashboard's view of assignments: progress per assignee (words of their steps done of assigned)
// and every step past its due date, oldest first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { AssignmentOverview } from '../api/collaborationTypes';
import { formatDueDate, formatNumber } from '../format';
import { rangeNumbers } from '../lib/assignmentScope';
import { Link } from '../router';
import { ProgressBar } from '../ui/ProgressBar';
import { useToasts } from '../ui/Toasts';

export function AssigneeProgress() {
  const { t } = useTranslation('collaboration');
  const toasts = useToasts();
  const [overview, setOverview] = useState<AssignmentOverview | null>(null);

  useEffect(() => {
    api.get<AssignmentOverview>('/api/overview/assignments').then(setOverview, toasts.showError);
  }, [toasts]);

  if (!overview) return null;
  return (
    <section className="card dashboard-assignees" aria-labelledby="dashboard-assignees" data-testid="dashboard-assignees">
      <h2 id="dashboard-assignees">{t('dashboard.title')}</h2>
      {overview.people.length === 0 ? (
        <p className="empty">{t('dashboard.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.person')}</th>
                <th scope="col">{t('assignments.translation')}</th>
                <th scope="col">{t('assignments.review')}</th>
                <th scope="col">{t('dashboard.late')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.people.map((entry) => (
                <tr key={entry.user.id} data-testid="assignee-row">
                  <th scope="row">{entry.user.name}</th>
                  {(['translation', 'review'] as const).map((step) => (
                    <td key={step}>
                      {entry[step].assigned === 0 ? (
                        <span className="muted">—</span>
                      ) : (
                        <ProgressBar
                          value={entry[step].words.done}
                          max={entry[step].words.total}
                          label={t('assignments.progress', { done: formatNumber(entry[step].words.done), total: formatNumber(entry[step].words.total) })}
                        />
                      )}
                    </td>
                  ))}
                  <td>{entry.lateSteps > 0 ? <strong className="late-text">{formatNumber(entry.lateSteps)}</strong> : formatNumber(0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {overview.late.length > 0 && (
        <>
          <h3>{t('dashboard.lateSteps')}</h3>
          <ul className="late-steps" data-testid="late-steps">
            {overview.late.map((late) => {
              const range = rangeNumbers(late.range);
              return (
                <li key={`${late.assignmentId}-${late.step}`}>
                  <Link to={`/documents/${encodeURIComponent(late.document.id)}/assignments`}>{late.document.title}</Link>{' '}
                  {t('dashboard.lateStep', {
                    step: t(`work.step.${late.step}`),
                    range: range ? t('work.range', { first: formatNumber(range.first), last: formatNumber(range.last) }) : t('work.wholeDocument'),
                    person: late.assignee?.name ?? t('assignments.nobody'),
                    due: formatDueDate(late.due),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
