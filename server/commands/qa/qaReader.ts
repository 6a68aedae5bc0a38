// Reading stored QA results: for segments being shown, and a document's issue list; and the checks a
// project runs, with their severities.
import { configuredChecks, type ConfiguredCheck } from '../../domain/qa/registry';
import type { DocumentQaSummary, QaResult } from '../../domain/qa/results';
import type { QaIssue, QaSeverity } from '../../domain/qa/types';
import type { Segment, User } from '../../domain/types';
import type { SegmentState } from '../../domain/workflow/states';
import type { CommandContext } from '../context';
import { loadDocument, loadProject } from '../segmentAccess';

/**
 * The stored results of segments the caller already may see (they come from a command that checked
 * access), by segment id.
 */
export async function qaResultsOf(ctx: CommandContext, segments: readonly Segment[]): Promise<Map<string, QaResult>> {
  const results = await ctx.store.qaResults.findBySegments(segments.map((segment) => segment.id));
  return new Map(results.map((result) => [result.segmentId, result]));
}

export interface DocumentQaProps {
  user: User;
  documentId: string;
  /** Only issues of these severities / checks; all when absent. */
  severities?: readonly QaSeverity[];
  checks?: readonly string[];
  offset: number;
  limit: number;
}

/** One issue of a document, with the segment it was found in. */
export interface DocumentQaItem {
  segmentId: string;
  segmentIndex: number;
  state: SegmentState;
  source: string;
  target: string | null;
  issue: QaIssue;
  /** The reason a translator gave for confirming the segment despite its errors. */
  overrideReason: string | null;
  checkedAt: string;
}

export interface DocumentQaPage {
  items: DocumentQaItem[];
  /** Issues matching the filter. */
  total: number;
  /** All stored issues of the document, unfiltered. */
  summary: DocumentQaSummary;
}

/** The document's stored issues in segment order (within a segment: errors, warnings, infos), filtered and paged. */
export async function documentQa(ctx: CommandContext, props: DocumentQaProps): Promise<DocumentQaPage> {
  await loadDocument(ctx, props.user, props.documentId);
  const segments = await ctx.store.segments.listByDocument(props.documentId);
  const results = await qaResultsOf(ctx, segments);
  const severities = props.severities && props.severities.length > 0 ? new Set(props.severities) : null;
  const checks = props.checks && props.checks.length > 0 ? new Set(props.checks) : null;
  const matching: DocumentQaItem[] = [];
  for (const segment of segments) {
    const result = results.get(segment.id);
    if (!result) continue;
    for (const issue of result.issues) {
      if (severities && !severities.has(issue.severity)) continue;
      if (checks && !checks.has(issue.check)) continue;
      matching.push({
        segmentId: segment.id,
        segmentIndex: segment.index,
        state: segment.state,
        source: segment.source,
        target: segment.target,
        issue,
        overrideReason: result.overrideReason,
        checkedAt: result.checkedAt,
      });
    }
  }
  const [summary] = await ctx.store.qaResults.summarizeByDocuments([props.documentId]);
  return { items: matching.slice(props.offset, props.offset + props.limit), total: matching.length, summary };
}

/** Every QA check with its default severity and how the project runs it; any member may read it. */
export async function projectQaChecks(ctx: CommandContext, user: User, projectId: string): Promise<ConfiguredCheck[]> {
  const { project } = await loadProject(ctx, user, projectId);
  return configuredChecks(project.settings.qa);
}
