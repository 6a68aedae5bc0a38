// A rejection opens a thread on the segment, in the reviewer's name, with the reason as its first comment,
// so translator and reviewer can talk about it where the segment is; the translator is notified.
import type { SegmentComment } from '../../domain/comments/types';
import { NotFound } from '../../domain/errors';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { notifyAboutComment } from '../notifications/comments';
import { writeThread } from './post';

export async function openRejectionThread(ctx: CommandContext, props: { segment: Segment; reviewer: User; reason: string }): Promise<SegmentComment> {
  const project = await ctx.store.projects.findById(props.segment.projectId);
  if (!project) throw new NotFound('project', props.segment.projectId);
  const comment = await writeThread(ctx, {
    segment: props.segment,
    project,
    author: props.reviewer,
    actor: { kind: 'system' },
    text: props.reason,
    kind: 'rejection',
  });
  await notifyAboutComment(ctx, { comment, segment: props.segment });
  return comment;
}
