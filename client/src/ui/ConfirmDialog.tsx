// "Are you sure?" in the one dialog frame: the question, Cancel (focused first, so Enter never destroys
// by accident, unless `focusConfirm` says the action is the expected answer) and the action. While the
// action runs the dialog cannot be closed; when it fails the server's message is shown (and announced)
// in the dialog, which stays open.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';
import { useRunning } from './useRunning';

interface ConfirmDialogProps {
  title: string;
  confirmLabel: string;
  busyLabel: string;
  /** A destructive action gets the danger style. */
  danger?: boolean;
  testId?: string;
  confirmTestId?: string;
  className?: string;
  /** The action, not Cancel, has the focus first (Enter confirms at once). */
  focusConfirm?: boolean;
  /** Rejects to keep the dialog open with the error shown. */
  onConfirm(): Promise<void>;
  onClose(): void;
  children: ReactNode;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, confirmLabel, busyLabel, danger, testId, confirmTestId = 'confirm-action', className, focusConfirm, onConfirm, onClose, children } = props;
  const { t } = useTranslation();
  const messageId = useId();
  const { busy, error, run } = useRunning();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The action's button was disabled while it ran: after a failure the keyboard goes back to it.
  useEffect(() => {
    if (error) confirmRef.current?.focus();
  }, [error]);

  return (
    <Modal
      title={title}
      onClose={onClose}
      testId={testId}
      className={className}
      closable={!busy}
      describedBy={messageId}
      initialFocus={focusConfirm ? '[data-confirm]' : '[data-cancel]'}
    >
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
        <button ref={confirmRef} type="button" className={danger ? 'danger' : 'primary'} onClick={() => void run(onConfirm)} disabled={busy} aria-busy={busy} data-confirm="" data-testid={confirmTestId}>
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
