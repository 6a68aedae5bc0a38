// The workspace's filter bar as pure logic: which segments a filter (all, a state, "QA issues", "changed
// in the latest revision") and a text search keep, and how many each filter button would show.
import { SEGMENT_STATES, type Segment, type SegmentState } from '../api/types';

export const FILTERS = ['all', ...SEGMENT_STATES, 'qa', 'revised'] as const;
export type SegmentFilter = (typeof FILTERS)[number];

/** The fields filters read, so tests (and callers) need not build whole segments. */
export type FilterableSegment = Pick<Segment, 'id' | 'state' | 'source' | 'target' | 'qa'>;

/** Errors and warnings are issues to look at; infos ("MT kept unchanged") are not. */
export const hasQaIssues = (segment: Pick<FilterableSegment, 'qa'>): boolean =>
  segment.qa.some((issue) => issue.severity === 'error' || issue.severity === 'warning');

/** Ids of the segments the document's latest source revision changed or added (lib/revisions.ts). */
export type RevisedIds = { has(id: string): boolean };
const NOTHING_REVISED: RevisedIds = new Set<string>();

export function matchesFilter(segment: FilterableSegment, filter: SegmentFilter, revised: RevisedIds = NOTHING_REVISED): boolean {
  if (filter === 'all') return true;
  if (filter === 'qa') return hasQaIssues(segment);
  if (filter === 'revised') return revised.has(segment.id);
  return segment.state === filter;
}

const PLACEHOLDERS = /\{(?:\d{1,9}|\/\d{1,9}|\d{1,9}\/)\}/g;

/** The search as compared: trimmed, lower case, inner whitespace collapsed; '' searches nothing. */
export const normalizeSearch = (search: string): string => search.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

// Lower-cased texts per segment object: segments are replaced, never mutated, so this stays right.
const haystacks = new WeakMap<FilterableSegment, string[]>();

function haystackOf(segment: FilterableSegment): string[] {
  let texts = haystacks.get(segment);
  if (!texts) {
    texts = [];
    for (const text of [segment.source, segment.target ?? '']) {
      const lower = text.replace(/\s+/g, ' ').toLocaleLowerCase();
      texts.push(lower);
      // "Hallo Welt" also finds "{1}Hallo{/1} Welt".
      const bare = lower.replace(PLACEHOLDERS, '');
      if (bare !== lower) texts.push(bare);
    }
    haystacks.set(segment, texts);
  }
  return texts;
}

/** Whether the source or the target contains the (normalized) search; an empty search matches all. */
export function matchesSearch(segment: FilterableSegment, normalizedSearch: string): boolean {
  if (normalizedSearch === '') return true;
  return haystackOf(segment).some((text) => text.includes(normalizedSearch));
}

export type FilterCounts = Record<SegmentFilter, number>;

/** How many segments each filter button shows, among those the search keeps. */
export function filterCounts(segments: Iterable<FilterableSegment>, normalizedSearch = '', revised: RevisedIds = NOTHING_REVISED): FilterCounts {
  const counts = Object.fromEntries(FILTERS.map((filter) => [filter, 0])) as FilterCounts;
  for (const segment of segments) {
    if (!matchesSearch(segment, normalizedSearch)) continue;
    counts.all += 1;
    counts[segment.state as SegmentState] += 1;
    if (hasQaIssues(segment)) counts.qa += 1;
    if (revised.has(segment.id)) counts.revised += 1;
  }
  return counts;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * The segments a filter and a search keep, in the given order. The ids in `keep` (segments worked on
 * since the filter was chosen) stay in the list even when they no longer match, so a row never
 * vanishes under the cursor because it was just edited or confirmed.
 */
export function filterSegments<T extends FilterableSegment>(
  segments: readonly T[],
  filter: SegmentFilter,
  normalizedSearch: string,
  keep: ReadonlySet<string> = NOTHING,
  revised: RevisedIds = NOTHING_REVISED,
): T[] {
  if (filter === 'all' && normalizedSearch === '') return segments as T[];
  return segments.filter((segment) => keep.has(segment.id) || (matchesFilter(segment, filter, revised) && matchesSearch(segment, normalizedSearch)));
}

/** Open for translation: what Ctrl+Enter moves to next. */
export const isOpen = (segment: Pick<Segment, 'state'>): boolean =>
  segment.state === 'new' || segment.state === 'draft' || segment.state === 'rejected';

/** Waiting for review: what "next unreviewed" moves to. */
export const isUnreviewed = (segment: Pick<Segment, 'state'>): boolean => segment.state === 'translated';

/**
 * The id of the first segment after `currentId` (in list order) that satisfies `predicate`,
 * wrapping around to the start; null when no other segment does. Without a current segment the
 * search starts at the top.
 */
export function nextMatching<T extends { id: string }>(list: readonly T[], currentId: string | null, predicate: (item: T) => boolean): string | null {
  const at = currentId === null ? -1 : list.findIndex((item) => item.id === currentId);
  for (let step = 1; step <= list.length; step += 1) {
    const item = list[(at + step + list.length) % list.length];
    if (item.id !== currentId && predicate(item)) return item.id;
  }
  return null;
}
