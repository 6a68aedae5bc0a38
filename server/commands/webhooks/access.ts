// Who manages a project's webhooks: its admins and coordinators (global or by membership). A webhook of
// a project the user cannot see is NotFound, like the project.
import { InvalidInput, NotFound } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { webhookUrlProblem } from '../../domain/webhooks/addresses';
import type { Webhook } from '../../domain/webhooks/types';
import { requireProjectAccess, requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';

const MANAGERS = ['admin', 'coordinator'] as const;

/** The project, if the user may manage its webhooks (NotFound when invisible, Forbidden without the role). */
export async function projectForWebhooks(ctx: CommandContext, user: User, projectId: string): Promise<Project> {
  const { project } = await loadProject(ctx, user, projectId);
  requireProjectRole(user, project, MANAGERS, 'manage webhooks');
  return project;
}

/** The webhook and its project, under the same rule. */
export async function loadWebhook(ctx: CommandContext, user: User, webhookId: string): Promise<{ webhook: Webhook; project: Project }> {
  const webhook = await ctx.store.webhooks.findById(webhookId);
  const project = webhook ? await ctx.store.projects.findById(webhook.projectId) : null;
  if (!webhook || !project) throw new NotFound('webhook', webhookId);
  try {
    requireProjectAccess(user, project);
  } catch {
    throw new NotFound('webhook', webhookId);
  }
  requireProjectRole(user, project, MANAGERS, 'manage webhooks');
  return { webhook, project };
}

/** Refuses a URL a webhook cannot have, with 400 invalid_webhook_url and the reason in the details. */
export function assertWebhookUrl(ctx: Pick<CommandContext, 'config'>, url: string): void {
  const problem = webhookUrlProblem(url, ctx.config.webhooks.allowPrivateAddresses);
  if (problem !== null) throw new InvalidInput(`the webhook URL cannot be used: ${problem}`, { reason: problem }, 'invalid_webhook_url');
}
