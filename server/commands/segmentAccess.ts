// Loading what a segment or document command needs, with visibility checked once.
import { NotFound } from '../domain/errors';
import type { DocumentRecord, Project, Role, Segment, User } from '../domain/types';
import { requireProjectAccess } from '../policies/projectAccess';
import type { CommandContext } from './context';

export interface SegmentInProject {
  segment: Segment;
  project: Project;
  roles: Role[];
}

/** The segment, its project and the user's roles there; NotFound if either is missing or invisible. */
export async function loadSegment(ctx: CommandContext, user: User, segmentId: string): Promise<SegmentInProject> {
  const segment = await ctx.store.segments.findById(segmentId);
  if (!segment) throw new NotFound('segment', segmentId);
  const project = await ctx.store.projects.findById(segment.projectId);
  if (!project) throw new NotFound('segment', segmentId);
  try {
    return { segment, project, roles: requireProjectAccess(user, project) };
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('segment', segmentId);
    throw error;
  }
}

export interface DocumentInProject {
  document: DocumentRecord;
  project: Project;
  roles: Role[];
}

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

export async function loadProject(ctx: CommandContext, user: User, projectId: string): Promise<{ project: Project; roles: Role[] }> {
  const project = await ctx.store.projects.findById(projectId);
  if (!project) throw new NotFound('project', projectId);
  return { project, roles: requireProjectAccess(user, project) };
}
