// What a coordinator reads about a document or a project: counts per state, progress, lateness.
import type { DocumentRecord, DocumentSegmentSummary, Tally } from '../types';
import { deriveDocumentStatus, DocumentStatus } from '../workflow/documentStatus';
import { emptyStateRecord, SEGMENT_STATES, SegmentState } from '../workflow/states';

export interface Progress {
  byState: Record<SegmentState, Tally>;
  total: Tally;
  /** Approved or locked share of the source words, 0–100 with one decimal (locked text needs no work). */
  percentApproved: number;
}

export interface DocumentProgress extends Progress {
  status: DocumentStatus;
  dueDate: string | null;
  overdue: boolean;
  billedCharacters: number;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);

export function progressOf(byState: Record<SegmentState, Tally>): Progress {
  const total: Tally = { segments: 0, words: 0 };
  for (const state of SEGMENT_STATES) {
    total.segments += byState[state].segments;
    total.words += byState[state].words;
  }
  const doneWords = byState[SegmentState.Approved].words + byState[SegmentState.Locked].words;
  return { byState, total, percentApproved: percent(doneWords, total.words) };
}

export function documentProgress(document: DocumentRecord, summary: DocumentSegmentSummary, now: Date): DocumentProgress {
  const status = deriveDocumentStatus(summary.byState);
  const overdue =
    document.dueDate !== null && status !== DocumentStatus.Approved && Date.parse(document.dueDate) < now.getTime();
  return {
    ...progressOf(summary.byState),
    status,
    dueDate: document.dueDate,
    overdue,
    billedCharacters: document.billedCharacters,
  };
}

/** Adds up documents' per-state tallies (a project's progress). */
export function sumByState(summaries: readonly DocumentSegmentSummary[]): Record<SegmentState, Tally> {
  const sum = emptyStateRecord<Tally>(() => ({ segments: 0, words: 0 }));
  for (const summary of summaries) {
    for (const state of SEGMENT_STATES) {
      sum[state].segments += summary.byState[state].segments;
      sum[state].words += summary.byState[state].words;
    }
  }
  return sum;
}
