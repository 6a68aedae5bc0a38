// Removing a webhook, with its deliveries (pending ones are never sent).
import type { RequestOrigin } from '../../domain/audit/types';
import type { User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import type { CommandContext } from '../context';
import { loadWebhook } from './access';

export interface DeleteWebhookProps {
  user: User;
  webhookId: string;
  origin: RequestOrigin;
}

export async function deleteWebhook(ctx: CommandContext, props: DeleteWebhookProps): Promise<void> {
  const { webhook } = await loadWebhook(ctx, props.user, props.webhookId);
  await ctx.store.webhooks.delete(webhook.id);
  await recordAudit(ctx, {
    kind: 'webhook_changed',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'webhook', id: webhook.id },
    projectId: webhook.projectId,
    details: { change: 'deleted', url: webhook.url },
  });
}
