// In-app notifications: stored per person, shown under the bell, delivered live. Plain data; both
// stores return exactly these.
import type { Timestamp } from '../common';

/**
 * What a notification is about: an assignment to you; a mention of you; an answer in a thread you wrote
 * in; the rejection of a segment you translated; a revision of a document you work on; a range of yours
 * ready for your review; a step of yours past its due date.
 */
export const NOTIFICATION_KINDS = ['assignment', 'mention', 'reply', 'rejection', 'revision', 'ready_for_review', 'overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);

export interface Notification {
  id: string;
  /** Who receives it. */
  userId: string;
  kind: NotificationKind;
  /** Who caused it; null for the system (an overdue step). */
  actorId: string | null;
  projectId: string | null;
  documentId: string | null;
  segmentId: string | null;
  commentId: string | null;
  assignmentId: string | null;
  /** What the message shows besides names: a document title, a step, a due date, an excerpt (text only). */
  params: Record<string, string | number>;
  /**
   * At most one notification per person and key: a check that runs again (an overdue step, keyed by
   * assignment, step and due date) adds nothing. null for notifications that may repeat.
   */
  dedupeKey: string | null;
  createdAt: Timestamp;
  readAt: Timestamp | null;
}

/** A person's choice of notifications: the kinds they do not want. */
export interface NotificationSettings {
  userId: string;
  muted: NotificationKind[];
}
