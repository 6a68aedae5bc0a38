// The JSON shapes the server's presenters write (server/http/presenters/*). Keep them in step.

export const SEGMENT_STATES = ['new', 'draft', 'translated', 'rejected', 'approved', 'locked'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];
export type SegmentOrigin = 'mt' | 'tm' | 'human' | 'source' | 'xliff';
export type DocumentStatus = 'in_translation' | 'in_review' | 'approved';
export const ROLES = ['admin', 'coordinator', 'editor', 'translator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];
export const PROJECT_ROLES = ['coordinator', 'editor', 'translator', 'reviewer'] as const;

export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** False once an admin deactivated the account. */
  active: boolean;
  createdAt: string;
}

export interface Tally {
  segments: number;
  words: number;
}

export interface QaIssue {
  check: string;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

export interface InlineTag {
  id: number;
  type: 'paired' | 'standalone';
  open: string;
  close: string;
}

export interface Segment {
  id: string;
  documentId: string;
  index: number;
  source: string;
  target: string | null;
  state: SegmentState;
  origin: SegmentOrigin | null;
  mtTarget: string | null;
  version: number;
  kind: string;
  tags: InlineTag[];
  wordCount: number;
  charCount: number;
  lang: string;
  repetition: boolean;
  contextSpecific: boolean;
  qa: QaIssue[];
  qaOverride: string | null;
  translatedBy: string | null;
  reviewedBy: string | null;
  updatedAt: string;
}

export interface TmMatch {
  unitId: string;
  source: string;
  target: string;
  score: number;
  band: string;
  /** Word diff of the memory's source against this segment's source. */
  diff: { op: 'equal' | 'insert' | 'delete'; text: string }[];
  origin: string;
  projectId: string;
}

export interface SegmentDetail extends Segment {
  tmMatches: TmMatch[];
}

export interface MtJob {
  id: string;
  documentId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  total: number;
  billedCharacters: number;
  /** Characters sent to DeepL, answered or not: sentCharacters − billedCharacters may have been billed besides. */
  sentCharacters: number;
  /** While running: waiting for DeepL's answer since waitingSince, or waiting to retry at retryAt after lastError. */
  phase: 'requesting' | 'retrying' | null;
  attempt: number;
  waitingSince: string | null;
  retryAt: string | null;
  lastError: { code: string; message: string } | null;
  /** Segments too long for one DeepL request, left untranslated. */
  skipped: number;
  error: { code: string; message: string; detail: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export interface PersonRef {
  id: string;
  name: string;
}

export interface DocumentView {
  id: string;
  projectId: string;
  title: string;
  format: 'text' | 'markdown' | 'docx' | 'html' | 'xliff';
  createdBy: string;
  createdAt: string;
  segmentCount: number;
  status: DocumentStatus;
  dueDate: string | null;
  overdue: boolean;
  billedCharacters: number;
  /** DeepL characters sent, answered or not (≥ billedCharacters). */
  sentCharacters: number;
  /** 0–100, by words. */
  percentApproved: number;
  total: Tally;
  repetitions: Tally;
  byState: Record<SegmentState, Tally>;
  translators: PersonRef[];
  reviewers: PersonRef[];
  mtJob: MtJob | null;
  analysis: unknown;
  qa: { errors: number; warnings: number; infos: number; segmentsWithErrors: number };
  /** The source revision: 1 as submitted, +1 per new German version (always sent; optional for fixtures written before it). */
  revision?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface ApiProblem {
  error: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface Project {
  id: string;
  name: string;
  sourceLang: string;
  targetLang: string;
  settings: { formality: string; allowSelfApproval: boolean; allowEditOutsideAssignment?: boolean; tm?: { shareMemory: boolean; threshold: number } };
  /** `name` and `active` come with one project (GET /api/projects/:id), not with the list. */
  members: { userId: string; roles: Role[]; name?: string | null; active?: boolean }[];
  createdAt: string;
  createdBy: string;
}

export interface TmImportJob {
  id: string;
  projectId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  stage: 'queued' | 'checking' | 'importing' | 'done' | 'failed';
  done: number;
  total: number | null;
  skipped: number;
  bytesRead: number;
  totalBytes: number | null;
  error: { code: string; message: string; detail: string | null; line: number | null; column: number | null } | null;
}

export type SegmentEventAction =
  | 'created'
  | 'propose'
  | 'edit'
  | 'confirm'
  | 'approve'
  | 'reject'
  | 'lock'
  | 'unlock'
  | 'edit_conflict'
  | 'propagated'
  | 'context_specific'
  | 'source_revised'
  | 'removed'
  | 'annotate'
  | 'annotation_removed'
  | 'xliff_import';

/** One item of GET /api/segments/:id/history. */
export interface SegmentHistoryEntry {
  id: string;
  action: SegmentEventAction;
  actorId: string | null;
  actorName: string | null;
  /** False when the account was deactivated; null for the system or an unknown account. */
  actorActive: boolean | null;
  at: string;
  fromState: SegmentState;
  toState: SegmentState;
  fromTarget: string | null;
  toTarget: string | null;
  note: string | null;
  version: number;
  /** `source_revised` entries: the German source before and after (null on other entries). */
  fromSource?: string | null;
  toSource?: string | null;
}

export const PARTS_OF_SPEECH = ['noun', 'proper_noun', 'adjective', 'verb', 'adverb', 'phrase', 'other'] as const;

export interface GlossaryTerm {
  id: string;
  projectId: string;
  de: string;
  pl: string;
  note: string | null;
  partOfSpeech: string | null;
  caseSensitive: boolean;
  forbidden: string[];
  status: 'approved' | 'proposed';
  compound: boolean;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One item of GET /api/segments/:id/glossary. */
export interface SegmentGlossaryHit {
  term: GlossaryTerm;
  positions: { start: number; end: number; text: string; kind: string }[];
  /** null while the segment has no target. */
  satisfied: boolean | null;
  forbidden: { variant: string; start: number; end: number; text: string }[];
}

/** One item of GET /api/projects/:id/tm/search: `highlights` are offsets in the searched side (source for de, target for pl). */
export interface ConcordanceHit {
  unitId: string;
  source: string;
  target: string;
  origin: 'segment' | 'alignment' | 'tmx';
  projectId: string;
  highlights: { start: number; end: number }[];
  updatedAt: string;
}

/** An item of GET /api/projects/:id/alignments (an alignment without its beads). */
export interface AlignmentSummary {
  id: string;
  projectId: string;
  title: string;
  format: 'text' | 'markdown';
  status: 'draft' | 'confirmed';
  version: number;
  sentences: { de: number; pl: number };
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** German and Polish sentences the aligner (or a person) paired; confidence 0–1 (a person's bead: 1). */
export interface AlignmentBead {
  de: string[];
  pl: string[];
  deIndexes: number[];
  plIndexes: number[];
  confidence: number;
}

export interface Alignment extends AlignmentSummary {
  beads: AlignmentBead[];
}

export const ABBREVIATION_KINDS = ['never_ends', 'may_end', 'before_number'] as const;
export type AbbreviationKind = (typeof ABBREVIATION_KINDS)[number];

/** A break (break: true) or no-break rule: regexes for the text before and after the position. */
export interface SegmentationException {
  break: boolean;
  before: string;
  after: string;
}

/** What a project adds to the built-in sentence rules of one language (GET /api/projects/:id/segmentation). */
export interface LanguageRuleAdditions {
  abbreviations?: Record<string, AbbreviationKind>;
  exceptions?: SegmentationException[];
  abbreviationSuffixes?: string[];
  sentenceStarters?: string[];
  nounsCapitalised?: boolean;
  months?: string[];
  ordinalContext?: string[];
  ordinalJoiners?: string[];
  ordinalDigits?: { afterContext: number; alone: number };
}

export type ProjectSegmentationRules = { de?: LanguageRuleAdditions; pl?: LanguageRuleAdditions };

export const QA_SEVERITIES = ['error', 'warning', 'info'] as const;
export type QaSeverity = (typeof QA_SEVERITIES)[number];

/** One item of GET /api/projects/:id/qa/checks: a check with its default and how the project runs it. */
export interface QaCheckSetting {
  id: string;
  defaultSeverity: QaSeverity;
  /** False for a check that is off unless a project switches it on. */
  defaultEnabled: boolean;
  enabled: boolean;
  severity: QaSeverity;
}
