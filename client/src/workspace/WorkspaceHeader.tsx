// The document's title, status and progress, a running MT job's progress, links to the list and
// the other mode, and the document's files (downloads, XLIFF import).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView, MtJob } from '../api/types';
import { formatDueDate, formatNumber, formatPercent } from '../format';
import { DocumentFiles } from '../pages/DocumentFiles';
import { Link } from '../router';
import { ProgressBar } from '../ui/ProgressBar';

interface WorkspaceHeaderProps {
  documentId: string;
  document: DocumentView | null;
  mode: 'translate' | 'review';
  mtJob: MtJob | null;
  canSwitch: boolean;
  /** Whether "Import translated XLIFF" is offered (people who may edit segments). */
  canImport: boolean;
  /** After an import changed segments. */
  onImported(): void;
  children?: ReactNode;
}

export function WorkspaceHeader({ documentId, document, mode, mtJob, canSwitch, canImport, onImported, children }: WorkspaceHeaderProps) {
  const { t } = useTranslation('workspace');
  const running = mtJob !== null && (mtJob.status === 'queued' || mtJob.status === 'running');
  return (
    <header className="ws-header">
      <div className="ws-title-row">
        <Link to="/" className="ws-back" data-testid="back-to-documents">
          <span aria-hidden="true">← </span>
          {t('header.back')}
        </Link>
        <h1 className="ws-title" data-testid="document-title">
          {document ? document.title : t('common:status.loading')}
        </h1>
        {document && (
          <span className={`ws-status status-${document.status}`} data-testid="document-status" data-status={document.status}>
            {t(`common:docStatus.${document.status}`)}
          </span>
        )}
        <span className="ws-mode" data-testid="workspace-mode">
          {t(`header.mode.${mode}`)}
        </span>
        {canSwitch && (
          <Link to={mode === 'translate' ? `/documents/${documentId}/review` : `/documents/${documentId}`} className="ws-switch" data-testid="switch-mode">
            {t(mode === 'translate' ? 'header.toReview' : 'header.toTranslate')}
          </Link>
        )}
      </div>
      {document && (
        <div className="ws-progress-row">
          <ProgressBar
            value={document.percentApproved}
            max={100}
            label={t('header.approved', { percent: formatPercent(document.percentApproved), words: formatNumber(document.total.words) })}
          />
          {document.dueDate && (
            <span className={document.overdue ? 'ws-due is-overdue' : 'ws-due'}>
              {t(document.overdue ? 'header.overdue' : 'header.due', { date: formatDueDate(document.dueDate) })}
            </span>
          )}
          {running && mtJob && (
            <span className="ws-mt" data-testid="workspace-mt-progress">
              <ProgressBar value={mtJob.done} max={mtJob.total} label={t('header.mt', { done: formatNumber(mtJob.done), total: formatNumber(mtJob.total) })} />
            </span>
          )}
          {mtJob?.status === 'failed' && (
            <span className="ws-mt-failed" role="alert">
              {t('header.mtFailed', { message: mtJob.error?.message ?? '' })}
            </span>
          )}
          <span className="ws-header-tools">
            <DocumentFiles document={document} canImport={canImport} onImported={onImported} />
            {children}
          </span>
        </div>
      )}
    </header>
  );
}
