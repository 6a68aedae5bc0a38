// Confirmation before approving a filtered set of segments at once.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { Modal } from '../ui/Modal';
import { errorText } from '../ui/Toasts';
import './review.css';

export function BulkApproveDialog(props: { count: number; words: number; onConfirm(): Promise<void>; onCancel(): void }) {
  const { count, words, onConfirm, onCancel } = props;
  const { t } = useTranslation('panel');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(errorText(caught, t));
      setBusy(false);
      confirmRef.current?.focus();
      return;
    }
    setBusy(false);
  };

  const question = t('bulk.question', {
    segments: t('bulk.segments', { count, n: formatNumber(count) }),
    words: t('bulk.words', { count: words, n: formatNumber(words) }),
  });

  return (
    <Modal
      title={t('bulk.title')}
      testId="bulk-approve-dialog"
      onClose={onCancel}
      closable={!busy}
      initialFocus={confirmRef}
      describedBy={questionId}
      className="bulk-approve-dialog"
    >
      <p id={questionId} className="bulk-question">
        {question}
      </p>
      <p className="muted">{t('bulk.hint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common:actions.cancel')}
        </button>
        <button
          ref={confirmRef}
          type="button"
          className="primary"
          data-testid="bulk-approve-confirm"
          disabled={busy || count === 0}
          aria-busy={busy}
          onClick={() => void confirm()}
        >
          {busy ? t('bulk.busy') : t('bulk.confirm')}
        </button>
      </div>
    </Modal>
  );
}
