// A document's files, in the document list and the workspace: a menu of downloads (the bilingual XLIFF
// and review table at any time, the Polish document and its TMX once approved) and, for people who may
// edit, "Import translated XLIFF": the file is uploaded with a progress bar and what it changed is shown.
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadForm } from '../api/client';
import type { DocumentView } from '../api/types';
import { formatNumber } from '../format';
import { exportLinks, refusalCounts, XLIFF_FILE_ACCEPT, type XliffImportSummary } from '../lib/documentFiles';
import { Modal } from '../ui/Modal';
import { ProgressBar } from '../ui/ProgressBar';
import { useToasts } from '../ui/Toasts';
import './pages.css';

interface DocumentFilesProps {
  document: Pick<DocumentView, 'id' | 'title' | 'status'>;
  canImport: boolean;
  /** Called after an import changed something (the caller reloads what it shows). */
  onImported?(): void;
}

/** The reasons the summary names; any other is shown as its code. */
const KNOWN_REFUSALS = new Set(['unknown_unit', 'duplicate_unit', 'source_mismatch', 'segment_locked', 'segment_approved', 'invalid_transition']);

export function DocumentFiles({ document, canImport, onImported }: DocumentFilesProps) {
  const { t } = useTranslation('documents');
  const toasts = useToasts();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [summary, setSummary] = useState<XliffImportSummary | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const form = new FormData();
    form.append('file', file, file.name);
    setProgress(0);
    try {
      const result = await uploadForm<XliffImportSummary>(`/api/documents/${encodeURIComponent(document.id)}/xliff`, form, setProgress);
      setSummary(result);
      if (result.updated > 0) onImported?.();
    } catch (error) {
      toasts.showError(error);
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      <details className="files-menu" data-testid="document-files">
        <summary aria-label={t('files.menuFor', { title: document.title })}>{t('files.menu')}</summary>
        <ul className="files-menu-list">
          {exportLinks(document).map((link) => (
            <li key={link.kind}>
              <a href={link.href} download data-testid={`download-${link.kind}`}>
                {t(`files.${link.kind}`)}
              </a>
            </li>
          ))}
          {canImport && (
            <li>
              <button type="button" onClick={() => input.current?.click()} disabled={progress !== null} data-testid="import-xliff">
                {t('files.import')}
              </button>
            </li>
          )}
        </ul>
      </details>
      {canImport && (
        <input ref={input} type="file" accept={XLIFF_FILE_ACCEPT} hidden onChange={(event) => void onFile(event)} data-testid="import-xliff-file" />
      )}
      {progress !== null && (
        <span className="files-progress" data-testid="import-progress">
          <ProgressBar value={Math.round(progress * 100)} max={100} label={t('files.importing', { percent: Math.round(progress * 100) })} />
        </span>
      )}
      {summary && <ImportSummary summary={summary} title={document.title} onClose={() => setSummary(null)} />}
    </>
  );
}

function ImportSummary({ summary, title, onClose }: { summary: XliffImportSummary; title: string; onClose(): void }) {
  const { t } = useTranslation('documents');
  return (
    <Modal title={t('files.summary.title', { title })} onClose={onClose} testId="import-summary">
      <ul className="import-summary">
        <li data-testid="import-updated">{t('files.summary.updated', { count: summary.updated, n: formatNumber(summary.updated), confirmed: formatNumber(summary.confirmed) })}</li>
        <li data-testid="import-unchanged">{t('files.summary.unchanged', { count: summary.unchanged, n: formatNumber(summary.unchanged) })}</li>
        {summary.conflicts.length > 0 && (
          <li data-testid="import-conflicts">{t('files.summary.conflicts', { count: summary.conflicts.length, n: formatNumber(summary.conflicts.length) })}</li>
        )}
        {summary.unconfirmed.length > 0 && (
          <li data-testid="import-unconfirmed">{t('files.summary.unconfirmed', { count: summary.unconfirmed.length, n: formatNumber(summary.unconfirmed.length) })}</li>
        )}
        {refusalCounts(summary).map(({ reason, count }) => (
          <li key={reason} data-testid="import-refused">
            {t('files.summary.refused', { count, n: formatNumber(count), reason: KNOWN_REFUSALS.has(reason) ? t(`files.reasons.${reason}`) : reason })}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onClose} data-testid="import-summary-close">
          {t('files.summary.close')}
        </button>
      </div>
    </Modal>
  );
}
