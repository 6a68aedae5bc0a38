// The workspace's filter bar as pure logic: which segments a filter (all, a state, "QA issues", "open
// comments", "changed in the latest revision") and a text search keep, and how many each filter button
// would show.
import { SEGMENT_STATES, type Segment, type SegmentState } from '../api/types';

export const FILTERS = ['all', ...SEGMENT_STATES, 'qa', 'comments', 'revised'] as const;
export type SegmentFilter = (typeof FILTERS)[number];

/** Whether the filter is a segment state (named by the state's own label), not one of the workspace's own filters. */
export const isStateFilter = (filter: SegmentFilter): filter is SegmentState => (SEGMENT_STATES as readonly string[]).includes(filter);

/** The fields filters read, so tests (and callers) need not build whole segments. */
export type FilterableSegment = Pick<Segment, 'id' | 'state' | 'source' | 'target' | 'qa'>;

/** Errors and warnings are issues to look at; infos ("MT kept unchanged") are not. */
export const hasQaIssues = (segment: Pick<FilterableSegment, 'qa'>): boolean =>
  segment.qa.some((issue) => issue.severity === 'error' || issue.severity === 'warning');

/**
 * What filters know besides the segments themselves: open comment threads per segment id, and whether the
 * document's latest source revision changed or added the segment (lib/revisions.ts).
 */
export interface FilterContext {
  openThreads(segmentId: string): number;
  revised(segmentId: string): boolean;
}

const NO_CONTEXT: FilterContext = { openThreads: () => 0, revised: () => false };

export function matchesFilter(segment: FilterableSegment, filter: SegmentFilter, context: FilterContext = NO_CONTEXT): boolean {
  if (filter === 'all') return true;
  if (filter === 'qa') return hasQaIssues(segment);
  if (filter === 'comments') return context.openThreads(segment.id) > 0;
  if (filter === 'revised') return context.revised(segment.id);
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
export function filterCounts(segments: Iterable<FilterableSegment>, normalizedSearch = '', context: FilterContext = NO_CONTEXT): FilterCounts {
  const counts = Object.fromEntries(FILTERS.map((filter) => [filter, 0])) as FilterCounts;
  for (const segment of segments) {
    if (!matchesSearch(segment, normalizedSearch)) continue;
    counts.all += 1;
    counts[segment.state as SegmentState] += 1;
    if (hasQaIssues(segment)) counts.qa += 1;
    if (context.openThreads(segment.id) > 0) counts.comments += 1;
    if (context.revised(segment.id)) counts.revised += 1;
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
  context: FilterContext = NO_CONTEXT,
): T[] {
  if (filter === 'all' && normalizedSearch === '') return segments as T[];
  return segments.filter((segment) => keep.has(segment.id) || (matchesFilter(segment, filter, context) && matchesSearch(segment, normalizedSearch)));
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
