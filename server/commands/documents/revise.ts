// An editor stores a new German version of a document (a source revision). The document keeps its id and
// gets the next revision number; its segments follow the new text (revisionPlan.ts):
//   unchanged → everything stays (target, state, history, QA); only the index moves;
//   changed   → same id; the old target stays as a draft (`revise_source` in the transition table), the
//               history records `source_revised` with the old and new source;
//   new       → as on submission: repetition marks, language lock, memory pre-translation, else `new`;
//   removed   → out of the document, not deleted: row, history and approved memory units stay.
// The skeleton is replaced, so exports render the new version. Everything is written in one transaction
// under compare-and-set: a segment saved after the revision read it is not overwritten, the revision is
// planned again on top of the saved text (so the translator's text becomes the kept draft); after
// MAX_ATTEMPTS lost races it is refused with 409 `revision_conflict`.
//
// The command's input is the parsed version (skeleton + segments): JSON text goes through
// reviseDocumentText; an uploaded file parsed by its format's reader goes straight to reviseDocument.
import { emitWebhookEvent } from '../webhooks/emit';
import { notifyDocumentRevised } from '../notifications/documentRevised';
import { Conflict, InvalidInput, VersionConflict } from '../../domain/errors';
import type { ParsedDocument } from '../../domain/formats';
import { revisionOf, type DocumentFormat, type DocumentRecord } from '../../domain/documents/types';
import type { Project } from '../../domain/projects/types';
import { markRepetitions, transferTarget } from '../../domain/repetitions/sourceKey';
import type { DocumentRevision, RevisedSegment } from '../../domain/revisions/types';
import type { Segment, SegmentEvent } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import type { Actor } from '../../domain/workflow/transitions';
import type { SegmentChange } from '../../ports/repositories';
import type { RevisionWrite, SegmentMove } from '../../ports/revisionRepository';
import { requireProjectRole } from '../../policies/projectAccess';
import { nowIso, type CommandContext } from '../context';
import { checkSegments } from '../qa/checkSegments';
import { buildChange } from '../segments/change';
import { pretranslate } from '../tm/pretranslate';
import { rememberApprovedSegments } from '../tm/rememberApproved';
import { loadDocument } from './access';
import type { SegmentMeasures } from '../../domain/revisions/measure';
import { yieldToEventLoop } from '../../slices';
import { lockedForLanguage, planRevision, type PlannedSegment, type RevisionPlan } from './revisionPlan';
import { createdEvent, parseVersion, resolveSource, segmentOfDraft, type DocumentSource } from './submit';
import { usedSourceKeys } from './usedSourceKeys';

/** How often a revision is planned again after losing a race with a save or another revision. */
export const MAX_ATTEMPTS = 3;
const SYSTEM: Actor = { kind: 'system' };

export interface ReviseDocumentProps {
  user: User;
  documentId: string;
  /** The format the new version came in; it must be the document's. */
  format: DocumentFormat;
  /** The new version, parsed and segmented with the project's rules. */
  parsed: ParsedDocument;
  /** Its segments' keys and counts, when the parse worked them out (domain/revisions/measure.ts). */
  measures?: SegmentMeasures;
}

export interface ReviseDocumentTextProps {
  user: User;
  documentId: string;
  /** The new version: text in a stated format, or a file whose format is detected (as on submission). */
  source: DocumentSource;
}

export interface RevisionOutcome {
  document: DocumentRecord;
  revision: DocumentRevision;
}

/** The document, its project, and the right to revise it: editors and coordinators; the format must match. */
export async function documentForRevision(ctx: CommandContext, user: User, documentId: string, format: DocumentFormat): Promise<{ document: DocumentRecord; project: Project }> {
  const { document, project } = await loadDocument(ctx, user, documentId);
  requireProjectRole(user, project, ['editor', 'coordinator', 'admin'], 'revise documents');
  if (format !== document.format) {
    throw new InvalidInput(`this document is ${document.format}; a new version must be ${document.format} too`, { format: document.format }, 'revision_format_mismatch');
  }
  return { document, project };
}

