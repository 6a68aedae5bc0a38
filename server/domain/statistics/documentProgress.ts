// What a coordinator reads about a document or a project: counts per state, progress, lateness.
import type { DocumentRecord } from '../documents/types';
import type { DocumentSegmentSummary, Tally } from '../segments/types';
import { deriveDocumentStatus, DocumentStatus } from '../workflow/documentStatus';
import { emptyStateRecord, SEGMENT_STATES, SegmentState } from '../workflow/states';

export interface Progress {
  byState: Record<SegmentState, Tally>;
  total: Tally;
  /** Repeated sentences (translated once, propagated to the rest), counted apart from new words. */
  repetitions: Tally;
  /** Approved or locked share of the source words, 0–100 with one decimal (locked text needs no work). */
  percentApproved: number;
}

export interface DocumentProgress extends Progress {
  status: DocumentStatus;
  dueDate: string | null;
  overdue: boolean;
  billedCharacters: number;
  sentCharacters: number;
}

const percent = (part: number, whole: number): number => (whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10);

export function progressOf(byState: Record<SegmentState, Tally>, repetitions: Tally): Progress {
  const total: Tally = { segments: 0, words: 0 };
  for (const state of SEGMENT_STATES) {
    total.segments += byState[state].segments;
    total.words += byState[state].words;
  }
  const doneWords = byState[SegmentState.Approved].words + byState[SegmentState.Locked].words;
  return { byState, total, repetitions, percentApproved: percent(doneWords, total.words) };
}

export function documentProgress(document: DocumentRecord, summary: DocumentSegmentSummary, now: Date): DocumentProgress {
  const status = deriveDocumentStatus(summary.byState);
  const overdue =
    document.dueDate !== null && status !== DocumentStatus.Approved && Date.parse(document.dueDate) < now.getTime();
  return {
    ...progressOf(summary.byState, summary.repetitions),
    status,
    dueDate: document.dueDate,
    overdue,
    billedCharacters: document.billedCharacters,
    sentCharacters: document.sentCharacters,
  };
}

/** Adds up documents' progress (a project's progress). */
export function sumProgress(parts: readonly Progress[]): Progress {
  const byState = emptyStateRecord<Tally>(() => ({ segments: 0, words: 0 }));
  const repetitions: Tally = { segments: 0, words: 0 };
  for (const part of parts) {
    for (const state of SEGMENT_STATES) {
      byState[state].segments += part.byState[state].segments;
      byState[state].words += part.byState[state].words;
    }
    repetitions.segments += part.repetitions.segments;
    repetitions.words += part.repetitions.words;
  }
  return progressOf(byState, repetitions);
}
