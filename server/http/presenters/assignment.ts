// The JSON shapes of assignments (GET /api/documents/:id/assignments), "My work" (GET /api/me/work) and
// the coordinator's assignment overview (GET /api/overview/assignments).
import type { AssignmentView } from '../../commands/assignments/list';
import type { WorkItem } from '../../commands/assignments/myWork';
import type { AssignmentOverview } from '../../commands/assignments/overview';
import type { StepProgress } from '../../domain/assignments/progress';
import type { Assignment } from '../../domain/assignments/types';
import type { User } from '../../domain/users/types';

const person = (people: ReadonlyMap<string, User>, id: string | null) => (id === null ? null : { id, name: people.get(id)?.name ?? '' });

const presentProgress = (progress: StepProgress) => ({ segments: progress.segments, words: progress.words, complete: progress.complete });

export const presentAssignment = (assignment: Assignment, people: ReadonlyMap<string, User>) => ({
  id: assignment.id,
  projectId: assignment.projectId,
  documentId: assignment.documentId,
  range: assignment.range,
  translator: person(people, assignment.translatorId),
  reviewer: person(people, assignment.reviewerId),
  translationDue: assignment.translationDue,
  reviewDue: assignment.reviewDue,
  createdBy: assignment.createdBy,
  createdAt: assignment.createdAt,
  updatedAt: assignment.updatedAt,
  version: assignment.version,
});

/** An item of GET /api/documents/:id/assignments. */
export const presentAssignmentView = (view: AssignmentView, people: ReadonlyMap<string, User>) => ({
  ...presentAssignment(view.assignment, people),
  progress: { translation: presentProgress(view.progress.translation), review: presentProgress(view.progress.review) },
  late: view.late,
});

/** An item of GET /api/me/work. */
export const presentWorkItem = (item: WorkItem) => ({
  assignmentId: item.assignment.id,
  step: item.step,
  document: { id: item.document.id, title: item.document.title, projectId: item.document.projectId, projectName: item.projectName, segmentCount: item.document.segmentCount },
  range: item.assignment.range,
  due: item.due,
  late: item.late,
  progress: presentProgress(item.progress),
});

/** GET /api/overview/assignments */
export const presentAssignmentOverview = (overview: AssignmentOverview) => ({
  people: overview.people.map((entry) => ({
    user: { id: entry.user.id, name: entry.user.name },
    translation: entry.steps.translation,
    review: entry.steps.review,
    lateSteps: entry.lateSteps,
  })),
  late: overview.late.map((late) => ({
    assignmentId: late.assignment.id,
    document: { id: late.document.id, title: late.document.title },
    range: late.assignment.range,
    step: late.step,
    assignee: late.assignee === null ? null : { id: late.assignee.id, name: late.assignee.name },
    due: late.due,
    progress: presentProgress(late.progress),
  })),
});