/** Parses the new version (JSON `{format, content}`, or an uploaded file) and revises the document with it. */
export async function reviseDocumentText(ctx: CommandContext, props: ReviseDocumentTextProps): Promise<RevisionOutcome> {
  const { format, content } = resolveSource(props.source);
  const { project } = await documentForRevision(ctx, props.user, props.documentId, format);
  const { keys, wordCounts, charCounts, ...parsed } = await parseVersion(ctx, project, format, content);
  return reviseDocument(ctx, { user: props.user, documentId: props.documentId, format, parsed, measures: { keys, wordCounts, charCounts } });
}

export async function reviseDocument(ctx: CommandContext, props: ReviseDocumentProps): Promise<RevisionOutcome> {
  for (let attempt = 1; ; attempt++) {
    const { document, project } = await documentForRevision(ctx, props.user, props.documentId, props.format);
    const oldSegments = await ctx.store.segments.listByDocument(document.id);
    await yieldToEventLoop();
    const plan = await planRevision(ctx, oldSegments, props.parsed, props.measures);
    const built = await buildRevision(ctx, project, document, plan, props);
    try {
      await ctx.store.revisions.apply(built.write);
    } catch (error) {
      if (!lostRace(error)) throw error;
      if (attempt < MAX_ATTEMPTS) continue;
      throw new Conflict('the document kept changing while the revision was stored', { attempts: attempt }, 'revision_conflict');
    }
    await rememberApprovedSegments(ctx, built.write.created, props.user.id);
    await checkSegments(ctx, project, built.toCheck);
    const { revision } = built.write;
    await notifyDocumentRevised(ctx, {
      documentId: document.id,
      actorId: props.user.id,
      params: { revision: revision.number, changedSegments: revision.counts.changed, newSegments: revision.counts.new },
    });
    await emitWebhookEvent(ctx, {
      event: 'document.revised',
      projectId: project.id,
      documentId: document.id,
      data: { revision: revision.number, ...revision.counts, wordsToReview: revision.wordsToReview, revisedBy: props.user.id },
    });
    return { document: built.write.document, revision };
  }
}

/** What a revision would do, nothing stored: the same checks, parsing and matching as storing it. */
export interface RevisionPreview {
  counts: RevisionPlan['counts'];
  wordsToReview: number;
  newWords: number;
  removedWords: number;
  segmentCount: number;
  changed: { index: number; previousSource: string; source: string }[];
  added: { index: number; source: string }[];
  removed: { index: number; source: string }[];
}

export async function previewRevision(ctx: CommandContext, props: ReviseDocumentTextProps): Promise<RevisionPreview> {
  const { format, content } = resolveSource(props.source);
  const { document, project } = await documentForRevision(ctx, props.user, props.documentId, format);
  const { keys, wordCounts, charCounts, ...parsed } = await parseVersion(ctx, project, format, content);
  const measures = { keys, wordCounts, charCounts };
  // Receiving a large parse and planning it are two turns of the event loop, not one.
  const oldSegments = await ctx.store.segments.listByDocument(document.id);
  await yieldToEventLoop();
  const plan = await planRevision(ctx, oldSegments, parsed, measures);
  await yieldToEventLoop();
  return {
    counts: plan.counts,
    wordsToReview: plan.wordsToReview,
    newWords: plan.newWords,
    removedWords: plan.removedWords,
    segmentCount: plan.segments.length,
    changed: plan.segments.flatMap((planned) => (planned.kind === 'changed' ? [{ index: planned.draft.index, previousSource: planned.old.source, source: planned.draft.source }] : [])),
    added: plan.segments.flatMap((planned) => (planned.kind === 'new' ? [{ index: planned.draft.index, source: planned.draft.source }] : [])),
    removed: plan.removed.map((old) => ({ index: old.index, source: old.source })),
  };
}

/** A save or another revision came between reading and writing: plan again. */
const lostRace = (error: unknown): boolean => error instanceof VersionConflict || (error instanceof Conflict && error.code === 'revision_conflict');

interface BuiltRevision {
  write: RevisionWrite;
  /** Segments with a new or carried-over target to run the QA checks on. */
  toCheck: Segment[];
}

