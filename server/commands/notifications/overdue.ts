// Steps past their due date: a periodic check tells each late step's assignee once per step and due date
// (the dedupe key), however often it runs and on however many servers. Time comes from the Clock port.
import { isStepLate } from '../../domain/assignments/progress';
import { ASSIGNMENT_STEPS, assigneeOf, dueOf } from '../../domain/assignments/types';
import type { Notification } from '../../domain/notifications/types';
import type { Segment } from '../../domain/segments/types';
import { nowIso, type CommandContext } from '../context';
import { viewAssignment } from '../assignments/list';
import { notify } from './notify';

/** One pass: notifies every late step not notified before; returns the notifications sent. */
export async function notifyOverdueSteps(ctx: CommandContext): Promise<Notification[]> {
  const now = ctx.clock.now();
  const due = await ctx.store.assignments.listDueBefore(nowIso(ctx));
  const segments = new Map<string, Segment[]>();
  const titles = new Map<string, string>();
  const sent: Notification[] = [];
  for (const assignment of due) {
    if (!segments.has(assignment.documentId)) {
      segments.set(assignment.documentId, await ctx.store.segments.listByDocument(assignment.documentId));
      titles.set(assignment.documentId, (await ctx.store.documents.findById(assignment.documentId))?.title ?? '');
    }
    const view = viewAssignment(assignment, segments.get(assignment.documentId)!, now);
    for (const step of ASSIGNMENT_STEPS) {
      const assignee = assigneeOf(assignment, step);
      const dueAt = dueOf(assignment, step);
      if (assignee === null || dueAt === null || !isStepLate(assignment, step, view.progress, now)) continue;
      sent.push(
        ...(await notify(ctx, [assignee], {
          kind: 'overdue',
          actorId: null,
          projectId: assignment.projectId,
          documentId: assignment.documentId,
          assignmentId: assignment.id,
          params: { documentTitle: titles.get(assignment.documentId)!, step, due: dueAt },
          dedupeKey: `overdue:${assignment.id}:${step}:${dueAt}`,
        })),
      );
    }
  }
  return sent;
}

/** Runs the overdue check every `intervalMs` in the background (an unref'd timer: it never keeps the process alive). */
export class OverdueWatcher {
  private readonly timer: NodeJS.Timeout | null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ctx: CommandContext,
    intervalMs: number,
    private readonly onError: (error: unknown) => void = (error) => console.error('overdue check failed:', error),
  ) {
    this.timer = intervalMs > 0 ? setInterval(() => void this.check(), intervalMs).unref() : null;
  }

  /** One check now, after any running one (never two at once). */
  check(): Promise<unknown> {
    this.running = this.running.then(() => notifyOverdueSteps(this.ctx)).catch(this.onError);
    return this.running;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
