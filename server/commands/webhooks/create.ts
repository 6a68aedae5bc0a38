// A project's coordinator or admin registers a webhook: a URL, the events it wants, and the secret that
// signs its deliveries.
import type { RequestOrigin } from '../../domain/audit/types';
import type { User } from '../../domain/users/types';
import type { Webhook, WebhookEvent } from '../../domain/webhooks/types';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { assertWebhookUrl, projectForWebhooks } from './access';

export interface CreateWebhookProps {
  user: User;
  projectId: string;
  url: string;
  events: readonly WebhookEvent[];
  secret: string;
  origin: RequestOrigin;
}

export async function createWebhook(ctx: CommandContext, props: CreateWebhookProps): Promise<Webhook> {
  const project = await projectForWebhooks(ctx, props.user, props.projectId);
  assertWebhookUrl(ctx, props.url);
  const at = nowIso(ctx);
  const webhook: Webhook = {
    id: ctx.ids.next(),
    projectId: project.id,
    url: props.url,
    events: [...new Set(props.events)],
    secret: props.secret,
    active: true,
    disabledReason: null,
    consecutiveFailures: 0,
    createdBy: props.user.id,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.webhooks.create(webhook);
  await recordAudit(ctx, {
    kind: 'webhook_changed',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'webhook', id: webhook.id },
    projectId: project.id,
    details: { change: 'created', url: webhook.url, events: webhook.events },
  });
  return webhook;
}