async function buildRevision(ctx: CommandContext, project: Project, document: DocumentRecord, plan: RevisionPlan, props: ReviseDocumentProps): Promise<BuiltRevision> {
  const number = revisionOf(document) + 1;
  const note = `revision ${number}`;
  const at = nowIso(ctx);
  const repetitions = markRepetitions(plan.keys, await usedSourceKeys(ctx, project.id, plan.keys, document));
  const ordered: Segment[] = [];
  const moves: SegmentMove[] = [];
  const changes: SegmentChange[] = [];
  const changed: RevisedSegment[] = [];
  const created: Segment[] = [];
  const createdEvents: SegmentEvent[] = [];
  const structure = (planned: Exclude<PlannedSegment, { kind: 'new' }>, repetition: boolean) => ({
    index: planned.draft.index,
    source: planned.draft.source,
    tags: planned.draft.tags,
    kind: planned.draft.kind,
    wordCount: planned.draft.wordCount,
    charCount: planned.draft.charCount,
    lang: planned.draft.lang,
    sourceKey: plan.keys[planned.draft.index],
    repetition,
  });

  for (const planned of plan.segments) {
    const index = planned.draft.index;
    if (planned.kind === 'new') {
      const segment = segmentOfDraft(ctx, planned.draft, { documentId: document.id, projectId: project.id, sourceKey: plan.keys[index], repetition: repetitions[index], at });
      created.push(segment);
      createdEvents.push(createdEvent(ctx, segment, props.user.id, note));
      ordered.push(segment);
      continue;
    }
    const { old } = planned;
    if (planned.kind === 'unchanged') {
      if (old.source === planned.draft.source && old.kind === planned.draft.kind && JSON.stringify(old.tags) === JSON.stringify(planned.draft.tags)) {
        if (old.index !== index) moves.push({ segmentId: old.id, index });
        ordered.push({ ...old, index });
        continue;
      }
      // The same sentence with other spacing or markup: a new version of the segment, the work untouched.
      const change = buildChange(ctx, old, { action: 'revise_markup', eventAction: 'source_revised', actor: SYSTEM, actorId: props.user.id, revision: structure(planned, old.repetition), note: `${note}: spacing or markup` });
      changes.push(change);
      ordered.push(change.segment);
      continue;
    }
    const target = lockedForLanguage(old) ? planned.draft.source : old.target === null ? null : transferTarget(old.target, old.source, planned.draft.source);
    const change = buildChange(ctx, old, {
      action: 'revise_source',
      eventAction: 'source_revised',
      actor: SYSTEM,
      actorId: props.user.id,
      revision: structure(planned, repetitions[index]),
      // The MT proposal translated the old sentence: it no longer stands beside this one.
      patch: { target, mtTarget: null },
      note,
    });
    changes.push(change);
    changed.push({ segmentId: old.id, index, previousSource: old.source, source: planned.draft.source, previousState: old.state });
    ordered.push(change.segment);
  }

  const removals = plan.removed.map((old) => buildChange(ctx, old, { action: 'remove', eventAction: 'removed', actor: SYSTEM, actorId: props.user.id, note }));
  // New segments are looked up in the memory as on submission, their new neighbours giving the context.
  const memory = await pretranslate(ctx, project, ordered, new Set(created.map((segment) => segment.id)));
  const filled = new Map(memory.segments.map((segment) => [segment.id, segment]));
  const createdFilled = created.map((segment) => filled.get(segment.id) ?? segment);

  const revision: DocumentRevision = {
    id: ctx.ids.next(),
    documentId: document.id,
    projectId: project.id,
    number,
    format: document.format,
    createdBy: props.user.id,
    createdAt: at,
    counts: plan.counts,
    wordsToReview: plan.wordsToReview,
    newWords: plan.newWords,
    removedWords: plan.removedWords,
    segmentCount: ordered.length,
    changed,
    added: created.map((segment) => segment.id),
    removed: plan.removed.map((old) => ({ segmentId: old.id, index: old.index, source: old.source, target: old.target, state: old.state })),
    analysis: memory.analysis,
  };
  const withTarget = (segment: Segment) => segment.target !== null && segment.state !== SegmentState.Locked;
  return {
    write: {
      document: { ...document, skeleton: props.parsed.skeleton, segmentCount: ordered.length, revision: number },
      expectedRevision: revisionOf(document),
      revision,
      moves,
      changes,
      removals,
      created: createdFilled,
      createdEvents: [...createdEvents, ...memory.events],
    },
    toCheck: [...changes.map((change) => change.segment), ...createdFilled].filter(withTarget),
  };
}
