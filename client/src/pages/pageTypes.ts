// Shapes of the endpoints only these pages read (see the shared contracts in the client brief).
import type { QaIssue, SegmentState } from '../api/types';
import type { DayTally, PreviewSegment } from '../lib/dashboardStats';

/** `GET /api/overview/activity`: who is editing which segment now. */
export interface ActivityItem {
  documentId: string;
  segmentId: string;
  segmentIndex: number;
  user: { id: string; name: string };
  since: string;
}

/** `GET /api/overview/approved-per-day?days=n`: oldest first, `days` entries ending today (UTC). */
export interface ApprovedPerDay {
  days: DayTally[];
}

/** `POST /api/projects/:id/documents/preview`: the segmentation, nothing stored. */
export interface DocumentPreview {
  /** The format read (detected for a file). */
  format: 'text' | 'markdown' | 'docx' | 'html' | 'xliff';
  /** The document's own title, if it has one (Word core title, HTML <title>, XLIFF original). */
  title: string | null;
  /** `target`: a translation the file carries (XLIFF), stored as a draft. */
  segments: (PreviewSegment & { target?: string })[];
  segmentCount: number;
  wordCount: number;
}

/** One item of `GET /api/documents/:id/qa`. */
export interface DocumentQaItem extends QaIssue {
  segmentId: string;
  segmentIndex: number;
  state: SegmentState;
  source: string;
  target: string | null;
  overrideReason: string | null;
  checkedAt: string;
}

export interface DocumentQaPage {
  items: DocumentQaItem[];
  total: number;
  offset: number;
  limit: number;
  summary: { errors: number; warnings: number; infos: number; segmentsWithErrors: number };
}
