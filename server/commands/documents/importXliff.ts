// A translated XLIFF file comes back (from Trados, memoQ, OmegaT …) for the document it was exported
// from. Units are matched to segments by id (domain/formats/xliff/plan.ts): a unit whose German source
// no longer matches is refused, a segment changed in Nysa since the export is a conflict (nothing is
// overwritten; the file's text is kept in the segment's history as an edit_conflict event), and every
// changed target is an edit by the importing person — confirmed too where the file marks it done —
// through the segment commands (segments/editMany.ts): transition table, QA, history (`xliff_import`)
// and propagation to twins all apply.
import { InvalidInput } from '../../domain/errors';
import { planXliffImport, xliffText, type XliffPlannedConflict } from '../../domain/formats/xliff';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';
import { yieldToEventLoop } from '../../slices';
import { lostEditEvent } from '../segments/edit';
import { editSegments } from '../segments/editMany';
import { loadDocument } from './access';

export interface ImportXliffProps {
  user: User;
  documentId: string;
  /** The file: its bytes, or its text. */
  content: string | Uint8Array;
}

export interface XliffImportResult {
  /** Segments whose target the file changed. */
  updated: number;
  /** Of those, how many the file marked done and were confirmed. */
  confirmed: number;
  /** Units whose target is empty or already the segment's. */
  unchanged: number;
  /** Segments changed in Nysa since the export (or a file without versions): nothing written, the file's text kept in history. */
  conflicts: XliffPlannedConflict[];
  /** Units not applied: unknown_unit, duplicate_unit, source_mismatch, segment_locked, segment_approved, or the refusing error's code. */
  refused: { unitId: string; reason: string }[];
  /** Updated, but left a draft although the file marked them done (qa_errors …). */
  unconfirmed: { segmentId: string; reason: string }[];
}

/** Refusals that mean the unit has no segment of this document at all. */
const NO_MATCH = new Set(['unknown_unit', 'duplicate_unit', 'source_mismatch']);

/** The note of a conflict's history event (the workspace shows "based on version N" in the reader's language). */
export const conflictNote = (conflict: XliffPlannedConflict): string =>
  conflict.fileVersion === undefined ? 'xliff: no version' : `based on version ${conflict.fileVersion}`;

export async function importXliff(ctx: CommandContext, props: ImportXliffProps): Promise<XliffImportResult> {
  const { document } = await loadDocument(ctx, props.user, props.documentId);
  // Reading 10,000 units takes a few hundred ms: on a worker thread, the server keeps answering meanwhile.
  // Meanwhile this thread reads the document's segments (some 100 ms for 10,000), in pages with other
  // requests in between; a file that turns out unreadable or foreign has cost a read, nothing else.
  const reading = heavyWorkOf(ctx).run('readXliff', { content: xliffText(props.content) });
  const listing = ctx.store.segments.listByDocument(document.id);
  listing.catch(() => {}); // awaited below, unless the file is refused first
  const file = await reading;
  if (file.documentId !== undefined && file.documentId !== document.id) {
    throw new InvalidInput(`the file was exported from document ${file.documentId}, not from this one`, { fileDocumentId: file.documentId }, 'xliff_document_mismatch');
  }
  const segments = await listing;
  await yieldToEventLoop();
  const plan = planXliffImport(segments, file.units);
  await yieldToEventLoop();
  if (plan.refused.filter((refusal) => NO_MATCH.has(refusal.reason)).length === file.units.length) {
    throw new InvalidInput('no unit of the file matches a segment of this document', { units: file.units.length }, 'xliff_no_matching_units');
  }
  const outcome = await editSegments(ctx, {
    user: props.user,
    documentId: document.id,
    edits: plan.updates.map((update) => ({ segmentId: update.segmentId, target: update.target, version: update.expectedVersion, confirm: update.action === 'confirm' })),
    via: { action: 'xliff_import', origin: 'xliff' },
    segments,
  });
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  await ctx.store.segments.appendEvents(
    plan.conflicts.map((conflict) => lostEditEvent(ctx, byId.get(conflict.segmentId)!, props.user.id, conflict.theirs, conflictNote(conflict))),
  );
  // Segments someone saved between reading the document and writing the file's targets.
  const updates = new Map(plan.updates.map((update) => [update.segmentId, update]));
  const raced = outcome.conflicts.map(({ segmentId, currentVersion }): XliffPlannedConflict => {
    const update = updates.get(segmentId)!;
    return { segmentId, reason: 'changed_since_export', theirs: update.target, ours: byId.get(segmentId)?.target ?? null, fileVersion: update.expectedVersion, currentVersion };
  });
  return {
    updated: outcome.edited.length,
    confirmed: outcome.confirmed.length,
    unchanged: plan.unchanged.length,
    conflicts: [...plan.conflicts, ...raced],
    refused: [...plan.refused, ...outcome.refused.map((refusal) => ({ unitId: refusal.segmentId, reason: refusal.reason }))],
    unconfirmed: outcome.unconfirmed,
  };
}
