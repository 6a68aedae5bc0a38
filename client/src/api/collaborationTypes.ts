// The JSON shapes of comments, assignments, My work and notifications (server/http/presenters/comment.ts, assignment.ts, notification.ts).
import type { PersonRef } from './types';

/** A comment on a segment (GET /api/segments/:id/comments); `text` is plain text, shown as text. */
export interface SegmentComment {
  id: string;
  segmentId: string;
  documentId: string;
  threadId: string;
  replyTo: string | null;
  kind: 'comment' | 'rejection';
  author: PersonRef;
  text: string;
  mentions: PersonRef[];
  resolved: boolean;
  resolvedBy: PersonRef | null;
  resolvedAt: string | null;
  createdAt: string;
  editedAt: string | null;
  /** On a thread's first comment: whether I may resolve (or reopen) the thread. */
  mayResolve: boolean;
}

export interface CommentCount {
  segmentId: string;
  comments: number;
  openThreads: number;
}

export interface CommentsView {
  items: SegmentComment[];
  counts: CommentCount;
  /** Who can be mentioned: `@handle`. */
  members: { id: string; name: string; handle: string }[];
}

export const ASSIGNMENT_STEPS = ['translation', 'review'] as const;
export type AssignmentStep = (typeof ASSIGNMENT_STEPS)[number];

export interface DoneOfTotal {
  done: number;
  total: number;
}

export interface StepProgress {
  segments: DoneOfTotal;
  words: DoneOfTotal;
  complete: boolean;
}

/** 0-based segment indexes, both included. */
export interface SegmentRange {
  first: number;
  last: number;
}

/** An item of GET /api/documents/:id/assignments. */
export interface Assignment {
  id: string;
  projectId: string;
  documentId: string;
  range: SegmentRange | null;
  translator: PersonRef | null;
  reviewer: PersonRef | null;
  translationDue: string | null;
  reviewDue: string | null;
  version: number;
  progress: Record<AssignmentStep, StepProgress>;
  late: Record<AssignmentStep, boolean>;
}

/** An item of GET /api/me/work. */
export interface WorkItem {
  assignmentId: string;
  step: AssignmentStep;
  document: { id: string; title: string; projectId: string; projectName: string; segmentCount: number };
  range: SegmentRange | null;
  due: string | null;
  late: boolean;
  progress: StepProgress;
}

/** GET /api/overview/assignments */
export interface AssignmentOverview {
  people: { user: PersonRef; translation: { assigned: number } & Omit<StepProgress, 'complete'>; review: { assigned: number } & Omit<StepProgress, 'complete'>; lateSteps: number }[];
  late: { assignmentId: string; document: { id: string; title: string }; range: SegmentRange | null; step: AssignmentStep; assignee: PersonRef | null; due: string; progress: StepProgress }[];
}

export const NOTIFICATION_KINDS = ['assignment', 'mention', 'reply', 'rejection', 'revision', 'ready_for_review', 'overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An item of GET /api/notifications. */
export interface AppNotification {
  id: string;
  kind: NotificationKind;
  actor: PersonRef | null;
  projectId: string | null;
  document: { id: string; title: string } | null;
  segmentId: string | null;
  commentId: string | null;
  assignmentId: string | null;
  params: Record<string, string | number>;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}
