// A project's webhooks (coordinators and admins): the list with each one's state, a dialog to add or
// change one (URL, events, secret), deleting, turning on and off, and each one's delivery log.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Project } from '../api/types';
import type { Webhook } from '../api/webhookTypes';
import { useUser } from '../auth';
import { formatDateTime } from '../format';
import { canManageProject } from '../lib/projectRoles';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProjectFrame } from '../ui/ProjectFrame';
import { useToasts } from '../ui/Toasts';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookDialog } from './WebhookDialog';
import './webhooks.css';

export function WebhooksPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation('webhooks');
  return (
    <ProjectFrame projectId={projectId} title={t('title')} className="webhooks-page">
      {(project) => <Webhooks project={project} />}
    </ProjectFrame>
  );
}

type Editing = { kind: 'new' } | { kind: 'edit'; webhook: Webhook } | null;

function Webhooks({ project }: { project: Project }) {
  const { t } = useTranslation('webhooks');
  const user = useUser();
  const toasts = useToasts();
  const [webhooks, setWebhooks] = useState<Webhook[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const [showing, setShowing] = useState<Webhook | null>(null);
  const manages = canManageProject(user, project);

  const load = useCallback(async () => {
    const page = await api.get<{ items: Webhook[] }>(`/api/projects/${encodeURIComponent(project.id)}/webhooks`);
    setWebhooks(page.items);
  }, [project.id]);
  useEffect(() => {
    if (manages) load().catch(toasts.showError);
  }, [load, manages, toasts]);

  if (!manages) return <p className="muted">{t('onlyManagers')}</p>;
  if (webhooks === null) return <p className="loading" role="status">{t('common:status.loading')}</p>;

  const toggle = async (webhook: Webhook) => {
    try {
      await api.patch<Webhook>(`/api/webhooks/${encodeURIComponent(webhook.id)}`, { active: !webhook.active });
      toasts.show('success', t(webhook.active ? 'turnedOff' : 'turnedOn', { url: webhook.url }));
      await load();
    } catch (error) {
      toasts.showError(error);
    }
  };

  return (
    <>
      <p className="muted">{t('intro')}</p>
      <p>
        <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })} data-testid="webhook-add">
          {t('add')}
        </button>
      </p>
      {webhooks.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data webhooks" data-testid="webhooks-table">
            <caption className="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.url')}</th>
                <th scope="col">{t('columns.events')}</th>
                <th scope="col">{t('columns.state')}</th>
                <th scope="col">{t('columns.changed')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((webhook) => (
                <tr key={webhook.id} data-testid="webhook-row">
                  <th scope="row" className="webhook-url">
                    {webhook.url}
                  </th>
                  <td>{webhook.events.map((event) => t(`events.${event}`)).join(', ')}</td>
                  <td data-testid="webhook-state">
                    {webhook.active ? t('state.active') : webhook.disabledReason ? t('state.disabledAutomatically') : t('state.off')}
                    {webhook.consecutiveFailures > 0 && <span className="webhook-failures"> {t('failures', { count: webhook.consecutiveFailures })}</span>}
                  </td>
                  <td>{formatDateTime(webhook.updatedAt)}</td>
                  <td className="webhook-actions">
                    <button type="button" onClick={() => setShowing(webhook)} aria-label={t('deliveriesOf', { url: webhook.url })}>
                      {t('deliveries')}
                    </button>
                    <button type="button" onClick={() => setEditing({ kind: 'edit', webhook })} aria-label={t('editOf', { url: webhook.url })}>
                      {t('edit')}
                    </button>
                    <button type="button" onClick={() => void toggle(webhook)} aria-label={t(webhook.active ? 'turnOffOf' : 'turnOnOf', { url: webhook.url })}>
                      {t(webhook.active ? 'turnOff' : 'turnOn')}
                    </button>
                    <button type="button" className="danger" onClick={() => setDeleting(webhook)} aria-label={t('deleteOf', { url: webhook.url })}>
                      {t('delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {showing && <WebhookDeliveries webhook={showing} onClose={() => setShowing(null)} />}
      {editing && (
        <WebhookDialog
          projectId={project.id}
          webhook={editing.kind === 'edit' ? editing.webhook : null}
          onClose={(saved) => {
            setEditing(null);
            if (saved) void load().catch(toasts.showError);
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('deleteTitle')}
          confirmLabel={t('delete')}
          busyLabel={t('deleting')}
          danger
          testId="webhook-delete-dialog"
          onConfirm={async () => {
            await api.delete(`/api/webhooks/${encodeURIComponent(deleting.id)}`);
            toasts.show('success', t('deleted', { url: deleting.url }));
            setDeleting(null);
            await load();
          }}
          onClose={() => setDeleting(null)}
        >
          <p>{t('deleteText', { url: deleting.url })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
