// A person's notifications (the bell), marking them read, and the kinds they mute.
import type { Notification, NotificationKind } from '../../domain/notifications/types';
import { NOTIFICATION_KINDS } from '../../domain/notifications/types';
import type { DocumentRecord } from '../../domain/documents/types';
import type { User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';

export interface NotificationsView {
  items: Notification[];
  total: number;
  unread: number;
  /** Who caused them and the documents they are about, by id. */
  people: Map<string, User>;
  documents: Map<string, DocumentRecord>;
}

export interface ListNotificationsProps {
  user: User;
  unreadOnly: boolean;
  offset: number;
  limit: number;
}

/** What a list of notifications refers to: people and documents, by id. */
export async function referencesOf(ctx: CommandContext, items: readonly Notification[]): Promise<Pick<NotificationsView, 'people' | 'documents'>> {
  const actorIds = [...new Set(items.map((n) => n.actorId).filter((id): id is string => id !== null))];
  const people = new Map((await ctx.store.users.findByIds(actorIds)).map((user) => [user.id, user]));
  const documents = new Map<string, DocumentRecord>();
  for (const documentId of new Set(items.map((n) => n.documentId).filter((id): id is string => id !== null))) {
    const document = await ctx.store.documents.findById(documentId);
    if (document) documents.set(documentId, document);
  }
  return { people, documents };
}

export async function listNotifications(ctx: CommandContext, props: ListNotificationsProps): Promise<NotificationsView> {
  const page = await ctx.store.notifications.page({ userId: props.user.id, unreadOnly: props.unreadOnly, offset: props.offset, limit: props.limit });
  return { ...page, ...(await referencesOf(ctx, page.items)) };
}

/** Marks the user's notifications among `ids` (all when absent) read; returns how many are still unread. */
export async function markNotificationsRead(ctx: CommandContext, props: { user: User; ids: readonly string[] | null }): Promise<number> {
  await ctx.store.notifications.markRead(props.user.id, props.ids, nowIso(ctx));
  return ctx.store.notifications.countUnread(props.user.id);
}

export async function readNotificationSettings(ctx: CommandContext, props: { user: User }): Promise<NotificationKind[]> {
  return (await ctx.store.notifications.findSettings(props.user.id)).muted;
}

/** Replaces the kinds the user mutes (in the canonical order, each once). */
export async function updateNotificationSettings(ctx: CommandContext, props: { user: User; muted: readonly NotificationKind[] }): Promise<NotificationKind[]> {
  const muted = NOTIFICATION_KINDS.filter((kind) => props.muted.includes(kind));
  await ctx.store.notifications.saveSettings({ userId: props.user.id, muted });
  return muted;
}
