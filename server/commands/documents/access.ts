// Loading what a document command needs, with visibility checked once.
import { NotFound } from '../../domain/errors';
import type { DocumentRecord } from '../../domain/documents/types';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import { requireProjectAccess } from '../../policies/projectAccess';
import type { CommandContext } from '../context';

export interface DocumentInProject {
  document: DocumentRecord;
  project: Project;
  roles: Role[];
}

/** The document, its project and the user's roles there; NotFound if either is missing or invisible. */
export async function loadDocument(ctx: CommandContext, user: User, documentId: string): Promise<DocumentInProject> {
  const document = await ctx.store.documents.findById(documentId);
  if (!document) throw new NotFound('document', documentId);
  const project = await ctx.store.projects.findById(document.projectId);
  if (!project) throw new NotFound('document', documentId);
  try {
    return { document, project, roles: requireProjectAccess(user, project) };
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('document', documentId);
    throw error;
  }
}
