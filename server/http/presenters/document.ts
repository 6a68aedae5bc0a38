// The JSON shapes of documents, their status and MT jobs.
import type { DocumentStatusView } from '../../commands/documents/status';
import type { ProjectStatusView } from '../../commands/projects/status';
import type { SegmentDraft } from '../../domain/documents/draft';
import { revisionOf } from '../../domain/documents/types';
import type { DocumentPreview } from '../../commands/documents/preview';
import type { XliffImportResult } from '../../commands/documents/importXliff';
import type { MtJob } from '../../domain/jobs/types';
import { presentQaSummary } from './qa';
import type { Translate } from './translate';

export const presentMtJob = (job: MtJob, t: Translate) => ({
  id: job.id,
  documentId: job.documentId,
  status: job.status,
  done: job.done,
  total: job.total,
  billedCharacters: job.billedCharacters,
  /** Characters sent, answered or not: sentCharacters − billedCharacters is what DeepL may have billed besides. */
  sentCharacters: job.sentCharacters,
  /** While running: `requesting` since waitingSince, or `retrying` at retryAt after lastError; else null. */
  phase: job.phase,
  attempt: job.attempt,
  waitingSince: job.waitingSince,
  retryAt: job.retryAt,
  lastError: job.lastErrorCode ? { code: job.lastErrorCode, message: t(job.lastErrorCode) } : null,
  skipped: job.skipped,
  error: job.errorCode ? { code: job.errorCode, message: t(job.errorCode), detail: job.errorDetail } : null,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
});

export const presentDocumentStatus = (view: DocumentStatusView, t: Translate) => ({
  id: view.document.id,
  projectId: view.document.projectId,
  title: view.document.title,
  format: view.document.format,
  createdBy: view.document.createdBy,
  createdAt: view.document.createdAt,
  segmentCount: view.document.segmentCount,
  status: view.progress.status,
  dueDate: view.progress.dueDate,
  overdue: view.progress.overdue,
  billedCharacters: view.progress.billedCharacters,
  sentCharacters: view.progress.sentCharacters,
  percentApproved: view.progress.percentApproved,
  total: view.progress.total,
  repetitions: view.progress.repetitions,
  byState: view.progress.byState,
  translators: view.translators,
  reviewers: view.reviewers,
  mtJob: view.mtJob ? presentMtJob(view.mtJob, t) : null,
  /** Segments and words per TM match band at submission (101, 100, fuzzy bands, no_match, repetition, locked). */
  analysis: view.document.analysis ?? null,
  qa: presentQaSummary(view.qa),
  /** The source revision the document is at: 1 as submitted, +1 per new German version. */
  revision: revisionOf(view.document),
});

export const presentProjectStatus = (view: ProjectStatusView) => ({
  documents: view.documents,
  overdueDocuments: view.overdueDocuments,
  billedCharacters: view.billedCharacters,
  sentCharacters: view.sentCharacters,
  percentApproved: view.progress.percentApproved,
  total: view.progress.total,
  repetitions: view.progress.repetitions,
  byState: view.progress.byState,
});

/**
 * POST /api/projects/:id/documents/preview: the format, the document's own title, the segments a
 * submission would store (with the translation an XLIFF file brings, when it has one) and their totals.
 */
/** A previewed segment as the answer lists it. */
export const presentPreviewSegment = (segment: DocumentPreview['segments'][number]) => ({
  index: segment.index,
  source: segment.source,
  kind: segment.kind,
  lang: segment.lang,
  wordCount: segment.wordCount,
  locked: segment.locked,
  ...(segment.target !== null && !segment.locked ? { target: segment.target } : {}),
});

/** The preview's answer but its segments (which go out in slices: http/jsonInSlices.ts). */
export const presentPreviewSummary = ({ format, title, segments }: DocumentPreview) => ({
  format,
  title,
  segmentCount: segments.length,
  wordCount: segments.reduce((sum, segment) => sum + segment.wordCount, 0),
});

/** POST /api/documents/:id/xliff: what a returned XLIFF file changed, and what it could not. */
export const presentXliffImport = (result: XliffImportResult) => ({
  updated: result.updated,
  confirmed: result.confirmed,
  unchanged: result.unchanged,
  conflicts: result.conflicts.map((conflict) => ({
    segmentId: conflict.segmentId,
    reason: conflict.reason,
    theirs: conflict.theirs,
    ours: conflict.ours,
    fileVersion: conflict.fileVersion ?? null,
    currentVersion: conflict.currentVersion,
  })),
  refused: result.refused.map((refusal) => ({ unitId: refusal.unitId, reason: refusal.reason })),
  unconfirmed: result.unconfirmed.map((item) => ({ segmentId: item.segmentId, reason: item.reason })),
});
