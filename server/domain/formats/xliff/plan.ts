// Re-import of an XLIFF file Nysa exported: which units update which segments. Pure: the caller
// reads the file (readXliff), loads the document's segments, and carries out the plan (edit, then
// confirm where the plan says so, each with the version compare-and-set of `expectedVersion`).
//
// For each unit, in file order, the first rule that applies:
//   the id came before in the file                         → refused duplicate_unit
//   no segment has the id                                  → refused unknown_unit
//   its source is not the segment's source                 → refused source_mismatch
//     (compared like repetitions are: placeholder numbering, whitespace runs and Unicode composition aside)
//   its target is missing, empty, or equal to the segment's → unchanged
//   the segment is locked / approved                       → refused segment_locked / segment_approved
//     (neither may be edited in Nysa; an approved one must first be rejected by a reviewer)
//   the file carries no nysa:version                       → conflict version_missing
//   the segment changed in Nysa since the export (its version is not the file's) → conflict changed_since_export
//   otherwise                                              → update (action from the unit's XLIFF state, ./states.ts)
// The target's placeholders are renumbered to the segment's source numbering. Placeholders the
// translator dropped or added are not judged here: QA reports them after the update.
import { sourceKey, transferTarget } from '../../repetitions/sourceKey';
import { SegmentState } from '../../workflow/states';
import type { XliffImportPlan, XliffPlanSegment, XliffReadUnit } from './model';
import { importActionOf } from './states';

export function planXliffImport(segments: readonly XliffPlanSegment[], units: readonly XliffReadUnit[]): XliffImportPlan {
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const plan: XliffImportPlan = { updates: [], unchanged: [], conflicts: [], refused: [] };
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.id)) {
      plan.refused.push({ unitId: unit.id, reason: 'duplicate_unit' });
      continue;
    }
    seen.add(unit.id);
    const segment = byId.get(unit.id);
    if (!segment) {
      plan.refused.push({ unitId: unit.id, reason: 'unknown_unit' });
      continue;
    }
    // The same text has the same key: only a source written differently needs its key made.
    if (unit.source !== segment.source && sourceKey(unit.source) !== sourceKey(segment.source)) {
      plan.refused.push({ unitId: unit.id, reason: 'source_mismatch' });
      continue;
    }
    // Nysa's own export numbers like the segment: nothing to renumber then.
    const theirs = unit.target === null ? '' : unit.source === segment.source ? unit.target : transferTarget(unit.target, unit.source, segment.source);
    if (theirs.trim() === '' || theirs === segment.target) {
      plan.unchanged.push(segment.id);
      continue;
    }
    if (segment.state === SegmentState.Locked || segment.state === SegmentState.Approved) {
      plan.refused.push({ unitId: unit.id, reason: segment.state === SegmentState.Locked ? 'segment_locked' : 'segment_approved' });
      continue;
    }
    if (unit.nysaVersion === undefined || unit.nysaVersion !== segment.version) {
      plan.conflicts.push({
        segmentId: segment.id,
        reason: unit.nysaVersion === undefined ? 'version_missing' : 'changed_since_export',
        theirs,
        ours: segment.target,
        ...(unit.nysaVersion !== undefined ? { fileVersion: unit.nysaVersion } : {}),
        currentVersion: segment.version,
      });
      continue;
    }
    plan.updates.push({
      segmentId: segment.id,
      target: theirs,
      expectedVersion: segment.version,
      action: importActionOf(unit.state),
      ...(unit.state !== undefined ? { xliffState: unit.state } : {}),
    });
  }
  return plan;
}
