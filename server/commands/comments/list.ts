// A segment's comments for the people who may see its project, with what the reader may do in each thread
// and whom they can mention.
import { mentionHandle } from '../../domain/comments/mentions';
import { countComments, type SegmentComment, type SegmentCommentCount } from '../../domain/comments/types';
import type { Role, User } from '../../domain/users/types';
import { mayActOnThread } from '../../domain/workflow/threads';
import type { CommandContext } from '../context';
import { loadSegment } from '../segments/access';
import { mentionCandidates, threadActor } from './access';

export interface CommentsView {
  /** Oldest first. */
  comments: SegmentComment[];
  /** Everyone named in the comments (authors, mentioned, resolvers), by id. */
  people: Map<string, User>;
  /** The ids of the threads (first comments) the reader may resolve or reopen. */
  decidable: Set<string>;
  /** Who can be mentioned, with the handle to write after the @. */
  members: { id: string; name: string; handle: string }[];
  counts: SegmentCommentCount;
}

/** Everyone a list of comments names, by id. */
export async function peopleOf(ctx: CommandContext, comments: readonly SegmentComment[]): Promise<Map<string, User>> {
  const ids = new Set<string>();
  for (const comment of comments) {
    ids.add(comment.authorId);
    for (const id of comment.mentions) ids.add(id);
    if (comment.resolvedBy) ids.add(comment.resolvedBy);
  }
  return new Map((await ctx.store.users.findByIds([...ids])).map((user) => [user.id, user]));
}

/** Whether `comment` opens a thread the user may resolve (or, when resolved, reopen). */
export const mayDecide = (user: User, roles: readonly Role[], comment: SegmentComment): boolean =>
  comment.threadId === comment.id && mayActOnThread(comment.resolved ? 'reopen' : 'resolve', threadActor(user, roles, comment));

export async function listSegmentComments(ctx: CommandContext, props: { user: User; segmentId: string }): Promise<CommentsView> {
  const { segment, project, roles } = await loadSegment(ctx, props.user, props.segmentId);
  const comments = await ctx.store.comments.listBySegment(segment.id);
  const decidable = new Set(comments.filter((comment) => mayDecide(props.user, roles, comment)).map((thread) => thread.id));
  const members = (await mentionCandidates(ctx, project))
    .map((member) => ({ id: member.id, name: member.name, handle: mentionHandle(member) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  return { comments, people: await peopleOf(ctx, comments), decidable, members, counts: countComments(segment.id, comments) };
}
