// Nysa's segment states in XLIFF, both ways, as data.
//
// Out (export, and rebuilding a submitted XLIFF): each Nysa state becomes a 1.2 target `state` and a
// 2.x segment `state` (+ `subState`, which 2.x wants prefixed: "nysa:…"). 1.2 has no sub-state, so
// the exact Nysa state travels there as `nysa:state` on the <trans-unit> of an export.
//
//   Nysa        XLIFF 1.2 <target state>     XLIFF 2.x <segment state / subState>   also
//   new         needs-translation            initial                                 (no target written in 2.x when there is none)
//   draft       needs-review-translation     translated  nysa:draft
//   translated  translated                   translated
//   rejected    needs-review-translation     translated  nysa:rejected               (a reviewer sent it back: the translator edits again)
//   approved    signed-off                   final                                   1.2 approved="yes"
//   locked      final                        final       nysa:locked                 translate="no" on the unit
//
// Back (re-import): an XLIFF state says what the outside translator claims, never more than a
// translator may do in Nysa. A changed target is always an `edit` (the segment becomes a draft);
// when the tool marked it done (1.2 translated/signed-off/final, 2.x translated/reviewed/final) it
// is also `confirm`ed and ends `translated`. Nothing coming from outside approves: approval is a
// reviewer's act inside Nysa, so "signed-off"/"final" from Trados or memoQ count as "translated".
// A missing or unknown state (1.2 `x-…`, 2.x absent = initial) is a plain edit.
import { SegmentState } from '../../workflow/states';

/** What an imported target does to the segment: 'edit' → draft; 'confirm' → edit, then confirm (→ translated). */
export type XliffImportAction = 'edit' | 'confirm';

export interface XliffStateMapping {
  xliff12: string;
  xliff20: 'initial' | 'translated' | 'reviewed' | 'final';
  /** The 2.x subState (prefixed), when the 2.x state alone would lose what Nysa knows. */
  subState?: string;
  /** 1.2 `approved="yes"` on the <trans-unit>. */
  approved?: boolean;
  /** Written with translate="no". */
  translate?: false;
}

export const XLIFF_STATE_OUT: Readonly<Record<SegmentState, XliffStateMapping>> = {
  new: { xliff12: 'needs-translation', xliff20: 'initial' },
  draft: { xliff12: 'needs-review-translation', xliff20: 'translated', subState: 'nysa:draft' },
  translated: { xliff12: 'translated', xliff20: 'translated' },
  rejected: { xliff12: 'needs-review-translation', xliff20: 'translated', subState: 'nysa:rejected' },
  approved: { xliff12: 'signed-off', xliff20: 'final', approved: true },
  locked: { xliff12: 'final', xliff20: 'final', subState: 'nysa:locked', translate: false },
};

/** XLIFF 1.2 target states (the standard's list) → what a changed target implies in Nysa. */
export const XLIFF12_STATE_IN: Readonly<Record<string, XliffImportAction>> = {
  new: 'edit',
  'needs-translation': 'edit',
  'needs-adaptation': 'edit',
  'needs-l10n': 'edit',
  'needs-review-translation': 'edit',
  'needs-review-adaptation': 'edit',
  'needs-review-l10n': 'edit',
  translated: 'confirm',
  'signed-off': 'confirm',
  final: 'confirm',
};

/** XLIFF 2.x segment states → what a changed target implies in Nysa. */
export const XLIFF20_STATE_IN: Readonly<Record<string, XliffImportAction>> = {
  initial: 'edit',
  translated: 'confirm',
  reviewed: 'confirm',
  final: 'confirm',
};

/** 2.x states from least to most advanced: a unit of several segments reports its least advanced one. */
export const XLIFF20_STATE_ORDER: readonly string[] = ['initial', 'translated', 'reviewed', 'final'];

/** Nysa states from least to most advanced: a 1.2 target holding several segments gets the least advanced one's state. */
const NYSA_STATE_ORDER: readonly SegmentState[] = [
  SegmentState.New,
  SegmentState.Rejected,
  SegmentState.Draft,
  SegmentState.Translated,
  SegmentState.Approved,
  SegmentState.Locked,
];

export function leastAdvancedState(states: readonly SegmentState[]): SegmentState | undefined {
  let best: SegmentState | undefined;
  for (const state of states) {
    if (best === undefined || NYSA_STATE_ORDER.indexOf(state) < NYSA_STATE_ORDER.indexOf(best)) best = state;
  }
  return best;
}

/**
 * The Nysa action a returning unit's XLIFF state implies. The 1.2 and 2.x state names never disagree
 * (both have "translated" and "final"), so one lookup serves both; unknown or missing is a plain edit.
 */
export function importActionOf(state: string | undefined): XliffImportAction {
  if (state === undefined) return 'edit';
  for (const table of [XLIFF12_STATE_IN, XLIFF20_STATE_IN]) {
    if (Object.prototype.hasOwnProperty.call(table, state)) return table[state] as XliffImportAction;
  }
  return 'edit';
}
