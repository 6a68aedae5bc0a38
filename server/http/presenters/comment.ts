// The JSON shapes of comments (GET/POST/PATCH /api/segments/:id/comments) and their counts. Text is
// data: clients render it as text, never as HTML.
import type { CommentsView } from '../../commands/comments/list';
import type { SegmentComment, SegmentCommentCount } from '../../domain/comments/types';
import type { User } from '../../domain/users/types';

const person = (people: ReadonlyMap<string, User>, id: string) => ({ id, name: people.get(id)?.name ?? '' });

export const presentComment = (comment: SegmentComment, people: ReadonlyMap<string, User>, mayDecide: boolean) => ({
  id: comment.id,
  segmentId: comment.segmentId,
  documentId: comment.documentId,
  threadId: comment.threadId,
  replyTo: comment.replyTo,
  kind: comment.kind,
  author: person(people, comment.authorId),
  text: comment.text,
  mentions: comment.mentions.map((id) => person(people, id)),
  resolved: comment.resolved,
  resolvedBy: comment.resolvedBy === null ? null : person(people, comment.resolvedBy),
  resolvedAt: comment.resolvedAt,
  createdAt: comment.createdAt,
  editedAt: comment.editedAt,
  /** On a thread's first comment: whether the reader may resolve (or reopen) the thread. */
  mayResolve: comment.threadId === comment.id && mayDecide,
});

export const presentCommentCount = (count: SegmentCommentCount) => ({ segmentId: count.segmentId, comments: count.comments, openThreads: count.openThreads });

/** GET /api/segments/:id/comments */
export const presentCommentsView = (view: CommentsView) => ({
  items: view.comments.map((comment) => presentComment(comment, view.people, view.decidable.has(comment.id))),
  counts: presentCommentCount(view.counts),
  members: view.members,
});
