// Loading what a segment command needs, with visibility checked once.
import { NotFound } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { Role, User } from '../../domain/users/types';
import type { Segment } from '../../domain/segments/types';
import { requireProjectAccess, rolesInProject } from '../../policies/projectAccess';
import type { CommandContext } from '../context';

export interface SegmentInProject {
  segment: Segment;
  project: Project;
  roles: Role[];
}

/**
 * A segment a source revision took out of its document, with its project and the user's roles there;
 * null when there is no such removed segment or the user cannot see its project.
 */
export async function loadRemovedSegment(ctx: CommandContext, user: User, segmentId: string): Promise<(SegmentInProject & { removedIn: number }) | null> {
  const removed = await ctx.store.revisions.findRemovedSegment(segmentId);
  if (!removed) return null;
  const project = await ctx.store.projects.findById(removed.segment.projectId);
  const roles = project ? rolesInProject(user, project) : [];
  if (!project || roles.length === 0) return null;
  return { segment: removed.segment, project, roles, removedIn: removed.removedIn };
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
