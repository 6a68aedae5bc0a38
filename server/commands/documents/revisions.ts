// A document's revision timeline for everyone who may see it: the submission (revision 1) and every
// stored source revision with what it did, and the names of who did it.
import type { DocumentRecord } from '../../domain/documents/types';
import type { DocumentRevision } from '../../domain/revisions/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadDocument } from './access';

export interface RevisionTimeline {
  document: DocumentRecord;
  /** Stored revisions (2, 3, …), oldest first. */
  revisions: DocumentRevision[];
  /** Names of the submitter and the revisers, by user id. */
  names: Map<string, string>;
}

export async function documentRevisions(ctx: CommandContext, user: User, documentId: string): Promise<RevisionTimeline> {
  const { document } = await loadDocument(ctx, user, documentId);
  const revisions = await ctx.store.revisions.listByDocument(document.id);
  return { document, revisions, names: await namesOf(ctx, [document.createdBy, ...revisions.map((revision) => revision.createdBy)]) };
}

/** Names by user id (a deleted account is simply missing). */
export async function namesOf(ctx: CommandContext, userIds: readonly string[]): Promise<Map<string, string>> {
  const users = await ctx.store.users.findByIds([...new Set(userIds)]);
  return new Map(users.map((person) => [person.id, person.name]));
}
