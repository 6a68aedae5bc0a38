// Reject a segment with a reason for the translator: the segment's texts, one-click reason presets,
// a required reason, and the server's error shown inside the dialog.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../api/types';
import { Modal } from '../ui/Modal';
import { useRunning } from '../ui/useRunning';
import './review.css';

const PRESETS = ['terminology', 'mistranslation', 'omission', 'grammar', 'style'] as const;

export function RejectDialog(props: { segment: Segment; onSubmit(reason: string): Promise<void>; onCancel(): void }) {
  const { segment, onSubmit, onCancel } = props;
  const { t } = useTranslation('panel');
  const [reason, setReason] = useState('');
  const { busy, error, run, clearError } = useRunning();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const reasonId = useId();
  const hintId = useId();
  const errorId = useId();
  const trimmed = reason.trim();

  const applyPreset = (preset: (typeof PRESETS)[number]) => {
    const text = t(`reject.presets.${preset}`);
    setReason((current) => {
      const existing = current.trim();
      if (existing === '') return text;
      if (existing.includes(text)) return current;
      return `${existing}\n${text}`;
    });
    clearError();
    textareaRef.current?.focus();
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (trimmed === '' || busy) return;
    if (!(await run(() => onSubmit(trimmed)))) textareaRef.current?.focus();
  };

  return (
    <Modal
      title={t('reject.title', { number: segment.index + 1 })}
      testId="reject-dialog"
      onClose={onCancel}
      closable={!busy}
      initialFocus={textareaRef}
      className="reject-dialog"
    >
      <dl className="reject-texts">
        <div>
          <dt>{t('reject.source')}</dt>
          <dd lang="de">{segment.source}</dd>
        </div>
        <div>
          <dt>{t('reject.target')}</dt>
          <dd lang="pl">{segment.target ? segment.target : <span className="muted">{t('reject.noTarget')}</span>}</dd>
        </div>
      </dl>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="reject-presets" role="group" aria-label={t('reject.presetsLabel')}>
          <span className="reject-presets-label" aria-hidden="true">
            {t('reject.presetsLabel')}
          </span>
          {PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="reject-preset"
              data-preset={preset}
              title={t(`reject.presets.${preset}`)}
              disabled={busy}
              onClick={() => applyPreset(preset)}
            >
              {t(`reject.presetNames.${preset}`)}
            </button>
          ))}
        </div>
        <label htmlFor={reasonId} className="reject-reason-label">
          {t('reject.reason')}
        </label>
        <textarea
          id={reasonId}
          ref={textareaRef}
          data-testid="reject-reason"
          className="reject-reason"
          rows={4}
          required
          aria-required="true"
          aria-invalid={error !== null}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          value={reason}
          readOnly={busy}
          onChange={(event) => {
            setReason(event.target.value);
            clearError();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.stopPropagation();
              void submit();
            }
          }}
        />
        <p id={hintId} className="reject-hint muted">
          {t('reject.reasonHint')}
        </p>
        {error && (
          <p id={errorId} className="form-error reject-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="danger" data-testid="reject-confirm" disabled={trimmed === '' || busy} aria-busy={busy}>
            {busy ? t('reject.busy') : t('reject.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
