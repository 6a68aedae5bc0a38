// What the commands need from storage. Both adapters (storage/sqlite, storage/mongo) implement these
// and pass the same contract suite (tests/storage). Methods return plain domain objects and throw
// domain errors (Conflict for a duplicate, VersionConflict for a lost compare-and-set), never driver errors.
import type { Alignment } from '../domain/alignment/types';
import type { AuthSession, SessionKind, User } from '../domain/users/types';
import type { DocumentRecord } from '../domain/documents/types';
import type { DocumentSegmentSummary, Segment, SegmentEvent } from '../domain/segments/types';
import type { MtJob } from '../domain/jobs/types';
import type { Project } from '../domain/projects/types';
import type { TmUnit, TmUnitChange } from '../domain/tm/types';
import type { SegmentApproval } from '../domain/statistics/approvalsPerDay';
import type { SegmentState } from '../domain/workflow/states';
import type { AuditRepository } from './auditRepository';
import type { ChangeLogRepository } from './changeLog';
import type { GlossaryRepository } from './glossaryRepository';
import type { JobLeaseRepository } from './jobLeases';
import type { LoginAttemptStore } from './loginAttempts';
import type { PasswordResetRepository } from './passwordResetRepository';
import type { QaResultRepository } from './qaResultRepository';
import type { RevisionRepository } from './revisionRepository';
import type { SegmentChange } from './segmentChange';
import type { LqaAnnotationRepository, PostEditRepository } from './qualityRepository';
import type { TmImportJobRepository, TmUnitScanPage } from './tmImportJobRepository';
import type { AssignmentRepository } from './assignmentRepository';
import type { CommentRepository } from './commentRepository';
import type { NotificationRepository } from './notificationRepository';
import type { WebhookRepository } from './webhookRepository';

export interface UserRepository {
  /** Throws Conflict (code `email_taken`) when the e-mail is already used. */
  create(user: User): Promise<void>;
  findById(id: string): Promise<User | null>;
  /** E-mail is matched case-insensitively. */
  findByEmail(email: string): Promise<User | null>;
  findByIds(ids: readonly string[]): Promise<User[]>;
  count(): Promise<number>;
  /** Every user, by name then e-mail (the people picker of project administration). */
  list(): Promise<User[]>;
  /**
   * Replaces name, roles, active and password hash (never id, e-mail or creation). Throws NotFound when
   * the user does not exist, and Conflict `last_admin` (writing nothing) when the change would leave no
   * active admin: checked and written atomically, so two admins demoting each other cannot both succeed.
   */
  update(user: User): Promise<void>;
}

export interface ProjectRepository {
  create(project: Project): Promise<void>;
  findById(id: string): Promise<Project | null>;
  /** Every project, oldest first. */
  list(): Promise<Project[]>;
  /** Projects in which the user is a member, oldest first. */
  listForMember(userId: string): Promise<Project[]>;
  /** Replaces name, settings and members. Throws NotFound when the project does not exist. */
  update(project: Project): Promise<void>;
}

export interface DocumentRepository {
  /**
   * Stores the document, its segments and one `created` event per segment, atomically: no read sees the
   * document before all of it is stored, and a failed write leaves nothing. A large document is written
   * in slices that let the event loop turn (docs/performance.md).
   */
  createWithSegments(document: DocumentRecord, segments: Segment[], events: SegmentEvent[]): Promise<void>;
  findById(id: string): Promise<DocumentRecord | null>;
  /** Documents of these projects, oldest first. */
  listByProjects(projectIds: readonly string[]): Promise<DocumentRecord[]>;
  /** Adds to the document's billedCharacters (atomic increment). */
  addBilledCharacters(id: string, characters: number): Promise<void>;
  /** Adds to the document's sentCharacters (atomic increment). */
  addSentCharacters(id: string, characters: number): Promise<void>;
}

export interface SegmentPageQuery {
  documentId: string;
  states?: readonly SegmentState[];
  offset: number;
  limit: number;
}

export type { SegmentChange } from './segmentChange';

/**
 * A document's current segments. Segments a source revision removed (ports/revisionRepository.ts) are
 * not among them: no method here finds them, except `history` and `listApprovals`, which tell the past.
 */
