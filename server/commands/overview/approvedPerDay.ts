// The coordinator's chart: words and segments approved per UTC day over the documents the user may
// see, read from the segment events (every move into `approved` counts on the day it happened).
import { approvalsPerDay, firstDayStart, type DayTally } from '../../domain/statistics/approvalsPerDay';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { visibleDocuments } from './visible';

export interface ApprovedPerDayProps {
  user: User;
  /** How many days, ending today (UTC). */
  days: number;
}

export async function approvedPerDay(ctx: CommandContext, props: ApprovedPerDayProps): Promise<DayTally[]> {
  const now = ctx.clock.now();
  const documents = await visibleDocuments(ctx, props.user);
  const approvals = await ctx.store.segments.listApprovals(
    documents.map((document) => document.id),
    firstDayStart(now, props.days),
  );
  return approvalsPerDay(approvals, now, props.days);
}
