// The latest MT job of a document, for the people who may see it.
import type { MtJob } from '../../domain/jobs/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadDocument } from '../documents/access';

export async function latestMtJob(ctx: CommandContext, user: User, documentId: string): Promise<MtJob | null> {
  await loadDocument(ctx, user, documentId);
  return ctx.store.mtJobs.latestForDocument(documentId);
}
