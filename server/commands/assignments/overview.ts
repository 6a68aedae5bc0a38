// The coordinator's view of assignments across the documents they may see: progress per assignee (words
// of their steps done of assigned) and every late step.
import type { StepProgress } from '../../domain/assignments/progress';
import { ASSIGNMENT_STEPS, assigneeOf, dueOf, type Assignment, type AssignmentStep } from '../../domain/assignments/types';
import type { DocumentRecord } from '../../domain/documents/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { visibleDocuments } from '../overview/visible';
import { assigneesOf, viewAssignment } from './list';

export interface AssigneeProgress {
  user: User;
  steps: Record<AssignmentStep, { assigned: number; words: StepProgress['words']; segments: StepProgress['segments'] }>;
  lateSteps: number;
}

export interface LateStep {
  assignment: Assignment;
  document: DocumentRecord;
  step: AssignmentStep;
  assignee: User | null;
  due: string;
  progress: StepProgress;
}

export interface AssignmentOverview {
  people: AssigneeProgress[];
  /** Oldest due date first. */
  late: LateStep[];
}

const emptySteps = (): AssigneeProgress['steps'] =>
  Object.fromEntries(ASSIGNMENT_STEPS.map((step) => [step, { assigned: 0, words: { done: 0, total: 0 }, segments: { done: 0, total: 0 } }])) as AssigneeProgress['steps'];

export async function assignmentOverview(ctx: CommandContext, props: { user: User }): Promise<AssignmentOverview> {
  const documents = await visibleDocuments(ctx, props.user);
  const byId = new Map(documents.map((document) => [document.id, document]));
  const assignments = await ctx.store.assignments.listByDocuments(documents.map((document) => document.id));
  const people = await assigneesOf(ctx, assignments);
  const progress = new Map<string, AssigneeProgress>();
  const late: LateStep[] = [];
  const now = ctx.clock.now();
  for (const documentId of new Set(assignments.map((a) => a.documentId))) {
    const segments = await ctx.store.segments.listByDocument(documentId);
    for (const assignment of assignments.filter((a) => a.documentId === documentId)) {
      const view = viewAssignment(assignment, segments, now);
      for (const step of ASSIGNMENT_STEPS) {
        const userId = assigneeOf(assignment, step);
        if (userId === null) continue;
        const person = people.get(userId);
        if (person) {
          const entry = progress.get(userId) ?? { user: person, steps: emptySteps(), lateSteps: 0 };
          const tally = entry.steps[step];
          tally.assigned += 1;
          tally.words = { done: tally.words.done + view.progress[step].words.done, total: tally.words.total + view.progress[step].words.total };
          tally.segments = { done: tally.segments.done + view.progress[step].segments.done, total: tally.segments.total + view.progress[step].segments.total };
          if (view.late[step]) entry.lateSteps += 1;
          progress.set(userId, entry);
        }
        if (view.late[step]) {
          late.push({ assignment, document: byId.get(documentId)!, step, assignee: person ?? null, due: dueOf(assignment, step)!, progress: view.progress[step] });
        }
      }
    }
  }
  return {
    people: [...progress.values()].sort((a, b) => a.user.name.localeCompare(b.user.name, 'pl')),
    late: late.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
  };
}
