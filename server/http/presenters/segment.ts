// The JSON shapes of segments and their history.
import type { HistoryEntry } from '../../commands/segmentReader';
import { runChecks } from '../../domain/qa/registry';
import type { Segment } from '../../domain/types';
import { SegmentState } from '../../domain/workflow/states';
import { translateQa, type Language } from '../../i18n';

/** QA issues of the current target (missing placeholders, numbers …), messages in the reader's language. */
export function segmentQa(segment: Segment, lang: Language) {
  if (segment.target === null || segment.target === '' || segment.state === SegmentState.Locked) return [];
  return runChecks(segment.source, segment.target, { mtTarget: segment.mtTarget, edited: segment.origin === 'human' }).map((issue) => ({
    check: issue.check,
    severity: issue.severity,
    code: issue.code,
    message: translateQa(issue.code, issue.params, lang),
  }));
}

export const presentSegment = (segment: Segment, lang: Language = 'en') => ({
  id: segment.id,
  documentId: segment.documentId,
  index: segment.index,
  source: segment.source,
  target: segment.target,
  state: segment.state,
  origin: segment.origin,
  mtTarget: segment.mtTarget,
  version: segment.version,
  kind: segment.kind,
  tags: segment.tags,
  wordCount: segment.wordCount,
  charCount: segment.charCount,
  lang: segment.lang,
  repetition: segment.repetition,
  contextSpecific: segment.contextSpecific,
  qa: segmentQa(segment, lang),
  translatedBy: segment.translatedBy,
  reviewedBy: segment.reviewedBy,
  updatedAt: segment.updatedAt,
});

export const presentHistoryEntry = (entry: HistoryEntry) => ({
  id: entry.id,
  action: entry.action,
  actorId: entry.actorId,
  actorName: entry.actorName,
  at: entry.at,
  fromState: entry.fromState,
  toState: entry.toState,
  fromTarget: entry.fromTarget,
  toTarget: entry.toTarget,
  note: entry.note,
  version: entry.version,
});
