// The domain's nouns. Plain data: no methods, no driver types. Both stores return exactly these.
import type { ProjectSegmentationRules } from './segmentation/rules';
import type { SegmentState } from './workflow/states';

export type { ProjectSegmentationRules };

export type LanguageCode = 'de' | 'pl';
/** An ISO-8601 timestamp in UTC, e.g. "2026-11-24T10:00:00.000Z". */
export type Timestamp = string;

export const ROLES = ['admin', 'coordinator', 'editor', 'translator', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string; // stored lower-cased; unique
  name: string;
  /** Global roles: they apply in every project the user can see. */
  roles: Role[];
  passwordHash: string;
  createdAt: Timestamp;
}

/** DeepL's formality setting, passed through unchanged. */
export const FORMALITIES = ['default', 'more', 'less', 'prefer_more', 'prefer_less'] as const;
export type Formality = (typeof FORMALITIES)[number];

export interface ProjectSettings {
  formality: Formality;
  /** May a reviewer approve a segment they translated themselves? Default no. */
  allowSelfApproval: boolean;
  /** QA checks switched off and severities replacing a check's default; absent means every check with its default. */
  qa?: ProjectQaSettings;
  /** Translation memory: sharing, match threshold and the states TM matches fill; absent means the defaults (commands/tm/settings.ts). */
  tm?: ProjectTmSettings;
  /** Sentence rules this project adds to the built-in ones (abbreviations, exceptions); absent means none. */
  segmentation?: ProjectSegmentationRules;
}

/** How a project uses the organisation's translation memory. */
export interface ProjectTmSettings {
  /** Default true: this project's units are visible to every other sharing project, and it sees theirs. */
  shareMemory: boolean;
  /** Lowest fuzzy score (50–100) proposed or listed; default 75. */
  threshold: number;
  /** The state an exact (100) match fills a segment in at submission; default translated. */
  exactState: 'translated' | 'approved';
  /** The state an in-context exact (101) match fills a segment in; default translated. */
  inContextState: 'translated' | 'approved';
}

/** A project's QA settings: check ids (domain/qa/registry QA_CHECK_IDS) and their severities. */
export interface ProjectQaSettings {
  disabled: string[];
  severity: Record<string, 'error' | 'warning' | 'info'>;
}

export interface ProjectMember {
  userId: string;
  roles: Role[];
}

export interface Project {
  id: string;
  name: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  settings: ProjectSettings;
  members: ProjectMember[];
  createdBy: string;
  createdAt: Timestamp;
}

