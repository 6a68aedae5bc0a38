// Reading webhooks and their delivery log.
import type { User } from '../../domain/users/types';
import type { Webhook, WebhookDelivery } from '../../domain/webhooks/types';
import type { CommandContext } from '../context';
import { loadWebhook, projectForWebhooks } from './access';

export async function listWebhooks(ctx: CommandContext, user: User, projectId: string): Promise<Webhook[]> {
  const project = await projectForWebhooks(ctx, user, projectId);
  return ctx.store.webhooks.listByProject(project.id);
}

export interface DeliveryPageProps {
  user: User;
  webhookId: string;
  offset: number;
  limit: number;
}

export async function listDeliveries(ctx: CommandContext, props: DeliveryPageProps): Promise<{ items: WebhookDelivery[]; total: number }> {
  const { webhook } = await loadWebhook(ctx, props.user, props.webhookId);
  return ctx.store.webhooks.listDeliveries(webhook.id, props.offset, props.limit);
}
