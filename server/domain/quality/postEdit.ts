// Where a segment's text started (the proposal in its history) and how post-edit distances add up per
// document, translator, origin and month.
import type { SegmentEvent } from '../segments/types';
import { bandOf, type TmBand } from '../tm/score';
import { round2 } from './scoring';
import type { PostEditRecord, ProposalOrigin } from './types';

export interface Proposal {
  origin: ProposalOrigin;
  band: TmBand | null;
  /** The proposed text; '' when the translator started from an empty target. */
  text: string;
}

export const EMPTY_PROPOSAL: Proposal = { origin: 'empty', band: null, text: '' };

/**
 * The last proposal in a segment's history (oldest first): a DeepL translation (note `mt`) or a memory
 * match (note `tm:<score>`, `tm:101` in context), as commands/mt/runJob.ts and commands/tm/pretranslate.ts
 * write them. Without one the segment started empty.
 */
export function proposalOf(history: readonly Pick<SegmentEvent, 'action' | 'note' | 'toTarget'>[]): Proposal {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const event = history[i];
    if (event.action !== 'propose' || event.toTarget === null) continue;
    if (event.note === 'mt') return { origin: 'mt', band: null, text: event.toTarget };
    const match = event.note?.match(/^tm:(\d+(?:\.\d+)?)$/);
    if (match) {
      const score = Number(match[1]);
      return { origin: 'tm', band: score >= 101 ? '101' : bandOf(score, false), text: event.toTarget };
    }
  }
  return EMPTY_PROPOSAL;
}

/** One figure per segment: its approval's record where there is one, else its confirmation's. */
export function finalRecords(records: Iterable<PostEditRecord>): PostEditRecord[] {
  const bySegment = new Map<string, PostEditRecord>();
  for (const record of records) {
    const kept = bySegment.get(record.segmentId);
    if (!kept || (record.stage === 'approve' && kept.stage === 'confirm') || (record.stage === kept.stage && record.at > kept.at)) bySegment.set(record.segmentId, record);
  }
  return [...bySegment.values()];
}

export interface PostEditAggregate {
  key: string;
  segments: number;
  /** Source words of those segments. */
  words: number;
  /** Mean distance ratio weighted by words: 0 all accepted unedited, 1 all rewritten. */
  averageRatio: number;
  /** Share of segments accepted without a single change (0–1). */
  uneditedShare: number;
  /** Words × (1 − ratio), summed: the words of proposal text that stayed, i.e. what the proposals saved. */
  keptWords: number;
}

/** Groups the records by `keyOf` (a record with a null key is left out), in order of first appearance, or by `order`. */
export function aggregatePostEdits(records: Iterable<PostEditRecord>, keyOf: (record: PostEditRecord) => string | null, order?: (a: string, b: string) => number): PostEditAggregate[] {
  const groups = new Map<string, { segments: number; words: number; weighted: number; unedited: number; kept: number }>();
  for (const record of records) {
    const key = keyOf(record);
    if (key === null) continue;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { segments: 0, words: 0, weighted: 0, unedited: 0, kept: 0 }));
    group.segments += 1;
    group.words += record.words;
    group.weighted += record.ratio * record.words;
    if (record.distance === 0) group.unedited += 1;
    group.kept += record.words * (1 - record.ratio);
  }
  const keys = [...groups.keys()];
  if (order) keys.sort(order);
  return keys.map((key) => {
    const group = groups.get(key)!;
    return {
      key,
      segments: group.segments,
      words: group.words,
      averageRatio: group.words === 0 ? 0 : round2(group.weighted / group.words),
      uneditedShare: round2(group.unedited / group.segments),
      keptWords: round2(group.kept),
    };
  });
}

/** `mt`, `tm:<band>` or `empty`: the origin a chart and a table show. */
export const originKey = (record: Pick<PostEditRecord, 'origin' | 'band'>): string => (record.origin === 'tm' ? `tm:${record.band ?? 'fuzzy'}` : record.origin);

/** `YYYY-MM` of an ISO timestamp (UTC). */
export const monthOf = (at: string): string => at.slice(0, 7);

export interface PostEditSummary {
  overall: PostEditAggregate;
  byOrigin: PostEditAggregate[];
  byTranslator: PostEditAggregate[];
  byMonth: PostEditAggregate[];
  byDocument: PostEditAggregate[];
}

const ORIGIN_ORDER = ['mt', 'tm:101', 'tm:100', 'tm:95-99', 'tm:85-94', 'tm:75-84', 'tm:50-74', 'empty'];
const byOriginOrder = (a: string, b: string): number => ORIGIN_ORDER.indexOf(a) - ORIGIN_ORDER.indexOf(b);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function summarizePostEdits(records: readonly PostEditRecord[]): PostEditSummary {
  const final = finalRecords(records);
  const [overall] = aggregatePostEdits(final, () => 'all');
  return {
    overall: overall ?? { key: 'all', segments: 0, words: 0, averageRatio: 0, uneditedShare: 0, keptWords: 0 },
    byOrigin: aggregatePostEdits(final, originKey, byOriginOrder),
    byTranslator: aggregatePostEdits(final, (record) => record.translatorId, byText),
    byMonth: aggregatePostEdits(final, (record) => monthOf(record.at), byText),
    byDocument: aggregatePostEdits(final, (record) => record.documentId, byText),
  };
}
