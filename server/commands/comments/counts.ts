// Per segment of a document: how many comments, how many open threads (the workspace's row counts and
// its "open comments" filter).
import type { SegmentCommentCount } from '../../domain/comments/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadDocument } from '../documents/access';

export async function documentCommentCounts(ctx: CommandContext, props: { user: User; documentId: string }): Promise<SegmentCommentCount[]> {
  await loadDocument(ctx, props.user, props.documentId);
  return ctx.store.comments.countByDocument(props.documentId);
}
