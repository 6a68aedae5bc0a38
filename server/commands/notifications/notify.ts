// The one way a notification is sent: to each recipient who is not the one who caused it, may still see
// the project, and has not muted the kind; at most once per dedupe key. Stored notifications reach the
// recipient live through the change feed (commands/live/publishingStore.ts), so any command, and the
// source-revision command of another module, may call `notify` and need not know about streams.
import type { Notification, NotificationKind } from '../../domain/notifications/types';
import { rolesInProject } from '../../policies/projectAccess';
import { nowIso, type CommandContext } from '../context';

export interface NotificationDraft {
  kind: NotificationKind;
  /** Who caused it (never notified of their own act); null for the system. */
  actorId: string | null;
  projectId: string | null;
  documentId?: string | null;
  segmentId?: string | null;
  commentId?: string | null;
  assignmentId?: string | null;
  /** What the message shows besides names (a document title, a step, a due date, an excerpt). */
  params?: Record<string, string | number>;
  /** At most one notification per recipient and key (e.g. one per overdue step and due date). */
  dedupeKey?: string | null;
}

/** An excerpt of a comment for a notification: the first line, at most 140 characters. */
export function excerpt(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > 140 ? `${line.slice(0, 139)}…` : line;
}

/** Sends `draft` to `recipients` (duplicates and nulls ignored); returns the notifications stored. */
export async function notify(ctx: CommandContext, recipients: readonly (string | null | undefined)[], draft: NotificationDraft): Promise<Notification[]> {
  const ids = [...new Set(recipients.filter((id): id is string => typeof id === 'string' && id !== draft.actorId))];
  if (ids.length === 0) return [];
  const project = draft.projectId === null ? null : await ctx.store.projects.findById(draft.projectId);
  const users = await ctx.store.users.findByIds(ids);
  const sent: Notification[] = [];
  for (const user of users) {
    // Someone who left the project hears nothing more of it.
    if (project && rolesInProject(user, project).length === 0) continue;
    const settings = await ctx.store.notifications.findSettings(user.id);
    if (settings.muted.includes(draft.kind)) continue;
    const notification: Notification = {
      id: ctx.ids.next(),
      userId: user.id,
      kind: draft.kind,
      actorId: draft.actorId,
      projectId: draft.projectId,
      documentId: draft.documentId ?? null,
      segmentId: draft.segmentId ?? null,
      commentId: draft.commentId ?? null,
      assignmentId: draft.assignmentId ?? null,
      params: { ...(draft.params ?? {}) },
      dedupeKey: draft.dedupeKey ?? null,
      createdAt: nowIso(ctx),
      readAt: null,
    };
    if (await ctx.store.notifications.create(notification)) sent.push(notification);
  }
  return sent;
}
