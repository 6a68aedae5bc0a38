// Runs the QA checks on segments with their project's settings and stores the results with the
// segments. Called after every save, confirm, MT proposal and propagation, so reading never checks.
import { transferTarget } from '../../domain/repetitions/sourceKey';
import { checkQaItem, type QaBatchItem } from '../../domain/qa/batch';
import type { QaSettings } from '../../domain/qa/registry';
import { buildQaResult, type QaResult } from '../../domain/qa/results';
import type { QaIssue } from '../../domain/qa/types';
import type { Project } from '../../domain/projects/types';
import type { Segment } from '../../domain/segments/types';
import { nowIso, type CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';
import { projectTerms } from '../glossary/projectTerms';
import { inBatches, mapInSlices, Slice } from '../../slices';
import { approvedTwinsByKey, type ApprovedTwin } from './approvedTwins';
import { CHANGES_PER_TRANSACTION } from '../segments/applyInSlices';

/** The project's QA settings in the form runChecks takes. */
export const qaSettingsOf = (project: Project): QaSettings => ({
  disabled: project.settings.qa?.disabled ?? [],
  enabled: project.settings.qa?.enabled ?? [],
  severity: project.settings.qa?.severity ?? {},
});

/**
 * Approved translations of one sentence a check is given at most. The check reports each that differs
 * from the target; beyond a few, more tell a translator nothing new, and each costs every twin's check.
 */
export const OTHER_TRANSLATIONS_AT_MOST = 20;

/** A distinct approved text of a sentence: its target with its source, and its twin if only one has it. */
interface ApprovedText {
  target: string;
  source: string;
  /** The one twin with this text, or null for several (a segment never counts as its own other). */
  onlyTwinId: string | null;
}

/** The distinct approved texts among a sentence's twins, the first OTHER_TRANSLATIONS_AT_MOST + 1 of them. */
function approvedTexts(twins: readonly ApprovedTwin[]): ApprovedText[] {
  const byText = new Map<string, ApprovedText>();
  for (const twin of twins) {
    if (twin.target === null || twin.target.trim() === '') continue;
    const text = `${twin.source}\u0000${twin.target}`;
    const seen = byText.get(text);
    if (seen) seen.onlyTwinId = null;
    // One more than a segment is given: one of them may be its own.
    else if (byText.size <= OTHER_TRANSLATIONS_AT_MOST) byText.set(text, { target: twin.target, source: twin.source, onlyTwinId: twin.id });
  }
  return [...byText.values()];
}

/**
 * Approved targets of each segment's twins (same sourceKey elsewhere in the project), placeholders
 * renumbered to the segment's own source, each text once. Kept per project until an approval changes
 * them (approvedTwins.ts). A sentence repeated thousands of times brings thousands of twins, each checked
 * here: each sentence's texts are found once, and the segments are gone through in slices.
 */
async function approvedTwinTargets(ctx: CommandContext, projectId: string, segments: readonly Segment[]): Promise<Map<string, string[]>> {
  const twinsByKey = await approvedTwinsByKey(ctx, projectId, segments.map((segment) => segment.sourceKey));
  const textsByKey = new Map<string, ApprovedText[]>();
  const result = new Map<string, string[]>();
  const slice = new Slice();
  for (const segment of segments) {
    if (slice.due()) await slice.next();
    let texts = textsByKey.get(segment.sourceKey);
    if (texts === undefined) textsByKey.set(segment.sourceKey, (texts = approvedTexts(twinsByKey.get(segment.sourceKey) ?? [])));
    const others = texts.filter((text) => text.onlyTwinId !== segment.id).slice(0, OTHER_TRANSLATIONS_AT_MOST);
    result.set(
      segment.id,
      others.map((text) => transferTarget(text.target, text.source, segment.source)),
    );
  }
  return result;
}

/**
 * Batches of up to this many items go to the QA thread (ports/qaChecks.ts) when there is one: saves
 * wait behind what it checks, and 50 targets are a few milliseconds of checks. Larger batches (an MT
 * job's, a returned file's) are checked as below.
 */
const ON_QA_THREAD_AT_MOST = 50;

/** A batch this large is checked in two halves at once: one on a worker thread, one here. */
const SPLIT_FROM_ITEMS = 1000;
/**
 * The glossary goes to the thread with its half, or once per glossary to the QA thread (a copy made on this
 * thread): beyond this many terms the copy would hold the server longer than checking here takes, so all
 * is checked here.
 */
const TERMS_SENT_AT_MOST = 5000;

/** What the checks may know about a segment besides its two texts. */
function itemOf(segment: Segment, otherTranslations: string[]): QaBatchItem {
  return {
    source: segment.source,
    target: segment.target ?? '',
    mtTarget: segment.mtTarget,
    // A target from an XLIFF file was written by a person in another tool.
    edited: segment.origin === 'human' || segment.origin === 'xliff',
    otherTranslations,
  };
}

/** The issues of each segment's current target, by segment id (nothing is stored). */
export async function findQaIssues(ctx: CommandContext, project: Project, segments: readonly Segment[]): Promise<Map<string, QaIssue[]>> {
  const others = await approvedTwinTargets(ctx, project.id, segments);
  const batch = { settings: qaSettingsOf(project), terms: await projectTerms(ctx, project.id) };
  const items = segments.map((segment) => itemOf(segment, others.get(segment.id) ?? []));
  let issues: QaIssue[][];
  if (ctx.qaChecks && items.length <= ON_QA_THREAD_AT_MOST && batch.terms.length <= TERMS_SENT_AT_MOST) {
    // A save's target, a few twins: on the QA thread, beside the main thread.
    issues = await ctx.qaChecks.check({ ...batch, items });
  } else if (items.length < SPLIT_FROM_ITEMS || batch.terms.length > TERMS_SENT_AT_MOST) {
    // A save's one target, or a project with a very large glossary: here, in slices.
    issues = await mapInSlices(items, (item) => checkQaItem(item, batch));
  } else {
    // The thread starts on its half before this one runs here, in slices that let other requests in:
    // both cores work (a returned XLIFF file of 10,000 units), and the server keeps answering.
    const half = Math.ceil(items.length / 2);
    const onThread = heavyWorkOf(ctx).run('checkQaBatch', { ...batch, items: items.slice(0, half) });
    const here = await mapInSlices(items.slice(half), (item) => checkQaItem(item, batch));
    issues = [...(await onThread).issues, ...here];
  }
  return new Map(segments.map((segment, i) => [segment.id, issues[i]!]));
}

/** The QA results of the segments as they are (each for its version), in their order; nothing is stored. */
export async function qaResultsFor(ctx: CommandContext, project: Project, segments: readonly Segment[]): Promise<QaResult[]> {
  if (segments.length === 0) return [];
  const issues = await findQaIssues(ctx, project, segments);
  const checkedAt = nowIso(ctx);
  return segments.map((segment) =>
    buildQaResult({ segmentId: segment.id, documentId: segment.documentId, version: segment.version, issues: issues.get(segment.id) ?? [], checkedAt }),
  );
}

/** Checks the segments (as saved) and stores their results; returns them in the segments' order. */
export async function checkSegments(ctx: CommandContext, project: Project, segments: readonly Segment[]): Promise<QaResult[]> {
  const results = await qaResultsFor(ctx, project, segments);
  // In batches like the segments' own writes: propagation may check thousands of twins at once.
  await inBatches(results, CHANGES_PER_TRANSACTION, (batch) => ctx.store.qaResults.upsertMany(batch));
  return results;
}

/** Like checkSegments, for commands that do not hold the project (propagation, MT jobs). */
export async function checkSegmentsOfProject(ctx: CommandContext, projectId: string, segments: readonly Segment[]): Promise<QaResult[]> {
  if (segments.length === 0) return [];
  const project = await ctx.store.projects.findById(projectId);
  return project ? checkSegments(ctx, project, segments) : [];
}
