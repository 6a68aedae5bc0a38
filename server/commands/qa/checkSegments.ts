// Runs the QA checks on segments with their project's settings and stores the results with the
// segments. Called after every save, confirm, MT proposal and propagation, so reading never checks.
import { glossaryContext, type ContextTerm } from '../../domain/glossary';
import { transferTarget } from '../../domain/repetitions/sourceKey';
import { runChecks, type QaSettings } from '../../domain/qa/registry';
import { buildQaResult, type QaResult } from '../../domain/qa/results';
import type { QaContext, QaIssue } from '../../domain/qa/types';
import type { Project } from '../../domain/projects/types';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import { nowIso, type CommandContext } from '../context';

/** The project's QA settings in the form runChecks takes. */
export const qaSettingsOf = (project: Project): QaSettings => ({
  disabled: project.settings.qa?.disabled ?? [],
  enabled: project.settings.qa?.enabled ?? [],
  severity: project.settings.qa?.severity ?? {},
});

/**
 * Approved targets of each segment's twins (same sourceKey elsewhere in the project), placeholders
 * renumbered to the segment's own source. One lookup per distinct sentence.
 */
async function approvedTwinTargets(ctx: CommandContext, segments: readonly Segment[]): Promise<Map<string, string[]>> {
  const twinsByKey = new Map<string, Segment[]>();
  for (const segment of segments) {
    const key = `${segment.projectId}\u0000${segment.sourceKey}`;
    if (!twinsByKey.has(key)) twinsByKey.set(key, await ctx.store.segments.findBySourceKey(segment.projectId, segment.sourceKey));
  }
  const result = new Map<string, string[]>();
  for (const segment of segments) {
    const twins = twinsByKey.get(`${segment.projectId}\u0000${segment.sourceKey}`) ?? [];
    result.set(
      segment.id,
      twins
        .filter((twin) => twin.id !== segment.id && twin.state === SegmentState.Approved && twin.target !== null && twin.target.trim() !== '')
        .map((twin) => transferTarget(twin.target!, twin.source, segment.source)),
    );
  }
  return result;
}

/** What the checks may know about a segment besides its two texts. */
function contextOf(segment: Segment, otherTranslations: string[], terms: readonly ContextTerm[]): QaContext {
  return {
    mtTarget: segment.mtTarget,
    // A target from an XLIFF file was written by a person in another tool.
    edited: segment.origin === 'human' || segment.origin === 'xliff',
    otherTranslations,
    // The project's approved terms found in the source, and whether the target uses them (glossary_missing,
    // glossary_forbidden).
    glossary: glossaryContext(segment.source, segment.target, terms),
  };
}

/** The issues of each segment's current target, by segment id (nothing is stored). */
export async function findQaIssues(ctx: CommandContext, project: Project, segments: readonly Segment[]): Promise<Map<string, QaIssue[]>> {
  const settings = qaSettingsOf(project);
  const others = await approvedTwinTargets(ctx, segments);
  const terms = await ctx.store.glossary.listByProject(project.id);
  const issues = new Map<string, QaIssue[]>();
  for (const segment of segments) {
    const target = segment.target ?? '';
    if (target.trim() === '') {
      issues.set(segment.id, []); // nothing to check (and no glossary matching needed)
      continue;
    }
    issues.set(segment.id, runChecks(segment.source, target, contextOf(segment, others.get(segment.id) ?? [], terms), settings));
  }
  return issues;
}

/** Checks the segments (as saved) and stores their results; returns them in the segments' order. */
export async function checkSegments(ctx: CommandContext, project: Project, segments: readonly Segment[]): Promise<QaResult[]> {
  if (segments.length === 0) return [];
  const issues = await findQaIssues(ctx, project, segments);
  const checkedAt = nowIso(ctx);
  const results = segments.map((segment) =>
    buildQaResult({ segmentId: segment.id, documentId: segment.documentId, version: segment.version, issues: issues.get(segment.id) ?? [], checkedAt }),
  );
  await ctx.store.qaResults.upsertMany(results);
  return results;
}

/** Like checkSegments, for commands that do not hold the project (propagation, MT jobs). */
export async function checkSegmentsOfProject(ctx: CommandContext, projectId: string, segments: readonly Segment[]): Promise<QaResult[]> {
  if (segments.length === 0) return [];
  const project = await ctx.store.projects.findById(projectId);
  return project ? checkSegments(ctx, project, segments) : [];
}
