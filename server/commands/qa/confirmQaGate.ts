// The QA gate of a confirm: a target with `error` issues is not confirmed unless the translator
// overrides them with a reason, which is kept in the confirm event's note and in the stored result.
// Warnings and infos never block.
import { QaErrorsFound, QaOverrideReasonRequired } from '../../domain/qa/errors';
import { buildQaResult } from '../../domain/qa/results';
import type { QaIssue } from '../../domain/qa/types';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { loadSegment } from '../segments/access';
import { findQaIssues } from './checkSegments';

export interface QaOverride {
  reason: string;
}

export interface ConfirmQaGate {
  /** The version the issues were found for: the confirm must apply to exactly this version. */
  version: number;
  /** The confirm event's note: `QA override: <reason>` when errors are overridden, else null. */
  note: string | null;
  /** Throws QaErrorsFound when the segment has errors and no override was given. */
  check(segment: Segment): void;
  /** Runs the confirm; stores the result found, refused (current version) or confirmed (new version). */
  guard(confirm: () => Promise<Segment>): Promise<Segment>;
}

export const QA_OVERRIDE_NOTE_PREFIX = 'QA override: ';

export async function prepareConfirmQa(
  ctx: CommandContext,
  props: { user: User; segmentId: string; version?: number; overrideQa?: QaOverride },
): Promise<ConfirmQaGate> {
  const reason = props.overrideQa?.reason.trim();
  if (props.overrideQa && !reason) throw new QaOverrideReasonRequired();
  const { segment, project } = await loadSegment(ctx, props.user, props.segmentId);
  const issues: QaIssue[] = (await findQaIssues(ctx, project, [segment])).get(segment.id) ?? [];
  const errors = issues.filter((issue) => issue.severity === 'error');
  const overridden = errors.length > 0 && reason !== undefined;
  const store = (version: number, overrideReason: string | null) =>
    ctx.store.qaResults.upsertMany([
      buildQaResult({ segmentId: segment.id, documentId: segment.documentId, version, issues, checkedAt: nowIso(ctx), overrideReason }),
    ]);
  return {
    version: props.version ?? segment.version,
    note: overridden ? `${QA_OVERRIDE_NOTE_PREFIX}${reason}` : null,
    check(checked) {
      if (errors.length > 0 && !overridden) throw new QaErrorsFound(checked.id, errors);
    },
    async guard(confirm) {
      let confirmed: Segment;
      try {
        confirmed = await confirm();
      } catch (error) {
        if (error instanceof QaErrorsFound) await store(segment.version, null);
        throw error;
      }
      await store(confirmed.version, overridden ? reason! : null);
      return confirmed;
    },
  };
}
