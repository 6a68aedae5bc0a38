// One alignment, for the people who may align in its project.
import type { Alignment, User } from '../../domain/types';
import { loadAlignment } from './access';
import type { CommandContext } from '../context';

export async function readAlignment(ctx: CommandContext, user: User, alignmentId: string): Promise<Alignment> {
  return (await loadAlignment(ctx, user, alignmentId)).alignment;
}
