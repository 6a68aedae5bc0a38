// Reading one segment, for the people who may see its project.
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadSegment } from './access';

export async function readSegment(ctx: CommandContext, user: User, segmentId: string): Promise<Segment> {
  return (await loadSegment(ctx, user, segmentId)).segment;
}
