// A confirm refused because of QA errors: the errors, and "confirm anyway" with a required reason
// (kept in the segment's history).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../api/types';
import { Modal } from '../ui/Modal';
import { useRunning } from '../ui/useRunning';
import { QaIssueList } from './QaIssueList';

interface QaOverrideDialogProps {
  number: number;
  issues: QaIssue[];
  onConfirm(reason: string): Promise<void>;
  onCancel(): void;
}

export function QaOverrideDialog({ number, issues, onConfirm, onCancel }: QaOverrideDialogProps) {
  const { t } = useTranslation('workspace');
  const [reason, setReason] = useState('');
  const { busy, run } = useRunning();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() !== '') await run(() => onConfirm(reason.trim()));
  };

  return (
    <Modal title={t('qaDialog.title', { number })} onClose={onCancel} testId="qa-errors-dialog" initialFocus="textarea">
      <p>{t('qaDialog.intro')}</p>
      <QaIssueList issues={issues} className="qa-dialog-list" testId="qa-errors" />
      <form onSubmit={(event) => void submit(event)}>
        <label className="qa-dialog-reason">
          <span>{t('qaDialog.reason')}</span>
          <textarea data-testid="qa-override-reason" required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('qaDialog.fix')}
          </button>
          <button type="submit" className="danger" data-testid="qa-override-confirm" disabled={busy || reason.trim() === ''}>
            {t('qaDialog.confirmAnyway')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
