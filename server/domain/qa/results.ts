// What the QA checks found for one segment, kept with the segment (`segment_qa`) so that reading a
// segment, a document's issue list and its statistics never run the checks again.
import type { Timestamp } from '../common';
import type { QaIssue, QaSeverity } from './types';

export interface QaResult {
  segmentId: string;
  documentId: string;
  /** The segment version whose target was checked: a stored result is never replaced by one of an older version. */
  version: number;
  /** Errors first, then warnings, then infos (the order of `runChecks`). */
  issues: QaIssue[];
  errors: number;
  warnings: number;
  infos: number;
  /** Why a translator confirmed the segment despite its errors; null when nothing was overridden. */
  overrideReason: string | null;
  checkedAt: Timestamp;
}

/** One document's issues, summed over its segments' stored results. */
export interface DocumentQaSummary {
  documentId: string;
  errors: number;
  warnings: number;
  infos: number;
  /** Segments with at least one error (overridden or not). */
  segmentsWithErrors: number;
}

export const countSeverity = (issues: readonly QaIssue[], severity: QaSeverity): number =>
  issues.filter((issue) => issue.severity === severity).length;

export interface QaResultProps {
  segmentId: string;
  documentId: string;
  version: number;
  issues: QaIssue[];
  checkedAt: Timestamp;
  overrideReason?: string | null;
}

/** A result with its counts derived from the issues. */
export function buildQaResult(props: QaResultProps): QaResult {
  return {
    segmentId: props.segmentId,
    documentId: props.documentId,
    version: props.version,
    issues: props.issues,
    errors: countSeverity(props.issues, 'error'),
    warnings: countSeverity(props.issues, 'warning'),
    infos: countSeverity(props.issues, 'info'),
    overrideReason: props.overrideReason ?? null,
    checkedAt: props.checkedAt,
  };
}

export const emptyQaSummary = (documentId: string): DocumentQaSummary => ({
  documentId,
  errors: 0,
  warnings: 0,
  infos: 0,
  segmentsWithErrors: 0,
});
