// The coordinator's starting point: every document the user may see, with its status.
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { describeDocuments, type DocumentStatusView } from '../documents/status';
import { visibleDocuments } from './visible';

/** Every document the user may see, with its status, oldest first. */
export async function overview(ctx: CommandContext, user: User): Promise<DocumentStatusView[]> {
  return describeDocuments(ctx, await visibleDocuments(ctx, user));
}
