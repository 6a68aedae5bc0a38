// "My work": each step assigned to me (translating or reviewing a document or a range), with its progress
// and due date, in the order I should do it (domain/assignments/progress.ts compareWork). Assignments
// in projects I can no longer see are left out.
import { compareWork, type WorkStep } from '../../domain/assignments/progress';
import { ASSIGNMENT_STEPS, assigneeOf, dueOf, type Assignment } from '../../domain/assignments/types';
import type { DocumentRecord } from '../../domain/documents/types';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { rolesInProject } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { viewAssignment } from './list';

export interface WorkItem extends WorkStep {
  assignment: Assignment;
  document: DocumentRecord;
  projectName: string;
}

export async function myWork(ctx: CommandContext, props: { user: User }): Promise<WorkItem[]> {
  const assignments = await ctx.store.assignments.listForUser(props.user.id);
  const documents = new Map<string, DocumentRecord>();
  const segments = new Map<string, Segment[]>();
  const projects = new Map<string, { name: string; visible: boolean }>();
  const now = ctx.clock.now();
  const items: WorkItem[] = [];
  for (const assignment of assignments) {
    if (!projects.has(assignment.projectId)) {
      const project = await ctx.store.projects.findById(assignment.projectId);
      projects.set(assignment.projectId, { name: project?.name ?? '', visible: project !== null && rolesInProject(props.user, project).length > 0 });
    }
    const project = projects.get(assignment.projectId)!;
    if (!project.visible) continue;
    let document = documents.get(assignment.documentId);
    if (!document) {
      const found = await ctx.store.documents.findById(assignment.documentId);
      if (!found) continue;
      document = found;
      documents.set(document.id, document);
      segments.set(document.id, await ctx.store.segments.listByDocument(document.id));
    }
    const view = viewAssignment(assignment, segments.get(document.id)!, now);
    for (const step of ASSIGNMENT_STEPS) {
      if (assigneeOf(assignment, step) !== props.user.id) continue;
      items.push({
        assignment,
        document,
        projectName: project.name,
        step,
        due: dueOf(assignment, step),
        late: view.late[step],
        progress: view.progress[step],
        documentCreatedAt: document.createdAt,
        documentId: document.id,
        firstIndex: assignment.range?.first ?? 0,
      });
    }
  }
  return items.sort(compareWork);
}
