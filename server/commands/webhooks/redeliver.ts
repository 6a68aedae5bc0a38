// The redelivery button: a delivery (delivered, given up or still pending) is sent again at once, with
// the same X-Nysa-Delivery id and body, and a new retry window.
import { NotFound } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import type { WebhookDelivery } from '../../domain/webhooks/types';
import { nowIso, type CommandContext } from '../context';
import { loadWebhook } from './access';

export interface RedeliverProps {
  user: User;
  webhookId: string;
  deliveryId: string;
}

export async function redeliver(ctx: CommandContext, props: RedeliverProps): Promise<WebhookDelivery> {
  const { webhook } = await loadWebhook(ctx, props.user, props.webhookId);
  const delivery = await ctx.store.webhooks.findDelivery(props.deliveryId);
  if (!delivery || delivery.webhookId !== webhook.id) throw new NotFound('webhook_delivery', props.deliveryId);
  const again = await ctx.store.webhooks.redeliver(delivery.id, nowIso(ctx));
  ctx.webhookDispatch?.wake();
  return again;
}
