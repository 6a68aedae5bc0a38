// A confirm refused because of QA errors: the errors, and "confirm anyway" with a required reason
// (kept in the segment's history).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../api/types';
import { Modal } from '../ui/Modal';
import { QA_ICONS } from './SegmentRow';

interface QaOverrideDialogProps {
  number: number;
  issues: QaIssue[];
  onConfirm(reason: string): Promise<void>;
  onCancel(): void;
}

export function QaOverrideDialog({ number, issues, onConfirm, onCancel }: QaOverrideDialogProps) {
  const { t } = useTranslation('workspace');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    setBusy(true);
    try {
      await onConfirm(reason.trim());
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('qaDialog.title', { number })} onClose={onCancel} testId="qa-errors-dialog" initialFocus="textarea">
      <p>{t('qaDialog.intro')}</p>
      <ul className="qa-dialog-list" data-testid="qa-errors">
        {issues.map((issue, i) => (
          <li key={i} className={`qa-${issue.severity}`}>
            <span className="qa-icon" aria-hidden="true">
              {QA_ICONS[issue.severity]}
            </span>
            {issue.message}
          </li>
        ))}
      </ul>
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
