// Changing a webhook: its URL, events, secret, or whether it is on. Turning it on again clears the
// failure count and the reason it was turned off.
import type { RequestOrigin } from '../../domain/audit/types';
import type { User } from '../../domain/users/types';
import type { Webhook, WebhookEvent } from '../../domain/webhooks/types';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { assertWebhookUrl, loadWebhook } from './access';

export interface WebhookPatch {
  url?: string;
  events?: readonly WebhookEvent[];
  secret?: string;
  active?: boolean;
}

export interface UpdateWebhookProps {
  user: User;
  webhookId: string;
  patch: WebhookPatch;
  origin: RequestOrigin;
}

export async function updateWebhook(ctx: CommandContext, props: UpdateWebhookProps): Promise<Webhook> {
  const { webhook } = await loadWebhook(ctx, props.user, props.webhookId);
  const { patch } = props;
  if (patch.url !== undefined) assertWebhookUrl(ctx, patch.url);
  const reactivated = patch.active === true && !webhook.active;
  const updated: Webhook = {
    ...webhook,
    url: patch.url ?? webhook.url,
    events: patch.events !== undefined ? [...new Set(patch.events)] : webhook.events,
    secret: patch.secret ?? webhook.secret,
    active: patch.active ?? webhook.active,
    disabledReason: patch.active === undefined ? webhook.disabledReason : null,
    consecutiveFailures: reactivated ? 0 : webhook.consecutiveFailures,
    updatedAt: nowIso(ctx),
  };
  await ctx.store.webhooks.update(updated);
  await recordAudit(ctx, {
    kind: 'webhook_changed',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'webhook', id: webhook.id },
    projectId: webhook.projectId,
    // What was asked for, never the secret itself.
    details: {
      change: 'updated',
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.events !== undefined ? { events: updated.events } : {}),
      ...(patch.secret !== undefined ? { secretChanged: true } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
    },
  });
  // Deliveries waiting for it are due again.
  if (reactivated) ctx.webhookDispatch?.wake();
  return updated;
}
