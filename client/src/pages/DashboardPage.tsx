// The coordinator's dashboard: totals, approved words per day, and every document with its progress
// by state, due date, who works on it (and who is editing right now), MT characters billed and QA issues.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { DocumentView, Project } from '../api/types';
import { hasRole, useUser } from '../auth';
import { BarChart } from '../charts/BarChart';
import { QualityDashboard } from '../quality/QualityDashboard';
import { formatNumber, formatPercent } from '../format';
import {
  bucketDays,
  dueWithin,
  editorsByDocument,
  sortDocuments,
  summarizeDays,
  totalsOf,
  type DayTally,
  type EditingNow,
  type SortDirection,
  type SortKey,
} from '../lib/dashboardStats';
import { Link } from '../router';
import { useToasts } from '../ui/Toasts';
import { DocumentStatusBadge, DueDate } from './DocumentsPage';
import { formatDay, formatShortDay } from './pageFormat';
import type { ActivityItem, ApprovedPerDay } from './pageTypes';
import { AssigneeProgress } from './AssigneeProgress';
import { StateLegend, StateProgress } from './StateProgress';
import { usePolling } from './usePolling';
import './pages.css';

const RANGES = [30, 90] as const;
type Range = (typeof RANGES)[number];

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const user = useUser();
  const toasts = useToasts();
  const [documents, setDocuments] = useState<DocumentView[] | null>(null);
  const [projects, setProjects] = useState<Project[]>([]);
  const [activity, setActivity] = useState<Map<string, EditingNow[]>>(new Map());
  const [days, setDays] = useState<DayTally[] | null>(null);
  const [range, setRange] = useState<Range>(30);
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'due', direction: 'asc' });
  const allowed = hasRole(user, 'coordinator');

  const loadDocuments = useCallback(async () => {
    const page = await api.get<{ items: DocumentView[] }>('/api/overview');
    setDocuments(page.items);
  }, []);
  const loadActivity = useCallback(async () => {
    const page = await api.get<{ items: ActivityItem[] }>('/api/overview/activity');
    setActivity(editorsByDocument(page.items));
  }, []);

  useEffect(() => {
    if (!allowed) return;
    loadDocuments().catch(toasts.showError);
    loadActivity().catch(() => setActivity(new Map()));
    api.get<{ items: Project[] }>('/api/projects').then((page) => setProjects(page.items), toasts.showError);
  }, [allowed, loadDocuments, loadActivity, toasts]);

  useEffect(() => {
    if (!allowed) return;
    setDays(null);
    api.get<ApprovedPerDay>(`/api/overview/approved-per-day?days=${range}`).then(
      (result) => setDays(result.days),
      (error: unknown) => {
        setDays([]);
        toasts.showError(error);
      },
    );
  }, [allowed, range, toasts]);

  usePolling(loadActivity, 10_000, allowed);
  usePolling(loadDocuments, 30_000, allowed);

  const sorted = useMemo(() => sortDocuments(documents ?? [], sort.key, sort.direction), [documents, sort]);
  const totals = useMemo(() => totalsOf(documents ?? []), [documents]);
  const dueSoon = useMemo(() => dueWithin(documents ?? [], new Date(), 7), [documents]);

  if (!allowed) return <p className="empty">{t('forbidden')}</p>;
  if (documents === null) return <p className="loading" role="status">{t('common:status.loading')}</p>;

  const projectName = (id: string) => projects.find((p) => p.id === id)?.name ?? t('unknownProject');
  const toggleSort = (key: SortKey) =>
    setSort((current) => ({ key, direction: current.key === key && current.direction === 'asc' ? 'desc' : 'asc' }));
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined);
  const sortButton = (key: SortKey, label: string) => (
    <button type="button" className="sort-button" onClick={() => toggleSort(key)} data-testid={`sort-${key}`}>
      {label}
      <span aria-hidden="true" className="sort-mark">
        {sort.key === key ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );

  return (
    <section className="pages dashboard-page" aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('title')}</h1>

      <dl className="summary-cards">
        <div className="card summary-card">
          <dt>{t('cards.documents')}</dt>
          <dd className="summary-value">{formatNumber(totals.documents)}</dd>
          <dd className="summary-detail">
            {t('cards.documentsDetail', { translation: formatNumber(totals.inTranslation), review: formatNumber(totals.inReview), approved: formatNumber(totals.approved) })}
          </dd>
        </div>
        <div className={totals.overdue > 0 ? 'card summary-card summary-alert' : 'card summary-card'}>
          <dt>{t('cards.overdue')}</dt>
          <dd className="summary-value" data-testid="overdue-total">
            {formatNumber(totals.overdue)}
          </dd>
          <dd className="summary-detail">{t('cards.dueSoon', { n: formatNumber(dueSoon) })}</dd>
        </div>
        <div className="card summary-card">
          <dt>{t('cards.words')}</dt>
          <dd className="summary-value">{t('cards.wordsValue', { done: formatNumber(totals.doneWords), total: formatNumber(totals.totalWords) })}</dd>
          <dd className="summary-detail">{t('cards.wordsDetail', { percent: formatPercent(totals.percentDone) })}</dd>
        </div>
        <div className="card summary-card">
          <dt>{t('cards.billed')}</dt>
          <dd className="summary-value">{formatNumber(totals.billedCharacters)}</dd>
          <dd className="summary-detail">{t('cards.billedDetail')}</dd>
          {totals.sentCharacters > totals.billedCharacters && (
            <dd className="summary-detail" data-testid="mt-sent-total">
              {t('cards.sentDetail', { sent: formatNumber(totals.sentCharacters), extra: formatNumber(totals.sentCharacters - totals.billedCharacters) })}
            </dd>
          )}
        </div>
        <div className={totals.qaErrors > 0 ? 'card summary-card summary-alert' : 'card summary-card'}>
          <dt>{t('cards.qa')}</dt>
          <dd className="summary-value">{t('cards.qaValue', { errors: formatNumber(totals.qaErrors), warnings: formatNumber(totals.qaWarnings) })}</dd>
          <dd className="summary-detail">{t('cards.qaDetail')}</dd>
        </div>
      </dl>

      <ApprovedChart days={days} range={range} onRange={setRange} />

      <AssigneeProgress />
      <QualityDashboard projects={projects} />

      <section aria-labelledby="dashboard-documents" className="dashboard-documents">
        <div className="section-head">
          <h2 id="dashboard-documents">{t('documents')}</h2>
          <StateLegend />
        </div>
        {documents.length === 0 ? (
          <div className="empty card">
            <p>{t('empty')}</p>
            <p>
              <Link to="/projects">{t('emptyLink')}</Link>
            </p>
          </div>
        ) : (
          <div className="table-scroll">
            <table className="data dashboard-table">
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort('title')}>
                    {sortButton('title', t('columns.document'))}
                  </th>
                  <th scope="col">{t('columns.project')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  <th scope="col" aria-sort={ariaSort('progress')}>
                    {sortButton('progress', t('columns.progress'))}
                  </th>
                  <th scope="col" aria-sort={ariaSort('due')}>
                    {sortButton('due', t('columns.due'))}
                  </th>
                  <th scope="col">{t('columns.people')}</th>
                  <th scope="col" className="num">
                    {t('columns.billed')}
                  </th>
                  <th scope="col" className="num">
                    {t('columns.qa')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {sorted.map((document) => (
                  <tr
                    key={document.id}
                    data-testid="dashboard-document-row"
                    data-document-id={document.id}
                    data-overdue={document.overdue ? 'true' : undefined}
                    className={document.overdue ? 'row-overdue' : undefined}
                  >
                    <th scope="row" className="doc-title-cell">
                      <Link to={`/documents/${document.id}/stats`} className="doc-title">
                        {document.title}
                      </Link>
                    </th>
                    <td>{projectName(document.projectId)}</td>
                    <td>
                      <DocumentStatusBadge status={document.status} />
                    </td>
                    <td className="progress-cell">
                      <StateProgress byState={document.byState} measure="words" compact />
                      <span className="percent-approved">{t('percentApproved', { percent: formatPercent(document.percentApproved) })}</span>
                    </td>
                    <td>
                      <DueDate dueDate={document.dueDate} overdue={document.overdue} />
                    </td>
                    <td>
                      <People document={document} editing={activity.get(document.id) ?? []} />
                    </td>
                    <td className="num">{formatNumber(document.billedCharacters)}</td>
                    <td className="num">
                      <QaCounts errors={document.qa.errors} warnings={document.qa.warnings} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={6}>
                    {t('total')}
                  </th>
                  <td className="num" data-testid="billed-total">
                    {formatNumber(totals.billedCharacters)}
                  </td>
                  <td className="num">
                    <QaCounts errors={totals.qaErrors} warnings={totals.qaWarnings} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}

function QaCounts({ errors, warnings }: { errors: number; warnings: number }) {
  const { t } = useTranslation('dashboard');
  if (errors === 0 && warnings === 0) return <span className="muted">{t('qaNone')}</span>;
  return (
    <span className="qa-counts">
      <span className={errors > 0 ? 'qa-errors' : undefined}>{t('qaErrors', { count: errors, n: formatNumber(errors) })}</span>
      <span className="qa-warnings">{t('qaWarnings', { count: warnings, n: formatNumber(warnings) })}</span>
    </span>
  );
}

function People({ document, editing }: { document: DocumentView; editing: EditingNow[] }) {
  const { t } = useTranslation('dashboard');
  const names = (people: { name: string }[]) => people.map((p) => p.name || t('unnamed')).join(', ');
  if (document.translators.length === 0 && document.reviewers.length === 0 && editing.length === 0) {
    return <span className="muted">{t('nobody')}</span>;
  }
  return (
    <ul className="people">
      {editing.map((entry) => (
        <li key={entry.user.id} className="editing-now" data-testid="editing-now">
          <span className="live-dot" aria-hidden="true" />
          {t('editingNow', { name: entry.user.name, segment: formatNumber(entry.segmentIndex + 1) })}
        </li>
      ))}
      {document.translators.length > 0 && <li>{t('translators', { names: names(document.translators) })}</li>}
      {document.reviewers.length > 0 && <li>{t('reviewers', { names: names(document.reviewers) })}</li>}
    </ul>
  );
}

function ApprovedChart({ days, range, onRange }: { days: DayTally[] | null; range: Range; onRange(range: Range): void }) {
  const { t } = useTranslation('dashboard');
  const weekly = range > 31;
  const buckets = days === null ? [] : weekly ? bucketDays(days, 7) : days;
  const summary = summarizeDays(days ?? []);
  const spoken =
    summary.best === null
      ? t('chart.summaryNone', { days: formatNumber(range) })
      : t('chart.summary', {
          days: formatNumber(range),
          words: formatNumber(summary.words),
          active: formatNumber(summary.activeDays),
          best: formatDay(summary.best.date),
          bestWords: formatNumber(summary.best.words),
        });
  return (
    <section className="card chart-card" aria-labelledby="chart-title">
      <div className="section-head">
        <h2 id="chart-title">{t(weekly ? 'chart.titleWeekly' : 'chart.title')}</h2>
        <label className="inline-label">
          {t('chart.range')}
          <select value={range} onChange={(e) => onRange(Number(e.target.value) as Range)} data-testid="chart-range">
            {RANGES.map((value) => (
              <option key={value} value={value}>
                {t('chart.lastDays', { n: formatNumber(value) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {days === null ? (
        <p className="loading" role="status">
          {t('common:status.loading')}
        </p>
      ) : (
        <>
          <p className="muted chart-note">{spoken}</p>
          <BarChart
            testId="approved-per-day-chart"
            summary={`${t(weekly ? 'chart.titleWeekly' : 'chart.title')}. ${spoken}`}
            bars={buckets.map((day) => ({
              key: day.date,
              label: formatShortDay(day.date),
              value: day.words,
              cells: [weekly ? t('chart.weekOf', { date: formatDay(day.date) }) : formatDay(day.date), formatNumber(day.words), formatNumber(day.segments)],
            }))}
            formatValue={(value) => formatNumber(value)}
            caption={t(weekly ? 'chart.titleWeekly' : 'chart.title')}
            headers={[t(weekly ? 'chart.week' : 'chart.day'), t('chart.words'), t('chart.segments')]}
          />
        </>
      )}
    </section>
  );
}
