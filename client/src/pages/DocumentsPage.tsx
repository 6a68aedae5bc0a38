// Everyone's start page: the documents the user may see, by project, with status, due date,
// progress by state, machine translation (start and progress) and the way into each document.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { DocumentView, MtJob, Project } from '../api/types';
import { hasRole, useUser } from '../auth';
import { formatPercent } from '../format';
import { groupByProject, isMtActive, mtStartable } from '../lib/dashboardStats';
import { canImportXliffIn } from '../lib/documentFiles';
import { canStartMtIn, canSubmitTo, defaultOnlyMine } from '../lib/projectRoles';
import { DocumentFiles } from './DocumentFiles';
import { Link } from '../router';
import { useToasts } from '../ui/Toasts';
import { MtStatus } from './MtStatus';
import { formatDueDate } from './pageFormat';
import { StateLegend, StateProgress } from './StateProgress';
import { usePolling } from './usePolling';
import './pages.css';

export function DocumentsPage() {
  const { t } = useTranslation('documents');
  const user = useUser();
  const toasts = useToasts();
  const [documents, setDocuments] = useState<DocumentView[] | null>(null);
  const [projects, setProjects] = useState<Project[] | null>(null);
  /** null: the default for the user's roles. */
  const [onlyMineChoice, setOnlyMineChoice] = useState<boolean | null>(null);
  const [starting, setStarting] = useState<ReadonlySet<string>>(new Set());

  const loadDocuments = useCallback(async () => {
    const page = await api.get<{ items: DocumentView[] }>('/api/overview');
    setDocuments(page.items);
  }, []);

  useEffect(() => {
    loadDocuments().catch(toasts.showError);
    api.get<{ items: Project[] }>('/api/projects').then((page) => setProjects(page.items), toasts.showError);
  }, [loadDocuments, toasts]);

  // While a listed document's MT job runs, follow it every second; when one ends, reload the list.
  const running = (documents ?? []).filter((d) => isMtActive(d.mtJob));
  usePolling(
    async () => {
      const jobs = await Promise.all(running.map((d) => api.get<MtJob>(`/api/documents/${d.id}/mt`).catch(() => null)));
      const byDocument = new Map(jobs.filter((job): job is MtJob => job !== null).map((job) => [job.documentId, job]));
      setDocuments((list) => list && list.map((d) => (byDocument.has(d.id) ? { ...d, mtJob: byDocument.get(d.id) ?? null } : d)));
      const ended = [...byDocument.values()].filter((job) => !isMtActive(job));
      for (const job of ended) {
        const title = running.find((d) => d.id === job.documentId)?.title ?? '';
        if (job.status === 'done') toasts.show('success', t('mt.finished', { title }));
        else toasts.show('error', t('mt.failed', { message: job.error?.message ?? t('common:errors.unknown') }));
      }
      if (ended.length > 0) await loadDocuments();
    },
    1000,
    running.length > 0,
  );

  const startMt = async (document: DocumentView) => {
    setStarting((set) => new Set(set).add(document.id));
    try {
      const job = await api.post<MtJob>(`/api/documents/${document.id}/mt`);
      setDocuments((list) => list && list.map((d) => (d.id === document.id ? { ...d, mtJob: job } : d)));
      if (isMtActive(job)) toasts.show('info', t('mt.started', { title: document.title }));
      else await loadDocuments();
    } catch (error) {
      toasts.showError(error);
    } finally {
      setStarting((set) => {
        const next = new Set(set);
        next.delete(document.id);
        return next;
      });
    }
  };

  const submitter = hasRole(user, 'editor') || (projects ?? []).some((p) => canSubmitTo(user, p));
  const onlyMine = submitter && (onlyMineChoice ?? (projects !== null && defaultOnlyMine(user, projects)));
  const shown = useMemo(() => (documents ?? []).filter((d) => !onlyMine || d.createdBy === user.id), [documents, onlyMine, user.id]);
  const groups = useMemo(() => groupByProject(shown, projects ?? [], user.id), [shown, projects, user.id]);

  if (documents === null || projects === null) {
    return <p className="loading" role="status">{t('common:status.loading')}</p>;
  }

  return (
    <section className="pages documents-page" aria-labelledby="documents-title">
      <div className="page-head">
        <h1 id="documents-title">{t('title')}</h1>
        {submitter && (
          <Link to="/submit" className="button-link primary">
            {t('submitLink')}
          </Link>
        )}
      </div>

      {documents.length > 0 && (
        <div className="toolbar">
          {submitter && (
            <label className="checkbox">
              <input type="checkbox" checked={onlyMine} onChange={(e) => setOnlyMineChoice(e.target.checked)} data-testid="only-mine" />
              {t('onlyMine')}
            </label>
          )}
          <StateLegend />
        </div>
      )}

      {documents.length === 0 ? (
        <div className="empty card" data-testid="documents-empty">
          {submitter ? (
            <>
              <p>{t('empty.none')}</p>
              <p>
                <Link to="/submit">{t('empty.submit')}</Link>
              </p>
            </>
          ) : (
            <p>{t('empty.translator')}</p>
          )}
        </div>
      ) : shown.length === 0 ? (
        <div className="empty card" data-testid="documents-empty">
          <p>{t('empty.noneMine')}</p>
          <p className="empty-actions">
            <Link to="/submit">{t('empty.submit')}</Link>
            <button type="button" onClick={() => setOnlyMineChoice(false)}>
              {t('empty.showAll')}
            </button>
          </p>
        </div>
      ) : (
        groups.map((group) => {
          const project = projects.find((p) => p.id === group.projectId);
          const mayStart = project !== undefined ? canStartMtIn(user, project) : hasRole(user, 'editor', 'coordinator');
          const mayImport = canImportXliffIn(user, project);
          const headingId = `project-${group.projectId}`;
          return (
            <section key={group.projectId} className="project-group" aria-labelledby={headingId}>
              <h2 id={headingId}>
                {project ? (
                  <Link to={`/projects/${encodeURIComponent(project.id)}`} data-testid="project-link">
                    {project.name}
                  </Link>
                ) : (
                  (group.name ?? t('unknownProject'))
                )}
              </h2>
              <div className="table-scroll">
                <table className="data documents-table">
                  <colgroup>
                    <col className="col-document" />
                    <col className="col-status" />
                    <col className="col-due" />
                    <col className="col-progress" />
                    <col className="col-mt" />
                    <col className="col-actions" />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.document')}</th>
                      <th scope="col">{t('columns.status')}</th>
                      <th scope="col">{t('columns.due')}</th>
                      <th scope="col">{t('columns.progress')}</th>
                      <th scope="col">{t('columns.mt')}</th>
                      <th scope="col">{t('columns.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.documents.map((document) => (
                      <DocumentRow
                        key={document.id}
                        document={document}
                        mine={!onlyMine && document.createdBy === user.id}
                        mayStartMt={mayStart}
                        mayImport={mayImport}
                        starting={starting.has(document.id)}
                        onStartMt={() => void startMt(document)}
                        onImported={() => void loadDocuments().catch(toasts.showError)}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })
      )}
    </section>
  );
}

interface DocumentRowProps {
  document: DocumentView;
  mine: boolean;
  mayStartMt: boolean;
  mayImport: boolean;
  starting: boolean;
  onStartMt(): void;
  onImported(): void;
}

function DocumentRow({ document, mine, mayStartMt, mayImport, starting, onStartMt, onImported }: DocumentRowProps) {
  const { t } = useTranslation('documents');
  const titleId = `doc-title-${document.id}`;
  return (
    <tr data-testid="document-row" data-document-id={document.id} data-overdue={document.overdue ? 'true' : undefined} className={document.overdue ? 'row-overdue' : undefined}>
      <th scope="row" className="doc-title-cell">
        <span id={titleId} className="doc-title">
          {document.title}
        </span>
        {mine && <span className="tag">{t('mine')}</span>}
      </th>
      <td>
        <DocumentStatusBadge status={document.status} />
      </td>
      <td>
        <DueDate dueDate={document.dueDate} overdue={document.overdue} />
      </td>
      <td className="progress-cell">
        <StateProgress byState={document.byState} compact />
        <span className="percent-approved">{t('percentApproved', { percent: formatPercent(document.percentApproved) })}</span>
      </td>
      <td className="mt-cell">
        {document.mtJob && document.mtJob.status !== 'failed' ? (
          <MtStatus job={document.mtJob} />
        ) : (
          <>
            {document.mtJob && <MtStatus job={document.mtJob} />}
            {mayStartMt && mtStartable(document) ? (
              <button type="button" onClick={onStartMt} disabled={starting} data-testid="start-mt" aria-describedby={titleId}>
                {t(document.mtJob ? 'mt.retry' : 'mt.start')}
              </button>
            ) : (
              !document.mtJob && <span className="muted">{t('mt.none')}</span>
            )}
          </>
        )}
      </td>
      <td>
        <ul className="row-actions" aria-label={t('actionsFor', { title: document.title })}>
          <li>
            <Link to={`/documents/${document.id}`} data-testid="open-translate">
              {t('links.translate')}
            </Link>
          </li>
          <li>
            <Link to={`/documents/${document.id}/review`} data-testid="open-review">
              {t('links.review')}
            </Link>
          </li>
          <li>
            <Link to={`/documents/${document.id}/stats`} data-testid="open-stats">
              {t('links.stats')}
            </Link>
          </li>
          <li>
            <Link to={`/documents/${document.id}/assignments`} data-testid="open-assignments">
              {t('collaboration:assignments.title')}
            </Link>
          </li>
          {document.status === 'approved' && (
            <li>
              <a href={`/api/documents/${document.id}/export`} download data-testid="download-export">
                {t('links.export')}
              </a>
            </li>
          )}
          <li>
            <DocumentFiles document={document} canImport={mayImport} onImported={onImported} />
          </li>
        </ul>
      </td>
    </tr>
  );
}

export function DocumentStatusBadge({ status }: { status: DocumentView['status'] }) {
  const { t } = useTranslation('documents');
  return (
    <span className={`doc-status doc-status-${status}`} data-testid="document-status" data-status={status}>
      {t(`common:docStatus.${status}`)}
    </span>
  );
}

export function DueDate({ dueDate, overdue }: { dueDate: string | null; overdue: boolean }) {
  const { t } = useTranslation('documents');
  if (dueDate === null) return <span className="muted">{t('noDue')}</span>;
  return (
    <span className={overdue ? 'due due-overdue' : 'due'}>
      <span>{formatDueDate(dueDate)}</span>
      {overdue && <strong className="overdue-label">{t('overdue')}</strong>}
    </span>
  );
}
