// Adding or changing a webhook: its URL, the events it wants and its secret. When changing one, an
// empty secret keeps the current one (the server never shows it again).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { WEBHOOK_EVENTS, WEBHOOK_SECRET_MAX_LENGTH, WEBHOOK_SECRET_MIN_LENGTH, type Webhook, type WebhookEvent } from '../api/webhookTypes';
import { Modal } from '../ui/Modal';
import { useToasts } from '../ui/Toasts';
import { useRunning } from '../ui/useRunning';

interface WebhookDialogProps {
  projectId: string;
  /** The webhook to change; null to add one. */
  webhook: Webhook | null;
  onClose(saved: boolean): void;
}

export function WebhookDialog({ projectId, webhook, onClose }: WebhookDialogProps) {
  const { t } = useTranslation('webhooks');
  const toasts = useToasts();
  const { busy, error, run } = useRunning();
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [events, setEvents] = useState<WebhookEvent[]>(webhook?.events ?? ['document.approved']);
  const [secret, setSecret] = useState('');
  const eventsLabel = useId();

  const toggle = (event: WebhookEvent, on: boolean) => setEvents((chosen) => (on ? [...chosen, event] : chosen.filter((e) => e !== event)));

  const save = async (submitted: FormEvent) => {
    submitted.preventDefault();
    const ordered = WEBHOOK_EVENTS.filter((event) => events.includes(event));
    const done = await run(() =>
      webhook
        ? api.patch<Webhook>(`/api/webhooks/${encodeURIComponent(webhook.id)}`, { url, events: ordered, ...(secret !== '' ? { secret } : {}) })
        : api.post<Webhook>(`/api/projects/${encodeURIComponent(projectId)}/webhooks`, { url, events: ordered, secret }),
    );
    if (!done) return;
    toasts.show('success', t('saved', { url }));
    onClose(true);
  };

  return (
    <Modal title={webhook ? t('editTitle') : t('addTitle')} onClose={() => onClose(false)} closable={!busy} testId="webhook-dialog">
      <form className="webhook-form" onSubmit={save}>
        <label>
          {t('fields.url')}
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required maxLength={2000} data-testid="webhook-url" />
        </label>
        <fieldset aria-labelledby={eventsLabel}>
          <legend id={eventsLabel}>{t('fields.events')}</legend>
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="checkbox">
              <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} data-testid={`webhook-event-${event}`} />
              {t(`events.${event}`)} <code>{event}</code>
            </label>
          ))}
        </fieldset>
        <label>
          {webhook ? t('fields.newSecret') : t('fields.secret')}
          <input
            type="password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            required={!webhook}
            minLength={WEBHOOK_SECRET_MIN_LENGTH}
            maxLength={WEBHOOK_SECRET_MAX_LENGTH}
            autoComplete="new-password"
            data-testid="webhook-secret"
          />
        </label>
        <p className="muted">{t('secretHint', { min: WEBHOOK_SECRET_MIN_LENGTH })}</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose(false)} disabled={busy}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || events.length === 0} aria-busy={busy} data-testid="webhook-save">
            {t('common:actions.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
