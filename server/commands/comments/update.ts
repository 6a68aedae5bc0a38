// Changing a comment: its author edits the text (mentions are read again); resolving or reopening the
// thread it belongs to is for whom the thread table allows.
import { findMentions } from '../../domain/comments/mentions';
import { normalizeCommentText } from '../../domain/comments/text';
import type { SegmentComment } from '../../domain/comments/types';
import { Forbidden } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import { nextThreadState, ThreadState } from '../../domain/workflow/threads';
import { nowIso, type CommandContext } from '../context';
import { loadSegment } from '../segments/access';
import { loadComment, mentionCandidates, threadActor } from './access';
import { mayDecide } from './list';
import { notifyAboutComment } from '../notifications/comments';

export interface UpdateCommentProps {
  user: User;
  segmentId: string;
  commentId: string;
  /** The new text (author only). */
  text?: string;
  /** Resolve (true) or reopen (false) the comment's thread. */
  resolved?: boolean;
}

export interface UpdatedComment {
  /** The comment asked for, as it is now. */
  comment: SegmentComment;
  /** Mentions the new text adds (to be notified). */
  newMentions: string[];
  /** Whether the user may resolve (or reopen) the comment's thread, when the comment opens one. */
  mayResolve: boolean;
}

export async function updateComment(ctx: CommandContext, props: UpdateCommentProps): Promise<UpdatedComment> {
  const { segment, project, roles } = await loadSegment(ctx, props.user, props.segmentId);
  let comment = await loadComment(ctx, segment.id, props.commentId);
  const at = nowIso(ctx);
  let newMentions: string[] = [];

  if (props.text !== undefined) {
    if (comment.authorId !== props.user.id) throw new Forbidden('only its author may change a comment', 'comment_not_yours');
    const text = normalizeCommentText(props.text);
    if (text !== comment.text) {
      const mentions = findMentions(text, await mentionCandidates(ctx, project)).filter((id) => id !== comment.authorId);
      newMentions = mentions.filter((id) => !comment.mentions.includes(id));
      comment = { ...comment, text, mentions, editedAt: at };
      await ctx.store.comments.update(comment);
    }
  }

  if (props.resolved !== undefined) {
    const thread = comment.threadId === comment.id ? comment : await loadComment(ctx, segment.id, comment.threadId);
    const from = thread.resolved ? ThreadState.Resolved : ThreadState.Open;
    const to = nextThreadState(from, props.resolved ? 'resolve' : 'reopen', threadActor(props.user, roles, thread));
    const resolved = to === ThreadState.Resolved;
    const changed: SegmentComment = { ...thread, resolved, resolvedBy: resolved ? props.user.id : null, resolvedAt: resolved ? at : null };
    await ctx.store.comments.update(changed);
    if (changed.id === comment.id) comment = changed;
  }
  if (newMentions.length > 0) await notifyAboutComment(ctx, { comment, segment, mentions: newMentions });
  return { comment, newMentions, mayResolve: mayDecide(props.user, roles, comment) };
}
