// A member writes a comment on a segment: the first of a new thread, or an answer in one (which reopens
// a resolved thread, as the thread table says). Mentions of project members are recorded with it, and the
// people it concerns are notified (commands/notifications/comments.ts).
import { findMentions } from '../../domain/comments/mentions';
import { normalizeCommentText } from '../../domain/comments/text';
import type { CommentKind, SegmentComment } from '../../domain/comments/types';
import type { Segment } from '../../domain/segments/types';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { nextThreadState, ThreadState, type ThreadActor } from '../../domain/workflow/threads';
import { nowIso, type CommandContext } from '../context';
import { loadSegment } from '../segments/access';
import { loadComment, mentionCandidates, threadActor } from './access';
import { mayDecide } from './list';
import { notifyAboutComment } from '../notifications/comments';

export interface PostCommentProps {
  user: User;
  segmentId: string;
  text: string;
  /** The comment answered; absent for a new thread. */
  replyTo?: string;
}

export interface PostedComment {
  comment: SegmentComment;
  /** The thread's first comment as it is now (the comment itself for a new thread). */
  thread: SegmentComment;
  segment: Segment;
  project: Project;
  /** The authors of the thread's earlier comments (for a reply). */
  participants: string[];
  /** Whether the author may resolve the comment's thread (when the comment opens one). */
  mayResolve: boolean;
}

export async function postComment(ctx: CommandContext, props: PostCommentProps): Promise<PostedComment> {
  const { segment, project, roles } = await loadSegment(ctx, props.user, props.segmentId);
  const text = normalizeCommentText(props.text);
  if (props.replyTo === undefined) {
    const comment = await writeThread(ctx, { segment, project, author: props.user, actor: threadActor(props.user, roles, null), text, kind: 'comment' });
    await notifyAboutComment(ctx, { comment, segment });
    return { comment, thread: comment, segment, project, participants: [], mayResolve: mayDecide(props.user, roles, comment) };
  }
  const answered = await loadComment(ctx, segment.id, props.replyTo);
  let thread = answered.threadId === answered.id ? answered : await loadComment(ctx, segment.id, answered.threadId);
  const state = nextThreadState(thread.resolved ? ThreadState.Resolved : ThreadState.Open, 'reply', threadActor(props.user, roles, thread));
  const at = nowIso(ctx);
  const comment: SegmentComment = {
    ...newComment(ctx, segment, props.user.id, text, await mentionCandidates(ctx, project), 'comment', at),
    threadId: thread.id,
    replyTo: answered.id,
  };
  await ctx.store.comments.create(comment);
  if (state === ThreadState.Open && thread.resolved) {
    thread = { ...thread, resolved: false, resolvedBy: null, resolvedAt: null };
    await ctx.store.comments.update(thread);
  }
  const earlier = await ctx.store.comments.listBySegment(segment.id);
  const participants = [...new Set(earlier.filter((c) => c.threadId === thread.id && c.id !== comment.id).map((c) => c.authorId))];
  await notifyAboutComment(ctx, { comment, segment, participants });
  return { comment, thread, segment, project, participants, mayResolve: false };
}

export interface ThreadStart {
  segment: Segment;
  project: Project;
  author: User;
  actor: ThreadActor;
  text: string;
  kind: CommentKind;
}

/** Opens a thread with its first comment (a member's, or the reason of a rejection). */
export async function writeThread(ctx: CommandContext, start: ThreadStart): Promise<SegmentComment> {
  nextThreadState('none', 'open', start.actor);
  const comment = newComment(ctx, start.segment, start.author.id, start.text, await mentionCandidates(ctx, start.project), start.kind, nowIso(ctx));
  await ctx.store.comments.create(comment);
  return comment;
}

function newComment(
  ctx: CommandContext,
  segment: Segment,
  authorId: string,
  text: string,
  candidates: Awaited<ReturnType<typeof mentionCandidates>>,
  kind: CommentKind,
  at: string,
): SegmentComment {
  const id = ctx.ids.next();
  return {
    id,
    segmentId: segment.id,
    documentId: segment.documentId,
    projectId: segment.projectId,
    threadId: id,
    replyTo: null,
    kind,
    authorId,
    text,
    mentions: findMentions(text, candidates).filter((userId) => userId !== authorId),
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: at,
    editedAt: null,
  };
}
