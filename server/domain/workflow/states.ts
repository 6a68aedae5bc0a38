// Segment states and their named groups. Every state change goes through transitions.ts.

export const SegmentState = {
  /** No target yet. */
  New: 'new',
  /** A proposal (MT, TM) or an unconfirmed human edit. */
  Draft: 'draft',
  /** Confirmed by a translator, waiting for review. */
  Translated: 'translated',
  /** Sent back by a reviewer with a reason; the translator edits and confirms again. */
  Rejected: 'rejected',
  Approved: 'approved',
  /** Not to be translated (Polish or neutral text, or locked by a coordinator). */
  Locked: 'locked',
} as const;
export type SegmentState = (typeof SegmentState)[keyof typeof SegmentState];

export const SEGMENT_STATES: readonly SegmentState[] = Object.values(SegmentState);

/** States in which the translator still has work to do. */
export const EDITABLE: readonly SegmentState[] = [
  SegmentState.New,
  SegmentState.Draft,
  SegmentState.Translated,
  SegmentState.Rejected,
];
/** States that need nothing more: the export accepts a document whose segments are all DONE. */
export const DONE: readonly SegmentState[] = [SegmentState.Approved, SegmentState.Locked];
/** States waiting for a translator (the document is still in translation while any remain). */
export const IN_TRANSLATION: readonly SegmentState[] = [SegmentState.New, SegmentState.Draft, SegmentState.Rejected];

export const isSegmentState = (value: unknown): value is SegmentState =>
  typeof value === 'string' && (SEGMENT_STATES as readonly string[]).includes(value);
export const isDone = (state: SegmentState): boolean => DONE.includes(state);
export const isInTranslation = (state: SegmentState): boolean => IN_TRANSLATION.includes(state);

/** Creates an all-zero tally per state, the starting point for every count. */
export function emptyStateRecord<T>(make: () => T): Record<SegmentState, T> {
  const record = {} as Record<SegmentState, T>;
  for (const state of SEGMENT_STATES) record[state] = make();
  return record;
}
