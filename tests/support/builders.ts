// Deterministic builders for every domain type: sensible defaults, overrides for what a test cares about.
// Ids come from per-prefix counters (`user-1`, `user-2`, …); call resetBuilderIds() in beforeEach when a
// test asserts on default ids. Timestamps are fixed: FIXED_NOW and minutesAfterNow(n).
import { createHash } from 'node:crypto';
import type { Alignment } from '../../server/domain/alignment/types';
import type { AuditEntry } from '../../server/domain/audit/types';
import type { AuthSession, PasswordReset, User } from '../../server/domain/users/types';
import type { DocumentRecord } from '../../server/domain/documents/types';
import { MT_JOB_IDLE, type MtJob } from '../../server/domain/jobs/types';
import type { Project, ProjectMember } from '../../server/domain/projects/types';
import type { Segment, SegmentEvent } from '../../server/domain/segments/types';
import type { Timestamp } from '../../server/domain/common';
import type { TmUnit } from '../../server/domain/tm/types';
import { SegmentState } from '../../server/domain/workflow/states';

export const FIXED_NOW: Timestamp = '2026-11-24T10:00:00.000Z';

/** FIXED_NOW moved by `minutes` (negative for earlier), e.g. to give records distinct ages. */
export const minutesAfterNow = (minutes: number): Timestamp =>
  new Date(Date.parse(FIXED_NOW) + minutes * 60_000).toISOString();

const counters = new Map<string, number>();

/** The next id for a prefix: `nextId('user')` → 'user-1', then 'user-2'. */
export function nextId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return `${prefix}-${n}`;
}