export interface SegmentRepository {
  findById(id: string): Promise<Segment | null>;
  findByIds(ids: readonly string[]): Promise<Segment[]>;
  /** Ordered by index; `total` counts all segments matching the filter. */
  page(query: SegmentPageQuery): Promise<{ items: Segment[]; total: number }>;
  /** All segments of a document ordered by index. */
  listByDocument(documentId: string, states?: readonly SegmentState[]): Promise<Segment[]>;
  /**
   * Saves every change and its event in one transaction. If any stored version differs from its
   * `expectedVersion`, nothing is written and VersionConflict is thrown for the first such segment.
   * Only the work on the target is written (SEGMENT_WORK_FIELDS): the source, its structure and the
   * segment's place change only with a revision. Changes that follow each other on one segment (an
   * edit, then its confirm) may be written as one.
   */
  applyChanges(changes: readonly SegmentChange[]): Promise<void>;
  /** Appends events that change no segment (an edit that lost a version race). */
  appendEvents(events: readonly SegmentEvent[]): Promise<void>;
  /** A segment's events, oldest first (ties broken by insertion order). */
  history(segmentId: string): Promise<SegmentEvent[]>;
  /**
   * The segments of a project whose sourceKey is one of `sourceKeys` (repetitions, "twins"), ordered by
   * documentId then index; with `states`, only segments in those states. One query for many sentences:
   * a returned XLIFF file confirms thousands.
   */
  findBySourceKeys(projectId: string, sourceKeys: readonly string[], states?: readonly SegmentState[]): Promise<Segment[]>;
  /**
   * A number that moves, on every instance, whenever a segment of the project enters or leaves the
   * approved state or an approved segment is written (new target or source, removed by a revision, a
   * new document with approved segments): what a cache of approved twins compares instead of looking
   * them up again (commands/qa/approvedTwins.ts). It may move for other writes too, never stay for these.
   */
  approvedRevision(projectId: string): Promise<number>;
  /**
   * Which of `sourceKeys` already occur in any segment of the project; with `submittedBefore`, only in
   * documents submitted before that one (by creation time, then id), so a revised document's own
   * segments and later documents do not count.
   */
  existingSourceKeys(projectId: string, sourceKeys: readonly string[], submittedBefore?: Pick<DocumentRecord, 'id' | 'createdAt'>): Promise<Set<string>>;
  /** Per-state segment and word counts, repetitions, and distinct translators/reviewers, one entry per document asked for. */
  summarize(documentIds: readonly string[]): Promise<DocumentSegmentSummary[]>;
  /**
   * Every event of these documents at or after `since` (ISO) that moved a segment into `approved` from
   * another state (approve, a propagated approval, a TM fill at submission), with the segment's word
   * count; oldest first (ties in insertion order). A segment approved, rejected and approved again counts twice.
   */
  listApprovals(documentIds: readonly string[], since: string): Promise<SegmentApproval[]>;
}

/** MT jobs, claimed with a lease by the instance that runs them (ports/jobLeases.ts). */
export interface MtJobRepository extends JobLeaseRepository<MtJob> {
  create(job: MtJob): Promise<void>;
  findById(id: string): Promise<MtJob | null>;
  /** Replaces the stored job. */
  update(job: MtJob): Promise<void>;
  /** The newest job of a document, if any. */
  latestForDocument(documentId: string): Promise<MtJob | null>;
  /** Jobs still queued or running (to resume after a restart), oldest first. */
  listUnfinished(): Promise<MtJob[]>;
}

export interface MtCacheEntry {
  key: string;
  translation: string;
}

/** Translations already paid for, by a key over (source text, formality, glossary). */
export interface MtCacheRepository {
  getMany(keys: readonly string[]): Promise<Map<string, string>>;
  /** Inserts; an existing key keeps its first translation. */
  putMany(entries: readonly MtCacheEntry[]): Promise<void>;
}

/** Which of a user's sessions `deleteByUser` ends. */
export interface SessionSelection {
  /** Only this kind; both when absent. */
  kind?: SessionKind;
  /** Keeps this one (the session changing its own password). */
  exceptId?: string;
}

export interface SessionRepository {
  /** Throws NotFound (entity `user`) when the user does not exist. */
  create(session: AuthSession): Promise<void>;
  /** By public id. */
  findById(id: string): Promise<AuthSession | null>;
  /** By the hash of the secret a client presented. */
  findBySecretHash(secretHash: string): Promise<AuthSession | null>;
  /** Deletes by public id; returns whether one was there. */
  delete(id: string): Promise<boolean>;
  /** Deletes the user's sessions and/or tokens; returns those deleted. */
  deleteByUser(userId: string, selection?: SessionSelection): Promise<AuthSession[]>;
  /** API tokens, of one user or (null) of everyone, oldest first (ties by id). */
  listTokens(userId: string | null): Promise<AuthSession[]>;
  /** Sets lastUsedAt; an unknown id is ignored. */
  touch(id: string, at: string): Promise<void>;
}

export interface AlignmentRepository {
  /** Throws NotFound (entity `project`) when the project does not exist. */
  create(alignment: Alignment): Promise<void>;
  findById(id: string): Promise<Alignment | null>;
  /**
   * Replaces the stored alignment if its version still equals `expectedVersion`; otherwise writes
   * nothing and throws VersionConflict with the stored version. NotFound when it does not exist.
   */
  update(alignment: Alignment, expectedVersion: number): Promise<void>;
  /** The project's alignments, oldest first (ties by id). */
  listByProject(projectId: string): Promise<Alignment[]>;
  /**
   * Stores the alignment (confirmed, next version) and adds `units` to the translation memory in one
   * transaction, under the same compare-and-set as `update`: a stale version writes neither.
   */
  confirm(alignment: Alignment, expectedVersion: number, units: readonly TmUnit[]): Promise<void>;
}

