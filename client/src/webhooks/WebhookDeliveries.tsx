// A webhook's delivery log, newest first: each delivery's event, state and attempts (when, the
// receiver's answer or why there was none, how long), its body, and the redelivery button.
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../api/client';
import type { DeliveryAttempt, DeliveryPage, Webhook, WebhookDelivery } from '../api/webhookTypes';
import { formatDateTime } from '../format';
import { Modal } from '../ui/Modal';
import { useToasts } from '../ui/Toasts';

const PAGE = 20;

export function WebhookDeliveries({ webhook, onClose }: { webhook: Webhook; onClose(): void }) {
  const { t } = useTranslation('webhooks');
  const toasts = useToasts();
  const [page, setPage] = useState<DeliveryPage | null>(null);
  const [offset, setOffset] = useState(0);
  const base = `/api/webhooks/${encodeURIComponent(webhook.id)}/deliveries`;

  const load = useCallback(async () => {
    setPage(await api.get<DeliveryPage>(`${base}${query({ offset, limit: PAGE })}`));
  }, [base, offset]);
  useEffect(() => {
    load().catch(toasts.showError);
  }, [load, toasts]);

  const redeliver = async (delivery: WebhookDelivery) => {
    try {
      await api.post(`${base}/${encodeURIComponent(delivery.id)}/redeliver`);
      toasts.show('success', t('redelivering'));
      await load();
    } catch (error) {
      toasts.showError(error);
    }
  };

  return (
    <Modal title={t('deliveriesTitle', { url: webhook.url })} onClose={onClose} className="webhook-deliveries" testId="webhook-deliveries">
      {page === null ? (
        <p className="loading" role="status">{t('common:status.loading')}</p>
      ) : page.items.length === 0 ? (
        <p className="empty">{t('noDeliveries')}</p>
      ) : (
        <ol className="delivery-list">
          {page.items.map((delivery) => (
            <li key={delivery.id} data-testid="webhook-delivery" data-status={delivery.status}>
              <p className="delivery-head">
                <strong>{t(`events.${delivery.event}`)}</strong> · {formatDateTime(delivery.createdAt)} ·{' '}
                <span className={`delivery-status delivery-${delivery.status}`}>{t(`status.${delivery.status}`)}</span>
                {delivery.nextAttemptAt && <> · {t('nextAttempt', { at: formatDateTime(delivery.nextAttemptAt) })}</>}
              </p>
              <p className="muted">
                {t('deliveryId')} <code>{delivery.id}</code>
              </p>
              {delivery.attempts.length > 0 && (
                <ul className="attempts">
                  {delivery.attempts.map((attempt, i) => (
                    <li key={i}>{attemptText(attempt, t)}</li>
                  ))}
                </ul>
              )}
              <details>
                <summary>{t('body')}</summary>
                <pre>{JSON.stringify(delivery.body, null, 2)}</pre>
              </details>
              <button type="button" onClick={() => void redeliver(delivery)} aria-label={t('redeliverOf', { id: delivery.id })} data-testid="webhook-redeliver">
                {t('redeliver')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {page && page.total > PAGE && (
        <p className="pager">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('newer')}
          </button>
          <span>{t('pageOf', { from: offset + 1, to: Math.min(offset + PAGE, page.total), total: page.total })}</span>
          <button type="button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
            {t('older')}
          </button>
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('common:actions.close')}
        </button>
      </div>
    </Modal>
  );
}

function attemptText(attempt: DeliveryAttempt, t: TFunction<'webhooks'>): string {
  const answer = attempt.error
    ? t(`errors.${attempt.error}`, { status: attempt.statusCode ?? '' })
    : t('answered', { status: attempt.statusCode });
  return t('attempt', { at: formatDateTime(attempt.at), answer, ms: attempt.durationMs });
}
