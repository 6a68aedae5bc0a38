// The JSON shapes of segments and their history.
import type { HistoryEntry } from '../../commands/segments/history';
import type { QaResult } from '../../domain/qa/results';
import type { Segment } from '../../domain/segments/types';
import type { Language } from '../../i18n';
import { presentQaIssues } from './qa';

/**
 * `qa` is the segment's stored QA result (checked when it was saved, confirmed or proposed), shown with
 * messages in the reader's language; a segment never checked shows no issues.
 */
export const presentSegment = (segment: Segment, lang: Language = 'en', qa: QaResult | null = null) => ({
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
  qa: presentQaIssues(qa, lang),
  qaOverride: qa?.overrideReason ?? null,
  translatedBy: segment.translatedBy,
  reviewedBy: segment.reviewedBy,
  updatedAt: segment.updatedAt,
  /** Only for segments of a submitted XLIFF file: the unit id there. */
  ...(segment.externalId ? { externalId: segment.externalId } : {}),
});

/** Segments with their stored QA results (by segment id), as lists and live updates show them. */
export const presentSegments = (segments: readonly Segment[], lang: Language, qa: ReadonlyMap<string, QaResult>) =>
  segments.map((segment) => presentSegment(segment, lang, qa.get(segment.id) ?? null));

export const presentHistoryEntry = (entry: HistoryEntry) => ({
  id: entry.id,
  action: entry.action,
  actorId: entry.actorId,
  actorName: entry.actorName,
  actorActive: entry.actorActive,
  at: entry.at,
  fromState: entry.fromState,
  toState: entry.toState,
  fromTarget: entry.fromTarget,
  toTarget: entry.toTarget,
  note: entry.note,
  version: entry.version,
  /** The German source before and after, on `source_revised` entries; null on others. */
  fromSource: entry.fromSource ?? null,
  toSource: entry.toSource ?? null,
});
