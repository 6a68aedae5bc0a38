// One document's statistics: segments and words per state, repetitions, the TM analysis made at
// submission, machine translation, QA issues, who worked on it, due date; links to work on it; its
// versions (source revisions), and for editors the "new version" action.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QualityReportLinks } from '../quality/QualityReportLinks';
import { api, ApiError } from '../api/client';
import type { DocumentView, Project } from '../api/types';
import type { RevisionTimeline as Timeline } from '../api/revisionTypes';
import { useUser } from '../auth';
import { canSubmitTo } from '../lib/projectRoles';
import { RevisionDialog } from '../revisions/RevisionDialog';
import { RevisionTimeline } from '../revisions/RevisionTimeline';
import { formatDateTime, formatNumber, formatPercent } from '../format';
import { analysisRows, isMtActive, measureOf, stateShares } from '../lib/dashboardStats';
import { Link } from '../router';
import { useToasts } from '../ui/Toasts';
import { DocumentStatusBadge, DueDate } from './DocumentsPage';
import { MtStatus } from './MtStatus';
import type { DocumentQaPage } from './pageTypes';
import { StateProgress } from './StateProgress';
import { usePolling } from './usePolling';
import './pages.css';

const QA_LIMIT = 50;

export function DocumentStatsPage({ documentId }: { documentId: string }) {
  const { t } = useTranslation('documents');
  const toasts = useToasts();
  const [document, setDocument] = useState<DocumentView | null>(null);
  const [missing, setMissing] = useState(false);
  const [projectName, setProjectName] = useState<string | null>(null);
  const [qa, setQa] = useState<DocumentQaPage | null>(null);
  const [withNotes, setWithNotes] = useState(false);
  const user = useUser();
  const [project, setProject] = useState<Project | null>(null);
  const [timeline, setTimeline] = useState<Timeline | null>(null);
  const [revising, setRevising] = useState(false);

  const base = `/api/documents/${encodeURIComponent(documentId)}`;
  const loadDocument = useCallback(async () => setDocument(await api.get<DocumentView>(base)), [base]);

  useEffect(() => {
    loadDocument().then(
      () => undefined,
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 404) setMissing(true);
        else toasts.showError(error);
      },
    );
  }, [base, loadDocument, toasts]);

  useEffect(() => {
    const severity = withNotes ? 'error,warning,info' : 'error,warning';
    api.get<DocumentQaPage>(`${base}/qa?severity=${severity}&limit=${QA_LIMIT}`).then(setQa, () => setQa(null));
  }, [base, withNotes]);

  const projectId = document?.projectId;
  useEffect(() => {
    if (!projectId) return;
    api.get<Project>(`/api/projects/${encodeURIComponent(projectId)}`).then(
      (found) => {
        setProjectName(found.name);
        setProject(found);
      },
      () => setProjectName(null),
    );
  }, [projectId]);

  const revision = document?.revision;
  useEffect(() => {
    if (revision === undefined) return;
    api.get<Timeline>(`${base}/revisions`).then(setTimeline, () => setTimeline(null));
  }, [base, revision]);

  usePolling(loadDocument, 1000, document !== null && isMtActive(document.mtJob));

  if (missing) {
    return (
      <div className="empty card">
        <p>{t('stats.notFound')}</p>
        <p>
          <Link to="/">{t('stats.back')}</Link>
        </p>
      </div>
    );
  }
  if (document === null) return <p className="loading" role="status">{t('common:status.loading')}</p>;

  const measure = measureOf(document.byState);
  const shares = stateShares(document.byState, 'words');
  const analysis = analysisRows(document.analysis);

  return (
    <section className="pages stats-page" aria-labelledby="stats-title" data-testid="document-stats">
      <p className="breadcrumb">
        <Link to="/">{t('title')}</Link>
        <span aria-hidden="true"> › </span>
        <span>{projectName ?? t('unknownProject')}</span>
      </p>
      <div className="page-head">
        <h1 id="stats-title">{t('stats.title', { title: document.title })}</h1>
        <ul className="row-actions page-actions">
          <li>
            <Link to={`/documents/${document.id}`} className="button-link" data-testid="open-translate">
              {t('links.translate')}
            </Link>
          </li>
          <li>
            <Link to={`/documents/${document.id}/review`} className="button-link" data-testid="open-review">
              {t('links.review')}
            </Link>
          </li>
          {project && canSubmitTo(user, project) && (
            <li>
              <button type="button" onClick={() => setRevising(true)} data-testid="open-revision">
                {t('revisions:action')}
              </button>
            </li>
          )}
          {document.status === 'approved' && (
            <li>
              <a href={`/api/documents/${document.id}/export`} download className="button-link primary" data-testid="download-export">
                {t('links.export')}
              </a>
            </li>
          )}
          <QualityReportLinks documentId={document.id} />
        </ul>
      </div>

      <dl className="facts card">
        <div>
          <dt>{t('columns.status')}</dt>
          <dd>
            <DocumentStatusBadge status={document.status} />
          </dd>
        </div>
        <div>
          <dt>{t('columns.due')}</dt>
          <dd>
            <DueDate dueDate={document.dueDate} overdue={document.overdue} />
          </dd>
        </div>
        <div>
          <dt>{t('stats.approved')}</dt>
          <dd>{formatPercent(document.percentApproved)}</dd>
        </div>
        <div>
          <dt>{t('stats.size')}</dt>
          <dd>{t('stats.sizeValue', { segments: formatNumber(document.total.segments), words: formatNumber(document.total.words) })}</dd>
        </div>
        <div>
          <dt>{t('stats.billed')}</dt>
          <dd data-testid="document-billed">{formatNumber(document.billedCharacters)}</dd>
        </div>
        <div>
          <dt>{t('stats.format')}</dt>
          <dd>{t(`stats.formats.${document.format}`)}</dd>
        </div>
        <div>
          <dt>{t('stats.created')}</dt>
          <dd>{formatDateTime(document.createdAt)}</dd>
        </div>
      </dl>

      <div className="stats-grid">
        <section className="card stats-wide" aria-labelledby="stats-progress">
          <h2 id="stats-progress">{t('stats.progress')}</h2>
          <StateProgress byState={document.byState} measure={measure} />
          <table className="data compact-table progress-table">
            <TallyHead first={t('stats.state')} />
            <tbody>
              {shares.map((share) => (
                <tr key={share.state}>
                  <th scope="row">
                    <span className={`state-badge state-${share.state}`}>{t(`common:state.${share.state}`)}</span>
                  </th>
                  <td className="num">{formatNumber(share.segments)}</td>
                  <td className="num">{formatNumber(share.words)}</td>
                  <td className="num">{formatPercent(share.percent)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('stats.total')}</th>
                <td className="num">{formatNumber(document.total.segments)}</td>
                <td className="num">{formatNumber(document.total.words)}</td>
                <td className="num">{formatPercent(document.total.words === 0 ? 0 : 100)}</td>
              </tr>
              <tr>
                <th scope="row">{t('stats.repetitions')}</th>
                <td className="num">{formatNumber(document.repetitions.segments)}</td>
                <td className="num">{formatNumber(document.repetitions.words)}</td>
                <td className="num">{formatPercent(document.total.words === 0 ? 0 : (document.repetitions.words / document.total.words) * 100)}</td>
              </tr>
            </tfoot>
          </table>
          <p className="field-hint">{t('stats.repetitionsHint')}</p>
        </section>

        <section className="card" aria-labelledby="stats-analysis">
          <h2 id="stats-analysis">{t('stats.analysis')}</h2>
          {analysis === null ? (
            <p className="muted">{t('stats.noAnalysis')}</p>
          ) : (
            <table className="data compact-table">
              <TallyHead first={t('stats.band')} />
              <tbody>
                {analysis.map((row) => (
                  <tr key={row.key} className={row.segments === 0 ? 'muted' : undefined}>
                    <th scope="row">{t(`stats.bands.${row.key}`)}</th>
                    <td className="num">{formatNumber(row.segments)}</td>
                    <td className="num">{formatNumber(row.words)}</td>
                    <td className="num">{formatPercent(row.percentWords)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="card" aria-labelledby="stats-work">
          <h2 id="stats-work">{t('stats.mt')}</h2>
          {document.mtJob ? (
            <>
              <MtStatus job={document.mtJob} />
              <p className="muted">
                {t('stats.mtStarted', { at: formatDateTime(document.mtJob.createdAt), billed: formatNumber(document.mtJob.billedCharacters) })}
              </p>
            </>
          ) : (
            <p className="muted">{t('stats.mtNone')}</p>
          )}
          <h2>{t('stats.people')}</h2>
          <dl className="people-list">
            <div>
              <dt>{t('stats.translators')}</dt>
              <dd>{document.translators.length === 0 ? t('stats.nobody') : document.translators.map((p) => p.name).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('stats.reviewers')}</dt>
              <dd>{document.reviewers.length === 0 ? t('stats.nobody') : document.reviewers.map((p) => p.name).join(', ')}</dd>
            </div>
          </dl>
        </section>

        <section className="card stats-wide" aria-labelledby="stats-versions">
          <h2 id="stats-versions">{t('revisions:timeline.title')}</h2>
          {timeline ? <RevisionTimeline timeline={timeline} /> : <p className="muted">{t('common:status.loading')}</p>}
        </section>

        <section className="card stats-wide" aria-labelledby="stats-qa">
          <h2 id="stats-qa">{t('stats.qa')}</h2>
          <p data-testid="qa-summary">
            {t('stats.qaSummary', {
              errors: formatNumber(document.qa.errors),
              warnings: formatNumber(document.qa.warnings),
              infos: formatNumber(document.qa.infos),
              segments: formatNumber(document.qa.segmentsWithErrors),
            })}
          </p>
          {document.qa.infos > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} data-testid="qa-with-notes" />
              {t('stats.withNotes')}
            </label>
          )}
          {qa && qa.items.length > 0 && (
            <>
              <table className="data compact-table qa-table">
                <thead>
                  <tr>
                    <th scope="col">{t('stats.segment')}</th>
                    <th scope="col">{t('stats.severity')}</th>
                    <th scope="col">{t('stats.issue')}</th>
                    <th scope="col">{t('stats.source')}</th>
                    <th scope="col">{t('stats.target')}</th>
                  </tr>
                </thead>
                <tbody>
                  {qa.items.map((item, i) => (
                    <tr key={`${item.segmentId}-${item.code}-${i}`}>
                      <th scope="row">
                        <Link to={`/documents/${document.id}`}>{t('stats.segmentN', { n: formatNumber(item.segmentIndex + 1) })}</Link>
                      </th>
                      <td>
                        <span className={`severity severity-${item.severity}`}>{t(`stats.severities.${item.severity}`)}</span>
                      </td>
                      <td>
                        {item.message}
                        {item.overrideReason && <span className="muted override">{t('stats.overridden', { reason: item.overrideReason })}</span>}
                      </td>
                      <td lang="de" className="segment-text">
                        {item.source}
                      </td>
                      <td lang="pl" className="segment-text">
                        {item.target ?? '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {qa.total > qa.items.length && <p className="muted">{t('stats.qaMore', { shown: formatNumber(qa.items.length), total: formatNumber(qa.total) })}</p>}
            </>
          )}
        </section>
      </div>
      {revising && (
        <RevisionDialog
          document={document}
          onClose={() => setRevising(false)}
          onStored={(stored) => {
            setRevising(false);
            toasts.show('success', t('revisions:stored', { number: stored.number, changed: stored.counts.changed, added: stored.counts.new, removed: stored.counts.removed }));
            void loadDocument();
          }}
        />
      )}
    </section>
  );
}

/** The head of a table of segments, words and share of words per row (states, match bands). */
function TallyHead({ first }: { first: string }) {
  const { t } = useTranslation('documents');
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="num">
          {t('stats.segments')}
        </th>
        <th scope="col" className="num">
          {t('stats.words')}
        </th>
        <th scope="col" className="num">
          {t('stats.shareWords')}
        </th>
      </tr>
    </thead>
  );
}