export const DOCUMENT_FORMATS = ['text', 'markdown'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface DocumentRecord {
  id: string;
  projectId: string;
  title: string;
  format: DocumentFormat;
  /**
   * The submitted document with every segment replaced by its marker (see domain/formats):
   * the export puts the Polish targets back into it, so structure survives untouched.
   */
  skeleton: string;
  dueDate: Timestamp | null;
  /** DeepL characters billed for this document, summed over all MT requests. */
  billedCharacters: number;
  segmentCount: number;
  /** The translation-memory analysis made at submission (segments and words per match band); absent for older documents. */
  analysis?: TmAnalysis | null;
  createdBy: string;
  createdAt: Timestamp;
}

/** The language a segment's source was identified as; `neutral` is text without language (numbers, URLs). */
export const SEGMENT_LANGUAGES = ['de', 'pl', 'other', 'neutral'] as const;
export type SegmentLanguage = (typeof SEGMENT_LANGUAGES)[number];

/** Where a segment's current target came from. */
export type SegmentOrigin = 'mt' | 'tm' | 'human' | 'source';

/** The structural role of a segment in its document; headings and list items are always their own segment. */
export type BlockKind = 'paragraph' | 'heading' | 'list_item' | 'blockquote' | 'table_cell' | 'line';

/**
 * An inline formatting span or object inside a segment, shown to translators as a numbered
 * placeholder: `{1}bold{/1}` for a paired tag, `{2/}` for a standalone one (inline code, images).
 */
export interface InlineTag {
  id: number;
  /** 'paired' tags wrap text (emphasis, links); 'standalone' tags stand for an object. */
  type: 'paired' | 'standalone';
  /** The original markup: for paired tags the opening and closing text, for standalone the whole text. */
  open: string;
  close: string;
}

export interface Segment {
  id: string;
  documentId: string;
  projectId: string;
  index: number; // 0-based order in the document
  source: string; // German, placeholders as {n}…{/n}
  target: string | null; // Polish, same placeholder syntax
  state: SegmentState;
  origin: SegmentOrigin | null;
  /** The machine translation as DeepL returned it, never edited. */
  mtTarget: string | null;
  /** Increments on every change; clients send the version they saw (optimistic locking). */
  version: number;
  kind: BlockKind;
  tags: InlineTag[];
  wordCount: number;
  charCount: number;
  /** The identified language of the source; Polish and neutral segments are locked with target = source. */
  lang: SegmentLanguage;
  /** The source normalized for repetition matching (whitespace and placeholder numbering ignored). */
  sourceKey: string;
  /** True when the same sourceKey occurred before: earlier in this document or in an earlier document of the project. */
  repetition: boolean;
  /** A translator marked this twin as needing its own translation: propagation skips it. */
  contextSpecific: boolean;
  /** Who last confirmed the target (the segment's translator), and who last approved or rejected it. */
  translatedBy: string | null;
  reviewedBy: string | null;
  updatedAt: Timestamp;
}

/** What happened to a segment. `edit_conflict` keeps an edit that lost a version race. */
export const SEGMENT_EVENT_ACTIONS = [
  'created',
  'propose',
  'edit',
  'confirm',
  'approve',
  'reject',
  'lock',
  'unlock',
  'edit_conflict',
  'propagated',
  'context_specific',
] as const;
export type SegmentEventAction = (typeof SEGMENT_EVENT_ACTIONS)[number];

export interface SegmentEvent {
  id: string;
  segmentId: string;
  documentId: string;
  /** null for system actions (an MT proposal). */
  actorId: string | null;
  at: Timestamp;
  action: SegmentEventAction;
  fromState: SegmentState;
  toState: SegmentState;
  fromTarget: string | null;
  toTarget: string | null;
  /** Reason of a rejection, origin of a proposal, or the version an edit conflicted with. */
  note: string | null;
  /** The segment's version after this event (for edit_conflict: the version that was current). */
  version: number;
}

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface MtJob {
  id: string;
  documentId: string;
  projectId: string;
  status: JobStatus;
  done: number;
  total: number;
  billedCharacters: number;
  /** Why the job failed: a stable code (mt_quota_exceeded, mt_auth_failed, mt_unavailable) and a detail. */
  errorCode: string | null;
  errorDetail: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/**
 * A TMX file being imported into a project's translation memory, in the background. The file is read
 * twice: a check (nothing is stored from a file that is not valid TMX), then the import in batches.
 * `done` counts the units stored, so a job resumed after a restart skips that many units.
 */
export interface TmImportJob {
  id: string;
  projectId: string;
  status: JobStatus;
  /** Units stored so far. */
  done: number;
  /** Units the file holds (German and Polish), known once the check has read the whole file; null before. */
  total: number | null;
  /** Translation units left out: no German or no Polish variant, or an empty segment. */
  skipped: number;
  /** Bytes of the file read by the current pass (check, then import), and the file's size. */
  bytesRead: number;
  totalBytes: number;
  /** Why the job failed: a stable code (invalid_tmx, tmx_file_missing) and a detail. */
  errorCode: string | null;
  errorDetail: string | null;
  /** Where an invalid_tmx error is: 1-based line, column as the XML parser counts it. */
  errorLine: number | null;
  errorColumn: number | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A server-side login session (cookie) or an API token; only a hash of the secret is stored. */
export interface AuthSession {
  id: string; // sha256 of the secret, hex
  userId: string;
  kind: 'session' | 'token';
  name: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp | null;
}

/** Counts of segments and source words in one state. */
export interface Tally {
  segments: number;
  words: number;
}

/** What the store can aggregate about one document's segments without loading them all. */
export interface DocumentSegmentSummary {
  documentId: string;
  byState: Record<SegmentState, Tally>;
  /** Segments (and their words) flagged `repetition`: counted apart from new words, as CAT tools do. */
  repetitions: Tally;
  /** Distinct users who confirmed (translatedBy) and reviewed (reviewedBy) segments. */
  translatorIds: string[];
  reviewerIds: string[];
}

/**
 * One step of an alignment: consecutive German and Polish sentence indices (1-1, 1-2, 2-1, 1-0, 0-1 from
 * the aligner; any shape a person makes). A bead a person changed has confidence 1.
 */
export interface AlignmentBead {
  de: number[];
  pl: number[];
  /** 0–1: the aligner's posterior, or 1 for a bead a person made. */
  confidence: number;
}

export const ALIGNMENT_STATUSES = ['draft', 'confirmed'] as const;
export type AlignmentStatus = (typeof ALIGNMENT_STATUSES)[number];

/** A published German text paired sentence by sentence with its existing Polish version. */
export interface Alignment {
  id: string;
  projectId: string;
  title: string;
  format: DocumentFormat;
  /** The sentences as segmented, inline markup rendered back (no placeholders). */
  deSentences: string[];
  plSentences: string[];
  /** In order, covering every sentence of both lists exactly once. */
  beads: AlignmentBead[];
  /** Draft while people fix pairs; confirmed once its pairs became translation units (then frozen). */
  status: AlignmentStatus;
  /** Increments on every change; clients send the version they saw (optimistic locking). */
  version: number;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export const TM_UNIT_ORIGINS = ['segment', 'alignment', 'tmx'] as const;
export type TmUnitOrigin = (typeof TM_UNIT_ORIGINS)[number];

/** A German–Polish pair in a project's translation memory. */
export interface TmUnit {
  id: string;
  projectId: string;
  source: string;
  target: string;
  origin: TmUnitOrigin;
  /** The segment or alignment it came from; null for an imported TMX unit. */
  originId: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /**
   * Sources of the segments before and after it, for in-context (101) matches: null at a document's
   * edge, absent when unknown (alignment and TMX units).
   */
  prevSource?: string | null;
  nextSource?: string | null;
}

/** The rows of a document's TM analysis: match bands, then new text, repetitions inside the document, locked text. */
export const TM_ANALYSIS_KEYS = ['101', '100', '95-99', '85-94', '75-84', '50-74', 'no_match', 'repetition', 'locked'] as const;
export type TmAnalysisKey = (typeof TM_ANALYSIS_KEYS)[number];
/** Segments and source words per analysis row: what a coordinator estimates cost from. */
export type TmAnalysis = Record<TmAnalysisKey, Tally>;
