// "Are you sure?" in the one dialog frame: the question, Cancel (focused first, so Enter never destroys
// by accident) and the action. While the action runs the dialog cannot be closed; when it fails the
// server's message is shown (and announced) in the dialog, which stays open.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { errorText } from './Toasts';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  busyLabel: string;
  /** A destructive action gets the danger style. */
  danger?: boolean;
  testId?: string;
  /** Rejects to keep the dialog open with the error shown. */
  onConfirm(): Promise<void>;
  onClose(): void;
  children: ReactNode;
}

export function ConfirmDialog({ title, confirmLabel, busyLabel, danger, testId, onConfirm, onClose, children }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (caught) {
      setError(errorText(caught, t));
      setBusy(false);
    }
  };

  return (
    <Modal title={title} onClose={onClose} testId={testId} closable={!busy} describedBy={messageId} initialFocus="[data-cancel]">
      <div id={messageId}>{children}</div>
      {error && (
        <p className="form-error" role="alert" data-testid="confirm-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy} data-cancel="">
          {t('actions.cancel')}
        </button>
        <button type="button" className={danger ? 'danger' : 'primary'} onClick={() => void confirm()} disabled={busy} data-testid="confirm-action">
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
