// One alignment, for the people who may align in its project.
import type { Alignment } from '../../domain/alignment/types';
import type { User } from '../../domain/users/types';
import { loadAlignment } from './access';
import type { CommandContext } from '../context';

export async function readAlignment(ctx: CommandContext, user: User, alignmentId: string): Promise<Alignment> {
  return (await loadAlignment(ctx, user, alignmentId)).alignment;
}