export function resetBuilderIds(): void {
  counters.clear();
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

const countWords = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;

export function buildUser(overrides: Partial<User> = {}): User {
  const id = overrides.id ?? nextId('user');
  return {
    id,
    email: `${id}@nysa.test`,
    name: `Test ${id}`,
    roles: ['translator'],
    passwordHash: `scrypt$test$${id}`,
    active: true,
    createdAt: FIXED_NOW,
    ...overrides,
  };
}

export function buildMember(userId: string, roles: ProjectMember['roles'] = ['translator']): ProjectMember {
  return { userId, roles };
}

export function buildProject(overrides: Partial<Project> = {}): Project {
  const id = overrides.id ?? nextId('project');
  return {
    id,
    name: `Project ${id}`,
    sourceLang: 'de',
    targetLang: 'pl',
    settings: { formality: 'default', allowSelfApproval: false },
    members: [],
    createdBy: 'user-admin',
    createdAt: FIXED_NOW,
    ...overrides,
  };
}

export function buildDocument(overrides: Partial<DocumentRecord> = {}): DocumentRecord {
  const id = overrides.id ?? nextId('document');
  return {
    id,
    projectId: 'project-1',
    title: `Document ${id}`,
    format: 'text',
    skeleton: '',
    dueDate: null,
    billedCharacters: 0,
    sentCharacters: 0,
    segmentCount: 0,
    createdBy: 'user-admin',
    createdAt: FIXED_NOW,
    ...overrides,
  };
}

/**
 * A new, untranslated German paragraph; wordCount, charCount and sourceKey follow `source` unless overridden.
 * sourceKey is the source itself: the builders' sources need no normalizing, and twins are made by giving
 * two segments the same source (or the same sourceKey).
 */
export function buildSegment(overrides: Partial<Segment> = {}): Segment {
  const source = overrides.source ?? 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.';
  return {
    id: overrides.id ?? nextId('segment'),
    documentId: 'document-1',
    projectId: 'project-1',
    index: 0,
    source,
    target: null,
    state: SegmentState.New,
    origin: null,
    mtTarget: null,
    version: 1,
    kind: 'paragraph',
    tags: [],
    wordCount: countWords(source),
    charCount: source.length,
    lang: 'de',
    sourceKey: source,
    repetition: false,
    contextSpecific: false,
    translatedBy: null,
    reviewedBy: null,
    updatedAt: FIXED_NOW,
    ...overrides,
  };
}

/** `count` segments of one document, indexes 0…count-1, ids `${documentId}-s${index}` unless overridden. */
export function buildSegments(
  document: Pick<DocumentRecord, 'id' | 'projectId'>,
  count: number,
  overrides: (index: number) => Partial<Segment> = () => ({}),
): Segment[] {
  return Array.from({ length: count }, (_, index) =>
    buildSegment({
      id: `${document.id}-s${index}`,
      documentId: document.id,
      projectId: document.projectId,
      index,
      source: `Satz Nummer ${index + 1}.`,
      ...overrides(index),
    }),
  );
}

export function buildEvent(overrides: Partial<SegmentEvent> = {}): SegmentEvent {
  return {
    id: overrides.id ?? nextId('event'),
    segmentId: 'segment-1',
    documentId: 'document-1',
    actorId: 'user-1',
    at: FIXED_NOW,
    action: 'edit',
    fromState: SegmentState.New,
    toState: SegmentState.Draft,
    fromTarget: null,
    toTarget: 'Tekst.',
    note: null,
    version: 2,
    ...overrides,
  };
}

/** The `created` event a document submission records for each segment. */
export function buildCreatedEvent(segment: Segment, overrides: Partial<SegmentEvent> = {}): SegmentEvent {
  return buildEvent({
    segmentId: segment.id,
    documentId: segment.documentId,
    actorId: 'user-admin',
    at: segment.updatedAt,
    action: 'created',
    fromState: segment.state,
    toState: segment.state,
    fromTarget: null,
    toTarget: segment.target,
    version: segment.version,
    ...overrides,
  });
}

export function buildJob(overrides: Partial<MtJob> = {}): MtJob {
  return {
    id: overrides.id ?? nextId('job'),
    documentId: 'document-1',
    projectId: 'project-1',
    status: 'queued',
    done: 0,
    total: 10,
    billedCharacters: 0,
    sentCharacters: 0,
    ...MT_JOB_IDLE,
    skipped: 0,
    errorCode: null,
    errorDetail: null,
    createdBy: 'user-admin',
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    ...overrides,
  };
}

/** A login session `session-N`; its secretHash is the sha256 of a deterministic secret (`secret-session-N`). */
export function buildSession(overrides: Partial<AuthSession> = {}): AuthSession {
  const id = overrides.id ?? nextId('session');
  return {
    id,
    secretHash: sha256Hex(`secret-${id}`),
    userId: 'user-1',
    kind: 'session',
    name: null,
    createdAt: FIXED_NOW,
    expiresAt: minutesAfterNow(12 * 60),
    lastUsedAt: null,
    ...overrides,
  };
}

/** An unused password reset link `reset-N` of user-1, valid 24 hours from FIXED_NOW. */
export function buildPasswordReset(overrides: Partial<PasswordReset> = {}): PasswordReset {
  const id = overrides.id ?? nextId('reset');
  return {
    id,
    secretHash: sha256Hex(`secret-${id}`),
    userId: 'user-1',
    createdBy: 'user-admin',
    createdAt: FIXED_NOW,
    expiresAt: minutesAfterNow(24 * 60),
    usedAt: null,
    ...overrides,
  };
}

/** A sign-in audit entry `audit-N` of user-1 at FIXED_NOW. */
export function buildAuditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: overrides.id ?? nextId('audit'),
    at: FIXED_NOW,
    kind: 'sign_in',
    actorId: 'user-1',
    ip: '127.0.0.1',
    target: null,
    projectId: null,
    details: {},
    ...overrides,
  };
}

/** A draft alignment of a short invitation: 3 German and 2 Polish sentences, the last German one unmatched. */
export function buildAlignment(overrides: Partial<Alignment> = {}): Alignment {
  return {
    id: overrides.id ?? nextId('alignment'),
    projectId: 'project-1',
    title: 'Einladung',
    format: 'text',
    deSentences: ['Die Stadt Görlitz lädt ein.', 'Das Treffen beginnt am 4. Mai um 10 Uhr.', 'Anmeldung bis Freitag.'],
    plSentences: ['Miasto Görlitz zaprasza.', 'Spotkanie rozpocznie się 4 maja o godz. 10.'],
    beads: [
      { de: [0], pl: [0], confidence: 0.9731 },
      { de: [1], pl: [1], confidence: 0.9125 },
      { de: [2], pl: [], confidence: 0.6418 },
    ],
    status: 'draft',
    version: 1,
    createdBy: 'user-admin',
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    ...overrides,
  };
}

/** A translation-memory unit taken from an alignment. */
export function buildTmUnit(overrides: Partial<TmUnit> = {}): TmUnit {
  return {
    id: overrides.id ?? nextId('tm'),
    projectId: 'project-1',
    source: 'Die Stadt Görlitz lädt ein.',
    target: 'Miasto Görlitz zaprasza.',
    origin: 'alignment',
    originId: 'alignment-1',
    createdBy: 'user-admin',
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    ...overrides,
  };
}