export interface TmUnitRepository {
  /** Oldest first; units created together keep the order they were given in. `total` counts all of the project's units. */
  listByProject(projectId: string, offset: number, limit: number): Promise<{ items: TmUnit[]; total: number }>;
  countByProject(projectId: string): Promise<number>;
  /**
   * Adds units (a TMX import batch) in one transaction, in the given order; a unit whose id is already
   * stored is left as it is and not counted, so a resumed import may repeat its last batch. Returns how
   * many were added. Throws NotFound (entity `project`) when a unit's project does not exist.
   */
  insertMany(units: readonly TmUnit[]): Promise<number>;
  /**
   * The project's units in listByProject's order, `limit` at a time, by cursor: start with null and pass
   * each page's `next`. Unlike offset paging, each page costs the same however deep into the memory.
   */
  scanByProject(projectId: string, after: string | null, limit: number): Promise<TmUnitScanPage<TmUnit>>;
  /**
   * Stores a unit identified by (origin, originId), origin 'segment' only (one unit per segment): inserts
   * it, or replaces source, target, context and updatedAt of the stored one, keeping its id and creation.
   * Writing the same pair and context again changes nothing (and keeps the revision).
   */
  upsertForOrigin(unit: TmUnit): Promise<TmUnitChange>;
  /**
   * Units whose revision is above `revision`, in revision order, at most `limit`; of these projects, or of
   * every project when `projectIds` is null. Every insert or change of a unit, by any writer, gives it
   * a new store-wide revision, so this is how in-memory TM indexes catch up (commands/tm/tmService.ts).
   */
  listChangedSince(projectIds: readonly string[] | null, revision: number, limit: number): Promise<TmUnitChange[]>;
  /**
   * The store's identity (random, made once per database) and the highest revision given so far: what
   * tells a translation memory saved to disk whether it belongs to this store and is not newer than it
   * (commands/tm/tmService.ts).
   */
  revisionState(): Promise<{ storeId: string; revision: number }>;
}

/** A unit as stored, with its revision (defined with the units: domain/tm/types.ts). */
export type { TmUnitChange } from '../domain/tm/types';

export interface Store {
  readonly kind: 'sqlite' | 'mongo';
  readonly users: UserRepository;
  readonly projects: ProjectRepository;
  readonly documents: DocumentRepository;
  readonly segments: SegmentRepository;
  readonly mtJobs: MtJobRepository;
  readonly mtCache: MtCacheRepository;
  readonly sessions: SessionRepository;
  readonly alignments: AlignmentRepository;
  readonly tmUnits: TmUnitRepository;
  /** Background TMX imports (ports/tmImportJobRepository.ts). */
  readonly tmImportJobs: TmImportJobRepository;
  /** Stored QA results of segments (ports/qaResultRepository.ts). */
  readonly qaResults: QaResultRepository;
  /** A project's glossary terms and its DeepL glossary (ports/glossaryRepository.ts). */
  readonly glossary: GlossaryRepository;
  /** One-time password reset links (ports/passwordResetRepository.ts). */
  readonly passwordResets: PasswordResetRepository;
  /** The audit trail, append-only (ports/auditRepository.ts). */
  readonly audit: AuditRepository;
  /** Comment threads on segments (ports/commentRepository.ts). */
  readonly comments: CommentRepository;
  /** Who translates and reviews which segments by when (ports/assignmentRepository.ts). */
  readonly assignments: AssignmentRepository;
  /** In-app notifications and each person's muted kinds (ports/notificationRepository.ts). */
  readonly notifications: NotificationRepository;
  /** Source revisions of documents (ports/revisionRepository.ts). */
  readonly revisions: RevisionRepository;
  /** Notices between the instances sharing the store (ports/changeLog.ts). */
  readonly changeLog: ChangeLogRepository;
  /** Failed sign-ins, counted for every instance alike (ports/loginAttempts.ts). */
  readonly loginAttempts: LoginAttemptStore;
  /** LQA annotations of segments (ports/qualityRepository.ts). */
  readonly lqaAnnotations: LqaAnnotationRepository;
  /** Post-edit distances of confirmed and approved segments (ports/qualityRepository.ts). */
  readonly postEdits: PostEditRepository;
  /** Webhooks of projects and the outbox of their deliveries (ports/webhookRepository.ts). */
  readonly webhooks: WebhookRepository;
  close(): Promise<void>;
}
