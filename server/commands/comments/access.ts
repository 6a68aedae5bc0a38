// Loading what a comment command needs: the segment (visibility checked once, as for every segment
// command), the people who may be mentioned, and a comment of that segment.
import type { MentionCandidate } from '../../domain/comments/mentions';
import type { SegmentComment } from '../../domain/comments/types';
import { NotFound } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import type { ThreadActor } from '../../domain/workflow/threads';
import type { CommandContext } from '../context';

/** The project's members as mention candidates (only members can be mentioned). */
export async function mentionCandidates(ctx: CommandContext, project: Project): Promise<MentionCandidate[]> {
  const users = await ctx.store.users.findByIds(project.members.map((member) => member.userId));
  return users.map((user) => ({ id: user.id, name: user.name, email: user.email }));
}

/** The comment, if it belongs to the segment; NotFound (entity `comment`) otherwise. */
export async function loadComment(ctx: CommandContext, segmentId: string, commentId: string): Promise<SegmentComment> {
  const comment = await ctx.store.comments.findById(commentId);
  if (!comment || comment.segmentId !== segmentId) throw new NotFound('comment', commentId);
  return comment;
}

/** The person acting on a thread, as the thread transition table sees them. */
export const threadActor = (user: User, roles: readonly Role[], thread: Pick<SegmentComment, 'authorId'> | null): ThreadActor => ({
  kind: 'user',
  roles,
  isThreadAuthor: thread !== null && thread.authorId === user.id,
});
