// The MongoDB adapter's schemas, mappers and error translation, checked without a server:
// models are compiled on a connection that never opens.
import mongoose, { type Connection } from 'mongoose';
import { Conflict, InvalidInput, NotFound, VersionConflict } from '../../server/domain/errors';
import { SEGMENT_EVENT_ACTIONS, SEGMENT_LANGUAGES, type SegmentEvent } from '../../server/domain/segments/types';
import { SegmentState } from '../../server/domain/workflow/states';
import {
  defineModels,
  fromAlignmentDoc,
  fromDocumentDoc,
  fromMtCacheDoc,
  fromMtJobDoc,
  fromProjectDoc,
  fromSegmentDoc,
  fromSegmentEventDoc,
  fromSessionDoc,
  fromAuditEventDoc,
  fromPasswordResetDoc,
  fromTmUnitDoc,
  fromUserDoc,
  toAlignmentDoc,
  toDocumentDoc,
  toMtCacheDoc,
  toMtJobDoc,
  toProjectDoc,
  toSegmentDoc,
  toSegmentEventDoc,
  toSessionDoc,
  toAuditEventDoc,
  toPasswordResetDoc,
  toTmUnitDoc,
  toUserDoc,
  type DocumentDoc,
  type MongoModels,
  type MtCacheDoc,
  type MtJobDoc,
  type SegmentDoc,
  type SessionDoc,
  type TmUnitDoc,
  type UserDoc,
} from '../../server/storage/mongo';
import { duplicateKey, translateError } from '../../server/storage/mongo/errors';
import { fromSegmentQaDoc, toSegmentQaDoc } from '../../server/storage/mongo/schemas/segmentQa';
import { buildQaResult } from '../../server/domain/qa/results';
import type { ProjectQaSettings } from '../../server/domain/projects/types';
import type { CounterDoc } from '../../server/storage/mongo/schemas/counters';
import { MongoAlignmentRepository } from '../../server/storage/mongo/repositories/alignmentRepository';
import { MongoDocumentRepository } from '../../server/storage/mongo/repositories/documentRepository';
import { MongoMtCacheRepository } from '../../server/storage/mongo/repositories/mtCacheRepository';
import { MongoMtJobRepository } from '../../server/storage/mongo/repositories/mtJobRepository';
import { MongoSessionRepository } from '../../server/storage/mongo/repositories/sessionRepository';
import { MongoSegmentRepository } from '../../server/storage/mongo/repositories/segmentRepository';
import { MongoTmUnitRepository } from '../../server/storage/mongo/repositories/tmUnitRepository';
import { MongoUserRepository } from '../../server/storage/mongo/repositories/userRepository';
import {
  buildAlignment,
  buildAuditEntry,
  buildDocument,
  buildEvent,
  buildJob,
  buildMember,
  buildPasswordReset,
  buildProject,
  buildSegment,
  buildSession,
  buildTmUnit,
  buildUser,
  minutesAfterNow,
  resetBuilderIds,
} from '../support/builders';

let connection: Connection;
let models: MongoModels;

beforeAll(() => {
  connection = mongoose.createConnection();
  models = defineModels(connection);
});
afterAll(async () => {
  await connection.close();
});
beforeEach(() => resetBuilderIds());

/** `{ path: kind }` of every validation error, or null when the document is valid. */
function validationErrors(doc: { validateSync(): mongoose.Error.ValidationError | null }): Record<string, string> | null {
  const error = doc.validateSync();
  if (!error) return null;
  return Object.fromEntries(Object.entries(error.errors).map(([path, e]) => [path, e.kind]));
}

// A segment with every optional field filled, so mappers and schemas see all paths.
const fullSegment = () =>
  buildSegment({
    id: 'seg-1',
    target: '{1}Dnia{/1} 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.{2/}',
    state: SegmentState.Approved,
    origin: 'mt',
    mtTarget: 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.',
    version: 4,
    kind: 'list_item',
    tags: [
      { id: 1, type: 'paired', open: '**', close: '**' },
      { id: 2, type: 'standalone', open: '![logo](logo.png)', close: '' },
    ],
    lang: 'pl',
    sourceKey: '{1}Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.{/1}',
    repetition: true,
    contextSpecific: true,
    translatedBy: 'user-7',
    reviewedBy: 'user-9',
    updatedAt: minutesAfterNow(5),
  });

describe('mongo models', () => {
  test('each model writes to its own collection', () => {
    expect(Object.fromEntries(Object.entries(models).map(([name, model]) => [name, model.collection.collectionName]))).toEqual({
      User: 'users',
      Project: 'projects',
      Document: 'documents',
      Segment: 'segments',
      SegmentEvent: 'segmentEvents',
      MtJob: 'mtJobs',
      MtCache: 'mtCache',
      Session: 'sessions',
      Counter: 'counters',
      Alignment: 'alignments',
      TmUnit: 'tmUnits',
      SegmentQa: 'segmentQa',
      GlossaryTerm: 'glossaryTerms',
      DeeplGlossary: 'deeplGlossaries',
      TmImportJob: 'tmImportJobs',
      PasswordReset: 'passwordResets',
      AuditEvent: 'auditEvents',
      SegmentComment: 'segmentComments',
      Assignment: 'assignments',
      Notification: 'notifications',
      NotificationSettings: 'notificationSettings',
      DocumentRevision: 'documentRevisions',
      ChangeLog: 'changeLog',
      LoginFailure: 'loginFailures',
      LqaAnnotation: 'lqaAnnotations',
      PostEdit: 'postEdits',
      Webhook: 'webhooks',
      WebhookDelivery: 'webhookDeliveries',
    });
  });

  test('every collection is keyed by a string _id and has no version key', () => {
    for (const model of Object.values(models)) {
      expect([model.modelName, model.schema.path('_id').instance]).toEqual([model.modelName, 'String']);
      expect([model.modelName, model.schema.get('versionKey')]).toEqual([model.modelName, false]);
    }
  });

  test('models bind to the connection they were defined on, not to the global mongoose', () => {
    expect(models.Segment.db).toBe(connection);
    expect(mongoose.modelNames()).not.toContain('Segment');
    const other = mongoose.createConnection();
    expect(defineModels(other).Segment).not.toBe(models.Segment);
    return other.close();
  });
});

describe('mongo schema indexes', () => {
  test.each([
    ['User', [[{ email: 1 }, { unique: true, background: true }]]],
    ['Project', [[{ 'members.userId': 1 }, { background: true }]]],
    ['Document', [[{ projectId: 1, createdAt: 1 }, { background: true }]]],
    [
      'Segment',
      [
        [{ documentId: 1, index: 1, removedInRevision: 1 }, { unique: true, background: true }],
        [{ documentId: 1, state: 1 }, { background: true }],
        [{ projectId: 1, sourceKey: 1 }, { background: true }],
      ],
    ],
    [
      'SegmentEvent',
      [
        [{ segmentId: 1, at: 1, seq: 1 }, { background: true }],
        [{ toState: 1, at: 1 }, { background: true }],
      ],
    ],
    [
      'MtJob',
      [
        [{ documentId: 1, createdAt: -1, seq: -1 }, { background: true }],
        [{ status: 1 }, { background: true }],
      ],
    ],
    ['MtCache', []],
    [
      'Session',
      [
        [{ expiresAt: 1 }, { expireAfterSeconds: 0, background: true }],
        [{ publicId: 1 }, { unique: true, partialFilterExpression: { publicId: { $type: 'string' } }, background: true }],
        [{ userId: 1, kind: 1 }, { background: true }],
        [{ kind: 1, createdAt: 1, publicId: 1 }, { background: true }],
      ],
    ],
    ['PasswordReset', [[{ userId: 1 }, { background: true }]]],
    [
      'AuditEvent',
      [
        [{ at: -1, seq: -1 }, { background: true }],
        [{ actorId: 1, at: -1 }, { background: true }],
        [{ kind: 1, at: -1 }, { background: true }],
        [{ projectId: 1, at: -1 }, { background: true }],
        [{ targetId: 1, at: -1 }, { background: true }],
      ],
    ],
    ['Counter', []],
    ['Alignment', [[{ projectId: 1, createdAt: 1 }, { background: true }]]],
    [
      'TmUnit',
      [
        [{ projectId: 1, createdAt: 1, seq: 1 }, { background: true }],
        [{ revision: 1 }, { background: true }],
        [{ originId: 1 }, { unique: true, partialFilterExpression: { origin: 'segment' }, background: true }],
      ],
    ],
    ['SegmentQa', [[{ documentId: 1 }, { background: true }]]],
  ] as const)('%s declares exactly its indexes', (name, expected) => {
    expect(models[name].schema.indexes()).toEqual(expected);
  });

  test('index key order is the declared order (compound indexes depend on it)', () => {
    expect(Object.keys(models.SegmentEvent.schema.indexes()[0]![0])).toEqual(['segmentId', 'at', 'seq']);
    expect(Object.keys(models.Segment.schema.indexes()[0]![0])).toEqual(['documentId', 'index', 'removedInRevision']);
    expect(Object.keys(models.Segment.schema.indexes()[2]![0])).toEqual(['projectId', 'sourceKey']);
    expect(Object.keys(models.Alignment.schema.indexes()[0]![0])).toEqual(['projectId', 'createdAt']);
    expect(Object.keys(models.TmUnit.schema.indexes()[0]![0])).toEqual(['projectId', 'createdAt', 'seq']);
  });
});

describe('mongo schema validation', () => {
  describe('users', () => {
    test('accepts a valid user', () => {
      expect(validationErrors(new models.User(toUserDoc(buildUser())))).toBeNull();
    });

    test('stores the e-mail lower-cased', () => {
      const user = new models.User({ ...toUserDoc(buildUser()), email: 'Anna.Nowak@Example.PL' });
      expect(user.email).toBe('anna.nowak@example.pl');
    });

    test('rejects an unknown role at its array position', () => {
      const user = new models.User({ ...toUserDoc(buildUser()), roles: ['translator', 'owner'] });
      expect(validationErrors(user)).toEqual({ 'roles.1': 'enum' });
    });

    test('reports every missing required field', () => {
      expect(validationErrors(new models.User({}))).toEqual({
        _id: 'required',
        email: 'required',
        name: 'required',
        passwordHash: 'required',
        createdAt: 'required',
      });
    });

    test('rejects a timestamp that is not a date', () => {
      expect(validationErrors(new models.User({ ...toUserDoc(buildUser()), createdAt: 'yesterday' }))).toEqual({
        createdAt: 'date',
      });
    });
  });

  describe('projects', () => {
    test('accepts a valid project with members', () => {
      const project = buildProject({ members: [buildMember('user-1', ['translator', 'reviewer'])] });
      expect(validationErrors(new models.Project(toProjectDoc(project)))).toBeNull();
    });

    test('rejects unknown languages, formality and member roles', () => {
      const doc = toProjectDoc(buildProject({ members: [buildMember('user-1', ['translator'])] }));
      const project = new models.Project({
        ...doc,
        sourceLang: 'en',
        settings: { formality: 'casual', allowSelfApproval: false },
        members: [{ userId: 'user-1', roles: ['boss'] }],
      });
      expect(validationErrors(project)).toEqual({
        sourceLang: 'enum',
        'settings.formality': 'enum',
        'members.0.roles.0': 'enum',
      });
    });

    test('requires settings and a user id for each member', () => {
      const doc = toProjectDoc(buildProject());
      const project = new models.Project({ ...doc, settings: undefined, members: [{ roles: ['editor'] }] });
      expect(validationErrors(project)).toEqual({ settings: 'required', 'members.0.userId': 'required' });
    });
  });

  describe('documents', () => {
    test('accepts a valid document, an empty skeleton included', () => {
      expect(validationErrors(new models.Document(toDocumentDoc(buildDocument({ skeleton: '' }))))).toBeNull();
    });

    test('rejects an unknown format and negative or fractional counts', () => {
      const doc = { ...toDocumentDoc(buildDocument()), format: 'pdf', billedCharacters: -5, segmentCount: 2.5 };
      expect(validationErrors(new models.Document(doc))).toEqual({
        format: 'enum',
        billedCharacters: 'min',
        segmentCount: 'user defined',
      });
    });

    test('a missing skeleton is still missing', () => {
      const { skeleton: _skeleton, ...doc } = toDocumentDoc(buildDocument());
      expect(validationErrors(new models.Document(doc))).toEqual({ skeleton: 'required' });
    });
  });

  describe('segments', () => {
    test('accepts a new segment and a fully filled one', () => {
      expect(validationErrors(new models.Segment(toSegmentDoc(buildSegment())))).toBeNull();
      expect(validationErrors(new models.Segment(toSegmentDoc(fullSegment())))).toBeNull();
    });

    test('rejects an unknown state', () => {
      const segment = new models.Segment({ ...toSegmentDoc(buildSegment()), state: 'done' });
      expect(validationErrors(segment)).toEqual({ state: 'enum' });
    });

    test('rejects negative counts and a version below 1 or not whole', () => {
      const base = toSegmentDoc(buildSegment());
      expect(validationErrors(new models.Segment({ ...base, wordCount: -1, charCount: -3, index: -1, version: 0 }))).toEqual({
        wordCount: 'min',
        charCount: 'min',
        index: 'min',
        version: 'min',
      });
      expect(validationErrors(new models.Segment({ ...base, version: 1.5 }))).toEqual({ version: 'user defined' });
    });

    test('accepts every segment language and rejects an unknown one', () => {
      for (const lang of SEGMENT_LANGUAGES) {
        expect([lang, validationErrors(new models.Segment(toSegmentDoc(buildSegment({ lang }))))]).toEqual([lang, null]);
      }
      const segment = new models.Segment({ ...toSegmentDoc(buildSegment()), lang: 'en' });
      expect(validationErrors(segment)).toEqual({ lang: 'enum' });
    });

    test('accepts an empty source key but not a missing one, and requires both flags', () => {
      expect(validationErrors(new models.Segment(toSegmentDoc(buildSegment({ sourceKey: '' }))))).toBeNull();
      const { sourceKey: _k, repetition: _r, contextSpecific: _c, ...doc } = toSegmentDoc(buildSegment());
      expect(validationErrors(new models.Segment(doc))).toEqual({
        sourceKey: 'required',
        repetition: 'required',
        contextSpecific: 'required',
      });
    });

    test('rejects flags that are not booleans', () => {
      const segment = new models.Segment({ ...toSegmentDoc(buildSegment()), repetition: 'sometimes', contextSpecific: 'maybe' });
      expect(validationErrors(segment)).toEqual({ repetition: 'Boolean', contextSpecific: 'Boolean' });
    });

    test('rejects an unknown origin, block kind and tag type', () => {
      const segment = new models.Segment({
        ...toSegmentDoc(buildSegment()),
        origin: 'google',
        kind: 'footnote',
        tags: [{ id: 1, type: 'inline', open: '*', close: '*' }],
      });
      expect(validationErrors(segment)).toEqual({ origin: 'enum', kind: 'enum', 'tags.0.type': 'enum' });
    });

    test('reports every missing required field', () => {
      expect(validationErrors(new models.Segment({}))).toEqual({
        _id: 'required',
        documentId: 'required',
        projectId: 'required',
        index: 'required',
        source: 'required',
        state: 'required',
        version: 'required',
        kind: 'required',
        wordCount: 'required',
        charCount: 'required',
        lang: 'required',
        sourceKey: 'required',
        repetition: 'required',
        contextSpecific: 'required',
        updatedAt: 'required',
      });
    });

    test('nullable fields default to null, tags to an empty list', () => {
      const segment = new models.Segment({}).toObject();
      expect(segment).toEqual({
        target: null,
        origin: null,
        mtTarget: null,
        translatedBy: null,
        reviewedBy: null,
        externalId: null,
        tags: [],
        removedInRevision: null,
      });
    });

    test('a tag needs its markup, though a standalone tag closes with the empty string', () => {
      const segment = new models.Segment({
        ...toSegmentDoc(buildSegment()),
        tags: [{ id: 1, type: 'standalone', open: '`x`', close: '' }, { id: 2, type: 'paired' }],
      });
      expect(validationErrors(segment)).toEqual({ 'tags.1.open': 'required', 'tags.1.close': 'required' });
    });
  });

  describe('segment events', () => {
    test('accepts a valid event with its seq', () => {
      expect(validationErrors(new models.SegmentEvent(toSegmentEventDoc(buildEvent(), 1)))).toBeNull();
    });

    test('accepts every action, propagation and context marking included', () => {
      for (const action of SEGMENT_EVENT_ACTIONS) {
        const event = new models.SegmentEvent(toSegmentEventDoc(buildEvent({ action }), 1));
        expect([action, validationErrors(event)]).toEqual([action, null]);
      }
      expect(SEGMENT_EVENT_ACTIONS).toEqual(expect.arrayContaining(['propagated', 'context_specific']));
    });

    test('rejects an unknown action and states, and a version below 1', () => {
      const event = new models.SegmentEvent({
        ...toSegmentEventDoc(buildEvent(), 1),
        action: 'delete',
        fromState: 'gone',
        toState: 'finished',
        version: 0,
      });
      expect(validationErrors(event)).toEqual({ action: 'enum', fromState: 'enum', toState: 'enum', version: 'min' });
    });

    test('requires seq', () => {
      const { seq: _seq, ...doc } = toSegmentEventDoc(buildEvent(), 1);
      expect(validationErrors(new models.SegmentEvent(doc))).toEqual({ seq: 'required' });
    });
  });

  describe('mt jobs', () => {
    test('accepts a valid job', () => {
      expect(validationErrors(new models.MtJob(toMtJobDoc(buildJob(), 1)))).toBeNull();
    });

    test('rejects an unknown status and negative progress', () => {
      const job = new models.MtJob({ ...toMtJobDoc(buildJob(), 1), status: 'paused', done: -1, total: -2, seq: 0 });
      expect(validationErrors(job)).toEqual({ status: 'enum', done: 'min', total: 'min', seq: 'min' });
    });
  });

  describe('mt cache', () => {
    test('accepts an empty translation but not a missing one', () => {
      expect(validationErrors(new models.MtCache(toMtCacheDoc({ key: 'k1', translation: '' })))).toBeNull();
      expect(validationErrors(new models.MtCache({ _id: 'k1' }))).toEqual({ translation: 'required' });
    });
  });

  describe('alignments', () => {
    test('accepts a draft and a confirmed alignment, 1-0 and 0-1 beads included', () => {
      expect(validationErrors(new models.Alignment(toAlignmentDoc(buildAlignment())))).toBeNull();
      const confirmed = buildAlignment({ status: 'confirmed', version: 3, beads: [{ de: [0, 1], pl: [], confidence: 1 }, { de: [2], pl: [0, 1], confidence: 0 }] });
      expect(validationErrors(new models.Alignment(toAlignmentDoc(confirmed)))).toBeNull();
    });

    test('rejects an unknown status and format, a version below 1, bad sentence indexes and confidences', () => {
      const alignment = new models.Alignment({
        ...toAlignmentDoc(buildAlignment()),
        status: 'published',
        format: 'docx',
        version: 0,
        beads: [{ de: [-1, 1.5], pl: [0], confidence: 1.2 }, { de: [2], pl: [], confidence: -0.1 }, { de: [3], pl: [] }],
      });
      expect(validationErrors(alignment)).toEqual({
        status: 'enum',
        format: 'enum',
        version: 'min',
        'beads.0.de.0': 'min',
        'beads.0.de.1': 'user defined',
        'beads.0.confidence': 'max',
        'beads.1.confidence': 'min',
        'beads.2.confidence': 'required',
      });
    });

    test('reports every missing required field; sentence lists and beads default to empty', () => {
      expect(validationErrors(new models.Alignment({}))).toEqual({
        _id: 'required',
        projectId: 'required',
        title: 'required',
        format: 'required',
        status: 'required',
        version: 'required',
        createdBy: 'required',
        createdAt: 'required',
        updatedAt: 'required',
      });
      expect(new models.Alignment({}).toObject()).toEqual({ deSentences: [], plSentences: [], beads: [] });
    });
  });

  describe('tm units', () => {
    test('accepts a unit of every origin, an imported one without origin id', () => {
      for (const origin of ['segment', 'alignment', 'tmx'] as const) {
        const unit = buildTmUnit({ origin, originId: origin === 'tmx' ? null : 'x-1' });
        expect([origin, validationErrors(new models.TmUnit(toTmUnitDoc(unit, 1)))]).toEqual([origin, null]);
      }
    });

    test('rejects an unknown origin and a seq below 1', () => {
      expect(validationErrors(new models.TmUnit({ ...toTmUnitDoc(buildTmUnit(), 1), origin: 'deepl', seq: 0 }))).toEqual({ origin: 'enum', seq: 'min' });
    });

    test('reports every missing required field; originId defaults to null', () => {
      expect(validationErrors(new models.TmUnit({}))).toEqual({
        _id: 'required',
        projectId: 'required',
        source: 'required',
        target: 'required',
        origin: 'required',
        createdBy: 'required',
        createdAt: 'required',
        updatedAt: 'required',
        seq: 'required',
        revision: 'required',
      });
      expect(new models.TmUnit({}).toObject()).toEqual({ originId: null });
    });
  });

  describe('sessions', () => {
    test('accepts a session and a token without expiry', () => {
      expect(validationErrors(new models.Session(toSessionDoc(buildSession())))).toBeNull();
      const token = buildSession({ kind: 'token', name: 'CI export', expiresAt: null });
      expect(validationErrors(new models.Session(toSessionDoc(token)))).toBeNull();
    });

    test('rejects an unknown kind', () => {
      const session = new models.Session({ ...toSessionDoc(buildSession()), kind: 'cookie' });
      expect(validationErrors(session)).toEqual({ kind: 'enum' });
    });
  });

  describe('audit events', () => {
    test('accepts an entry and rejects an unknown kind or target type', () => {
      expect(validationErrors(new models.AuditEvent(toAuditEventDoc(buildAuditEntry(), 1)))).toBeNull();
      const odd = new models.AuditEvent({ ...toAuditEventDoc(buildAuditEntry(), 1), kind: 'password_read', targetType: 'segment' });
      expect(validationErrors(odd)).toEqual({ kind: 'enum', targetType: 'enum' });
    });
  });
});

describe('mongo mappers', () => {
  // Through the model as well: casting (dates, embedded arrays) must not change what comes back.
  const throughModel = <T>(model: mongoose.Model<T>, doc: T): T =>
    new model(doc).toObject({ flattenObjectIds: false, versionKey: false }) as T;

  test('a user round-trips exactly', () => {
    const user = buildUser({ roles: ['admin', 'reviewer'] });
    expect(fromUserDoc(toUserDoc(user))).toStrictEqual(user);
    expect(fromUserDoc(throughModel(models.User, toUserDoc(user)))).toStrictEqual(user);
  });

  test('a user document is keyed by the domain id, e-mail lower-cased', () => {
    expect(toUserDoc(buildUser({ id: 'user-42', email: 'Ewa@Nysa.TEST' }))).toStrictEqual({
      _id: 'user-42',
      email: 'ewa@nysa.test',
      name: 'Test user-42',
      roles: ['translator'],
      passwordHash: 'scrypt$test$user-42',
      active: true,
      createdAt: new Date('2026-11-24T10:00:00.000Z'),
    });
  });

  test('a user stored before deactivation existed (no `active`) reads as active; a deactivated one round-trips', () => {
    const { active: _active, ...older } = toUserDoc(buildUser({ id: 'user-7' }));
    expect(fromUserDoc(older).active).toBe(true);
    const inactive = buildUser({ active: false });
    expect(fromUserDoc(throughModel(models.User, toUserDoc(inactive)))).toStrictEqual(inactive);
  });

  test('a session is keyed by the hash of its secret and carries its public id', () => {
    const token = buildSession({ id: 'token-1', kind: 'token', name: 'CI', expiresAt: null, lastUsedAt: minutesAfterNow(5) });
    expect(toSessionDoc(token)).toStrictEqual({
      _id: token.secretHash,
      publicId: 'token-1',
      userId: 'user-1',
      kind: 'token',
      name: 'CI',
      createdAt: new Date('2026-11-24T10:00:00.000Z'),
      expiresAt: null,
      lastUsedAt: new Date('2026-11-24T10:05:00.000Z'),
    });
    expect(fromSessionDoc(throughModel(models.Session, toSessionDoc(token)))).toStrictEqual(token);
  });

  test('a password reset and an audit entry round-trip exactly', () => {
    const reset = buildPasswordReset({ usedAt: minutesAfterNow(30) });
    expect(fromPasswordResetDoc(throughModel(models.PasswordReset, toPasswordResetDoc(reset)))).toStrictEqual(reset);
    const entry = buildAuditEntry({
      kind: 'roles_changed',
      target: { type: 'user', id: 'user-2' },
      projectId: 'project-1',
      details: { from: ['translator'], to: ['translator', 'reviewer'], nested: { count: 2, ok: true, none: null } },
    });
    expect(fromAuditEventDoc(throughModel(models.AuditEvent, toAuditEventDoc(entry, 7)))).toStrictEqual(entry);
    expect(toAuditEventDoc(buildAuditEntry({ id: 'audit-9' }), 7)).toMatchObject({ _id: 'audit-9', seq: 7, targetType: null, targetId: null });
  });

  test('a project round-trips exactly', () => {
    const project = buildProject({
      settings: { formality: 'prefer_less', allowSelfApproval: true },
      members: [buildMember('user-1', ['translator']), buildMember('user-2', ['reviewer', 'editor'])],
    });
    expect(fromProjectDoc(toProjectDoc(project))).toStrictEqual(project);
    expect(fromProjectDoc(throughModel(models.Project, toProjectDoc(project)))).toStrictEqual(project);
  });

  test('a document round-trips exactly, with and without a due date', () => {
    for (const document of [buildDocument(), buildDocument({ dueDate: minutesAfterNow(60 * 24 * 7), billedCharacters: 1234, segmentCount: 3 })]) {
      expect(fromDocumentDoc(toDocumentDoc(document))).toStrictEqual(document);
      expect(fromDocumentDoc(throughModel(models.Document, toDocumentDoc(document)))).toStrictEqual(document);
    }
  });

  test('a segment round-trips exactly, nulls, tags, language, source key and flags included', () => {
    const neutral = buildSegment({ source: '{1/}', lang: 'neutral', sourceKey: '', repetition: true, contextSpecific: false });
    const fromXliff = buildSegment({ target: 'Spotkanie.', state: SegmentState.Draft, origin: 'xliff', externalId: 'tu-1#2' });
    for (const segment of [buildSegment(), fullSegment(), neutral, fromXliff]) {
      expect(fromSegmentDoc(toSegmentDoc(segment))).toStrictEqual(segment);
      expect(fromSegmentDoc(throughModel(models.Segment, toSegmentDoc(segment)))).toStrictEqual(segment);
    }
  });

  test('fields missing from a stored segment come back as null and []', () => {
    const segment = buildSegment();
    const { target: _t, origin: _o, mtTarget: _m, translatedBy: _tb, reviewedBy: _rb, tags: _tags, ...stored } = toSegmentDoc(segment);
    expect(fromSegmentDoc(stored as SegmentDoc)).toStrictEqual(segment);
  });

  test('a segment event round-trips exactly and its seq stays in the database', () => {
    const events: SegmentEvent[] = [
      buildEvent(),
      buildEvent({ actorId: null, action: 'propose', note: 'mt', fromTarget: null, toTarget: 'Tekst.' }),
      buildEvent({ action: 'reject', fromState: SegmentState.Translated, toState: SegmentState.Rejected, note: 'Literówka', version: 5 }),
      buildEvent({ action: 'propagated', actorId: 'user-3', note: 'segment-8' }),
      buildEvent({ action: 'context_specific', fromState: SegmentState.Draft, toState: SegmentState.Draft, note: null }),
    ];
    for (const [i, event] of events.entries()) {
      const doc = toSegmentEventDoc(event, i + 10);
      expect(doc.seq).toBe(i + 10);
      expect(fromSegmentEventDoc(doc)).toStrictEqual(event);
      expect(fromSegmentEventDoc(throughModel(models.SegmentEvent, doc))).toStrictEqual(event);
    }
  });

  test('an mt job round-trips exactly, failed ones with their error, its seq staying in the database', () => {
    for (const job of [buildJob(), buildJob({ status: 'failed', done: 3, errorCode: 'mt_quota_exceeded', errorDetail: '456', updatedAt: minutesAfterNow(2) })]) {
      expect(fromMtJobDoc(toMtJobDoc(job, 3))).toStrictEqual(job);
      expect(fromMtJobDoc(throughModel(models.MtJob, toMtJobDoc(job, 3)))).toStrictEqual(job);
    }
  });

  test('an mt cache entry round-trips exactly, keyed by its key', () => {
    const entry = { key: 'sha256:abc|default|glossary-1', translation: 'Dzień dobry.' };
    expect(toMtCacheDoc(entry)).toStrictEqual({ _id: 'sha256:abc|default|glossary-1', translation: 'Dzień dobry.' });
    expect(fromMtCacheDoc(toMtCacheDoc(entry))).toStrictEqual(entry);
  });

  test('a session round-trips exactly, with and without expiry', () => {
    for (const session of [buildSession(), buildSession({ kind: 'token', name: 'CI', expiresAt: null })]) {
      expect(fromSessionDoc(toSessionDoc(session))).toStrictEqual(session);
      expect(fromSessionDoc(throughModel(models.Session, toSessionDoc(session)))).toStrictEqual(session);
    }
  });

  test('an alignment round-trips exactly, bead confidences and markup included', () => {
    const alignment = buildAlignment({
      format: 'markdown',
      deSentences: ['Das **4. Treffen** fand statt.', 'Danke!'],
      plSentences: ['Odbyło się **4. spotkanie**.'],
      beads: [{ de: [0], pl: [0], confidence: 0.8765432109876543 }, { de: [1], pl: [], confidence: 1 }],
      status: 'confirmed',
      version: 4,
      updatedAt: minutesAfterNow(30),
    });
    expect(fromAlignmentDoc(toAlignmentDoc(alignment))).toStrictEqual(alignment);
    expect(fromAlignmentDoc(throughModel(models.Alignment, toAlignmentDoc(alignment)))).toStrictEqual(alignment);
  });

  test('a tm unit round-trips exactly, with and without origin id, its seq staying in the database', () => {
    for (const unit of [buildTmUnit(), buildTmUnit({ origin: 'tmx', originId: null, updatedAt: minutesAfterNow(1) })]) {
      const doc = toTmUnitDoc(unit, 7);
      expect(doc.seq).toBe(7);
      expect(fromTmUnitDoc(doc)).toStrictEqual(unit);
      expect(fromTmUnitDoc(throughModel(models.TmUnit, doc))).toStrictEqual(unit);
    }
  });

  test('a tm unit with context round-trips exactly, null context included; its revision stays in the database', () => {
    for (const unit of [buildTmUnit({ prevSource: null, nextSource: 'Danke.' }), buildTmUnit({ prevSource: 'Hallo.', nextSource: null })]) {
      const doc = toTmUnitDoc(unit, 7, 9);
      expect([doc.seq, doc.revision]).toEqual([7, 9]);
      expect(fromTmUnitDoc(doc)).toStrictEqual(unit);
      expect(fromTmUnitDoc(throughModel(models.TmUnit, doc))).toStrictEqual(unit);
    }
  });

  test('a document with its TM analysis round-trips exactly', () => {
    const tally = (segments: number, words: number) => ({ segments, words });
    const analysis = {
      '101': tally(1, 5), '100': tally(2, 9), '95-99': tally(0, 0), '85-94': tally(1, 7), '75-84': tally(0, 0),
      '50-74': tally(0, 0), no_match: tally(3, 21), repetition: tally(1, 4), locked: tally(1, 2),
    };
    const document = buildDocument({ analysis });
    expect(fromDocumentDoc(toDocumentDoc(document))).toStrictEqual(document);
    expect(fromDocumentDoc(throughModel(models.Document, toDocumentDoc(document)))).toStrictEqual(document);
  });

  test('a project with TM settings round-trips exactly', () => {
    const project = buildProject({ settings: { formality: 'default', allowSelfApproval: false, tm: { shareMemory: false, threshold: 80, exactState: 'approved', inContextState: 'approved' } } });
    expect(fromProjectDoc(toProjectDoc(project))).toStrictEqual(project);
    expect(fromProjectDoc(throughModel(models.Project, toProjectDoc(project)))).toStrictEqual(project);
  });

  test('segmentation rules are stored as JSON text (user-chosen keys never become BSON field names) and round-trip exactly', () => {
    const segmentation = { de: { abbreviations: { 'z. B.': 'never_ends' as const, 'US$.': 'before_number' as const } }, pl: { exceptions: [{ break: false, before: 'ul\\.', after: ' ' }] } };
    const project = buildProject({ settings: { formality: 'default', allowSelfApproval: false, segmentation } });
    expect(toProjectDoc(project).settings.segmentation).toBe(JSON.stringify(segmentation));
    expect(fromProjectDoc(toProjectDoc(project))).toStrictEqual(project);
    expect(fromProjectDoc(throughModel(models.Project, toProjectDoc(project)))).toStrictEqual(project);
    // A project stored before, with the rules as a plain object, reads the same.
    const legacy = { ...toProjectDoc(project), settings: { ...toProjectDoc(project).settings, segmentation: JSON.parse(JSON.stringify(segmentation)) } };
    expect(fromProjectDoc(legacy)).toStrictEqual(project);
  });

  test('a project with QA settings round-trips exactly, empty severities included', () => {
    const settings: ProjectQaSettings[] = [{ disabled: ['numbers', 'whitespace'], severity: { placeholders: 'warning' } }, { disabled: [], severity: {} }];
    for (const qa of settings) {
      const project = buildProject({ settings: { formality: 'default', allowSelfApproval: false, qa } });
      expect(fromProjectDoc(toProjectDoc(project))).toStrictEqual(project);
      expect(fromProjectDoc(throughModel(models.Project, toProjectDoc(project)))).toStrictEqual(project);
    }
  });

  test('a stored QA result round-trips exactly, issue parameters and override reason included', () => {
    const result = buildQaResult({
      segmentId: 'segment-1',
      documentId: 'document-1',
      version: 3,
      issues: [
        { check: 'numbers', severity: 'error', code: 'qa.numbers.missing', params: { number: '2500' } },
        { check: 'mt_unedited', severity: 'info', code: 'qa.mt_unedited.unedited', params: {} },
      ],
      checkedAt: minutesAfterNow(2),
      overrideReason: 'Betrag steht in der Tabelle',
    });
    for (const stored of [result, { ...result, issues: [], errors: 0, infos: 0, overrideReason: null }]) {
      expect(fromSegmentQaDoc(toSegmentQaDoc(stored))).toStrictEqual(stored);
      expect(fromSegmentQaDoc(throughModel(models.SegmentQa, toSegmentQaDoc(stored)))).toStrictEqual(stored);
      expect(validationErrors(new models.SegmentQa(toSegmentQaDoc(stored)))).toBeNull();
    }
  });

  test('timestamps are stored as BSON dates (the TTL index needs a date)', () => {
    expect(toSessionDoc(buildSession()).expiresAt).toEqual(new Date('2026-11-24T22:00:00.000Z'));
  });
});

describe('mongo error translation', () => {
  test('a duplicate e-mail names the field from keyPattern', () => {
    const error = Object.assign(new Error('E11000'), { code: 11000, keyPattern: { email: 1 }, keyValue: { email: 'a@b.pl' } });
    expect(duplicateKey(error)).toEqual({ field: 'email', value: 'a@b.pl', collection: null });
  });

  test('a duplicate inside a bulk write is found in writeErrors, the field read from the message', () => {
    const error = {
      code: 11000,
      writeErrors: [{ err: { code: 11000, errmsg: 'E11000 duplicate key error collection: nysa.segments index: documentId_1_index_1 dup key: { documentId: "d", index: 0 }' } }],
    };
    expect(duplicateKey({ writeErrors: error.writeErrors })).toEqual({ field: 'documentId', value: undefined, collection: 'segments' });
    expect(
      duplicateKey({ code: 11000, errmsg: 'E11000 duplicate key error collection: nysa.users index: _id_ dup key: { _id: "u" }' }),
    ).toEqual({ field: '_id', value: undefined, collection: 'users' });
  });

  test('other errors are not duplicates', () => {
    expect(duplicateKey(new Error('boom'))).toBeNull();
    expect(duplicateKey({ code: 112 })).toBeNull();
    expect(duplicateKey(null)).toBeNull();
  });

  test('a duplicate id becomes Conflict', () => {
    const error = translateError({ code: 11000, keyPattern: { _id: 1 }, keyValue: { _id: 'job-1' } }, 'mt job');
    expect(error).toBeInstanceOf(Conflict);
    expect(error).toMatchObject({ code: 'conflict', details: { entity: 'mt job', field: '_id', value: 'job-1' } });
  });

  test('a duplicate names the entity of the collection the server reports', () => {
    const bulk = {
      code: 11000,
      errmsg: 'E11000 duplicate key error collection: nysa_test_1.segments index: _id_ dup key: { _id: "document-1-s1" }',
      keyPattern: { _id: 1 },
      keyValue: { _id: 'document-1-s1' },
    };
    expect(translateError(bulk, 'document')).toMatchObject({
      code: 'conflict',
      message: 'segment already exists',
      details: { entity: 'segment', field: '_id', value: 'document-1-s1' },
    });
  });

  test('a schema violation becomes InvalidInput naming the paths', () => {
    const validation = new models.Segment({ ...toSegmentDoc(buildSegment()), state: 'done', wordCount: -1 }).validateSync();
    const error = translateError(validation, 'segment');
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error).toMatchObject({ code: 'invalid_input', message: 'invalid segment: state, wordCount', details: { entity: 'segment', paths: ['state', 'wordCount'] } });
  });

  test('domain errors and unknown errors pass unchanged', () => {
    const conflict = new Conflict('taken');
    const network = new Error('connection reset');
    expect(translateError(conflict, 'user')).toBe(conflict);
    expect(translateError(network, 'user')).toBe(network);
  });
});

// The repositories' own logic (compare-and-set, error mapping, ordering, summaries) over recording
// fakes of the models. What MongoDB itself does is left to the contract suite against a server.
describe('mongo repositories over fake models (no server)', () => {
  type Call = { method: string; args: unknown[] };

  /** A chainable query stand-in: records every call and resolves `exec()` to `result`. */
  function fakeQuery(calls: Call[], method: string, args: unknown[], result: unknown) {
    calls.push({ method, args });
    const query = {
      sort: (...a: unknown[]) => (calls.push({ method: 'sort', args: a }), query),
      skip: (...a: unknown[]) => (calls.push({ method: 'skip', args: a }), query),
      limit: (...a: unknown[]) => (calls.push({ method: 'limit', args: a }), query),
      session: (...a: unknown[]) => (calls.push({ method: 'session', args: a }), query),
      lean: () => query,
      exec: () => (result instanceof Error ? Promise.reject(result) : Promise.resolve(result)),
    };
    return query;
  }

  describe('users', () => {
    const repository = (create: () => Promise<unknown>, calls: Call[] = []) =>
      new MongoUserRepository({
        create,
        findOne: (...args: unknown[]) => fakeQuery(calls, 'findOne', args, null),
      } as unknown as mongoose.Model<UserDoc>);

    test('a duplicate e-mail becomes Conflict email_taken with the lower-cased e-mail', async () => {
      const duplicate = Object.assign(new Error('E11000'), { code: 11000, keyPattern: { email: 1 }, keyValue: { email: 'ewa@nysa.test' } });
      const error = await repository(() => Promise.reject(duplicate)).create(buildUser({ email: 'Ewa@Nysa.test' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Conflict);
      expect(error).toMatchObject({ code: 'email_taken', message: 'e-mail already registered', details: { email: 'ewa@nysa.test' } });
    });

    test('a duplicate id is a plain conflict', async () => {
      const duplicate = { code: 11000, keyPattern: { _id: 1 }, keyValue: { _id: 'user-1' } };
      const error = await repository(() => Promise.reject(duplicate)).create(buildUser()).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'conflict', details: { entity: 'user', field: '_id', value: 'user-1' } });
    });

    test('findByEmail looks the e-mail up lower-cased', async () => {
      const calls: Call[] = [];
      await repository(() => Promise.resolve(), calls).findByEmail('ANNA@Example.PL');
      expect(calls).toEqual([{ method: 'findOne', args: [{ email: 'anna@example.pl' }] }]);
    });
  });

  describe('segments', () => {
    function setup(
      options: {
        matched?: Record<string, number>;
        stored?: Record<string, number | null>;
        groups?: unknown[];
        existing?: string[];
        keys?: string[];
      } = {},
    ) {
      const calls: Call[] = [];
      let counter = 40;
      const models = {
        Counter: {
          findOneAndUpdate: (filter: unknown, update: { $inc: { seq: number } }, opts: unknown) => {
            counter += update.$inc.seq;
            return fakeQuery(calls, 'Counter.findOneAndUpdate', [filter, update, opts], { _id: 'segmentEvents', seq: counter });
          },
        },
        Segment: {
          updateOne: (filter: { _id: string }, update: unknown, opts: unknown) =>
            fakeQuery(calls, 'Segment.updateOne', [filter, update, opts], { matchedCount: options.matched?.[filter._id] ?? 1 }),
          findById: (id: string, projection: unknown) => {
            const version = options.stored?.[id];
            return fakeQuery(calls, 'Segment.findById', [id, projection], version == null ? null : { _id: id, version });
          },
          find: (...args: unknown[]) =>
            fakeQuery(calls, 'Segment.find', args, (options.existing ?? []).map((id) => ({ _id: id }))),
          countDocuments: (filter: unknown) => fakeQuery(calls, 'Segment.countDocuments', [filter], 0),
          distinct: (...args: unknown[]) => fakeQuery(calls, 'Segment.distinct', args, options.keys ?? []),
          aggregate: (pipeline: unknown) => fakeQuery(calls, 'Segment.aggregate', [pipeline], options.groups ?? []),
        },
        SegmentEvent: {
          find: (...args: unknown[]) => fakeQuery(calls, 'SegmentEvent.find', args, []),
          insertMany: (docs: unknown, opts: unknown) => {
            calls.push({ method: 'SegmentEvent.insertMany', args: [docs, opts] });
            return Promise.resolve(docs);
          },
          create: (doc: unknown) => {
            calls.push({ method: 'SegmentEvent.create', args: [doc] });
            return Promise.resolve(doc);
          },
        },
      };
      const connection = {
        transaction: async (fn: (session: unknown) => Promise<unknown>) => {
          calls.push({ method: 'transaction', args: [] });
          return fn('SESSION');
        },
      };
      const repository = new MongoSegmentRepository(connection as unknown as Connection, models as unknown as MongoModels);
      return { calls, repository };
    }

    const change = (id: string, expectedVersion: number) => {
      const segment = buildSegment({ id, version: expectedVersion + 1, state: SegmentState.Draft, target: 'Tekst.' });
      return { segment, expectedVersion, event: buildEvent({ id: `event-${id}`, segmentId: id, version: expectedVersion + 1 }) };
    };

    test('applyChanges compares and sets each version, then inserts the events in order with fresh seqs', async () => {
      const { calls, repository } = setup();
      const changes = [change('s1', 1), change('s2', 3)];
      await repository.applyChanges(changes);
      // The work on the target only (SEGMENT_WORK_FIELDS): no source, structure or place.
      const segment = changes[0]!.segment;
      const fields = {
        target: 'Tekst.',
        state: SegmentState.Draft,
        origin: segment.origin,
        mtTarget: segment.mtTarget,
        contextSpecific: segment.contextSpecific,
        translatedBy: segment.translatedBy,
        reviewedBy: segment.reviewedBy,
        version: 2,
        updatedAt: new Date(segment.updatedAt),
      };
      expect(calls.map((c) => c.method)).toEqual([
        'Counter.findOneAndUpdate',
        'transaction',
        'Segment.updateOne',
        'Segment.updateOne',
        'SegmentEvent.insertMany',
      ]);
      expect(calls[0]!.args).toEqual([{ _id: 'segmentEvents' }, { $inc: { seq: 2 } }, { upsert: true, new: true }]);
      expect(calls[2]!.args).toEqual([{ _id: 's1', version: 1 }, { $set: fields }, { session: 'SESSION', runValidators: true }]);
      expect(calls[3]!.args[0]).toEqual({ _id: 's2', version: 3 });
      expect(calls[4]!.args).toEqual([
        [toSegmentEventDoc(changes[0]!.event, 41), toSegmentEventDoc(changes[1]!.event, 42)],
        { session: 'SESSION' },
      ]);
    });

    test('applyChanges raises the approved revision of each project whose segments enter or leave the approved state, after the transaction', async () => {
      const { calls, repository } = setup();
      const approve = { ...change('s1', 1), segment: { ...change('s1', 1).segment, state: SegmentState.Approved } };
      const reject = { ...change('s2', 1), segment: { ...change('s2', 1).segment, projectId: 'project-2' }, event: buildEvent({ id: 'event-s2', segmentId: 's2', fromState: SegmentState.Approved, toState: SegmentState.Rejected }) };
      const alsoApprove = { ...change('s3', 1), segment: { ...change('s3', 1).segment, state: SegmentState.Approved } };

      await repository.applyChanges([approve, change('s4', 1), reject, alsoApprove]);

      const raised = calls.slice(calls.findIndex((c) => c.method === 'SegmentEvent.insertMany') + 1);
      expect(raised.map((c) => [c.method, c.args[0]])).toEqual([
        ['Counter.findOneAndUpdate', { _id: 'approvedRevision:project-1' }],
        ['Counter.findOneAndUpdate', { _id: 'approvedRevision:project-2' }],
      ]);
    });

    test('applyChanges raises no approved revision for changes that neither enter nor leave the approved state', async () => {
      const { calls, repository } = setup();
      await repository.applyChanges([change('s1', 1), change('s2', 3)]);
      expect(calls.filter((c) => c.method === 'Counter.findOneAndUpdate')).toHaveLength(1); // the events' sequence
    });

    test('applyChanges throws VersionConflict for the first stale segment and inserts no event', async () => {
      const { calls, repository } = setup({ matched: { s2: 0 }, stored: { s2: 7 } });
      const error = await repository.applyChanges([change('s1', 1), change('s2', 3), change('s3', 1)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VersionConflict);
      expect(error).toMatchObject({
        code: 'version_conflict',
        segmentId: 's2',
        expectedVersion: 3,
        actualVersion: 7,
        details: { segmentId: 's2', expectedVersion: 3, actualVersion: 7 },
      });
      expect(calls.map((c) => c.method)).toEqual([
        'Counter.findOneAndUpdate',
        'transaction',
        'Segment.updateOne',
        'Segment.updateOne',
        'Segment.findById',
        'session',
      ]);
      expect(calls[4]!.args).toEqual(['s2', { version: 1 }]);
      expect(calls[5]!.args).toEqual(['SESSION']);
    });

    test('applyChanges throws NotFound when the segment does not exist', async () => {
      const { repository } = setup({ matched: { s1: 0 }, stored: {} });
      const error = await repository.applyChanges([change('s1', 1)]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ code: 'not_found', message: 'segment not found: s1', params: { entity: 'segment' } });
    });

    test('applyChanges with nothing to change touches nothing', async () => {
      const { calls, repository } = setup();
      await repository.applyChanges([]);
      expect(calls).toEqual([]);
    });

    test('appendEvents inserts several events in one transaction, seqs in the order given', async () => {
      const { calls, repository } = setup({ existing: ['s1', 's2'] });
      const events = [buildEvent({ segmentId: 's2' }), buildEvent({ segmentId: 's1' }), buildEvent({ segmentId: 's2' })];
      await repository.appendEvents(events);
      expect(calls.map((c) => c.method)).toEqual(['Segment.find', 'Counter.findOneAndUpdate', 'transaction', 'SegmentEvent.insertMany']);
      expect(calls[0]!.args).toEqual([{ _id: { $in: ['s2', 's1'] } }, { _id: 1 }]);
      expect(calls[3]!.args).toEqual([events.map((event, i) => toSegmentEventDoc(event, 41 + i)), { session: 'SESSION' }]);
    });

    test('appendEvents of one event needs no transaction', async () => {
      const { calls, repository } = setup({ existing: ['s1'] });
      const event = buildEvent({ segmentId: 's1' });
      await repository.appendEvents([event]);
      expect(calls.map((c) => c.method)).toEqual(['Segment.find', 'Counter.findOneAndUpdate', 'SegmentEvent.create']);
      expect(calls[2]!.args).toEqual([toSegmentEventDoc(event, 41)]);
    });

    test('appendEvents refuses events of an unknown segment and writes none', async () => {
      const { calls, repository } = setup({ existing: ['s1'] });
      const error = await repository.appendEvents([buildEvent({ segmentId: 's1' }), buildEvent({ segmentId: 's-gone' })]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ message: 'segment not found: s-gone', params: { entity: 'segment' } });
      expect(calls.map((c) => c.method)).toEqual(['Segment.find']);
    });

    test('history sorts by time, then by insertion order', async () => {
      const { calls, repository } = setup();
      await repository.history('s1');
      expect(calls).toEqual([
        { method: 'SegmentEvent.find', args: [{ segmentId: 's1' }] },
        { method: 'sort', args: [{ at: 1, seq: 1 }] },
      ]);
    });

    test('page sorts by index, skips and limits, and counts with the same filter', async () => {
      const { calls, repository } = setup();
      await repository.page({ documentId: 'd1', states: [SegmentState.New, SegmentState.Draft], offset: 20, limit: 10 });
      const filter = { documentId: 'd1', removedInRevision: null, state: { $in: ['new', 'draft'] } };
      expect(calls).toEqual([
        { method: 'Segment.find', args: [filter] },
        { method: 'sort', args: [{ index: 1 }] },
        { method: 'skip', args: [20] },
        { method: 'limit', args: [10] },
        { method: 'Segment.countDocuments', args: [filter] },
      ]);
    });

    test('page with limit 0 only counts (MongoDB would read limit 0 as no limit)', async () => {
      const { calls, repository } = setup();
      expect(await repository.page({ documentId: 'd1', offset: 0, limit: 0 })).toEqual({ items: [], total: 0 });
      expect(calls).toEqual([{ method: 'Segment.countDocuments', args: [{ documentId: 'd1', removedInRevision: null }] }]);
    });

    test('summarize groups by document and state in one aggregation', async () => {
      const { calls, repository } = setup();
      await repository.summarize(['d1', 'd2', 'd1']);
      expect(calls).toEqual([
        {
          method: 'Segment.aggregate',
          args: [
            [
              { $match: { documentId: { $in: ['d1', 'd2'] }, removedInRevision: null } },
              {
                $group: {
                  _id: { documentId: '$documentId', state: '$state' },
                  segments: { $sum: 1 },
                  words: { $sum: '$wordCount' },
                  repeatedSegments: { $sum: { $cond: ['$repetition', 1, 0] } },
                  repeatedWords: { $sum: { $cond: ['$repetition', '$wordCount', 0] } },
                  translators: { $addToSet: '$translatedBy' },
                  reviewers: { $addToSet: '$reviewedBy' },
                },
              },
            ],
          ],
        },
      ]);
    });

    test('summarize answers one entry per id asked for, in request order, zeros for documents without segments', async () => {
      const { repository } = setup({
        groups: [
          { _id: { documentId: 'd2', state: 'approved' }, segments: 2, words: 11, repeatedSegments: 1, repeatedWords: 5, translators: ['user-b', 'user-a'], reviewers: ['user-r'] },
          { _id: { documentId: 'd2', state: 'new' }, segments: 1, words: 4, repeatedSegments: 0, repeatedWords: 0, translators: [null], reviewers: [null] },
          { _id: { documentId: 'd2', state: 'translated' }, segments: 3, words: 9, repeatedSegments: 2, repeatedWords: 7, translators: ['user-a', 'user-c'], reviewers: [null] },
        ],
      });
      const zero = { segments: 0, words: 0 };
      expect(await repository.summarize(['d9', 'd2'])).toEqual([
        {
          documentId: 'd9',
          byState: { new: zero, draft: zero, translated: zero, rejected: zero, approved: zero, locked: zero },
          repetitions: zero,
          translatorIds: [],
          reviewerIds: [],
        },
        {
          documentId: 'd2',
          byState: {
            new: { segments: 1, words: 4 },
            draft: zero,
            translated: { segments: 3, words: 9 },
            rejected: zero,
            approved: { segments: 2, words: 11 },
            locked: zero,
          },
          repetitions: { segments: 3, words: 12 },
          translatorIds: ['user-a', 'user-b', 'user-c'],
          reviewerIds: ['user-r'],
        },
      ]);
    });

    test('findBySourceKeys finds the twins of some sentences in one project, each key once, in the states asked, sorted by document, then index', async () => {
      const { calls, repository } = setup();
      expect(await repository.findBySourceKeys('p1', ['Danke.', 'Bitte.', 'Danke.'], [SegmentState.New, SegmentState.Draft])).toEqual([]);
      expect(calls).toEqual([
        { method: 'Segment.find', args: [{ projectId: 'p1', sourceKey: { $in: ['Danke.', 'Bitte.'] }, state: { $in: ['new', 'draft'] }, removedInRevision: null }] },
        { method: 'sort', args: [{ documentId: 1, index: 1 }] },
      ]);
    });

    test('existingSourceKeys asks once for the distinct keys among those given, each key once', async () => {
      const { calls, repository } = setup({ keys: ['Eins.', ''] });
      expect(await repository.existingSourceKeys('p1', ['Eins.', 'Zwei.', 'Eins.', ''])).toEqual(new Set(['Eins.', '']));
      expect(calls).toEqual([
        { method: 'Segment.distinct', args: ['sourceKey', { projectId: 'p1', sourceKey: { $in: ['Eins.', 'Zwei.', ''] }, removedInRevision: null }] },
      ]);
    });

    test('existingSourceKeys of no keys asks nothing', async () => {
      const { calls, repository } = setup();
      expect(await repository.existingSourceKeys('p1', [])).toEqual(new Set());
      expect(calls).toEqual([]);
    });

    test('summarize of no documents asks nothing', async () => {
      const { calls, repository } = setup();
      expect(await repository.summarize([])).toEqual([]);
      expect(calls).toEqual([]);
    });
  });

  describe('mt cache', () => {
    test('putMany upserts with $setOnInsert, the first entry of a repeated key winning', async () => {
      const bulk: unknown[] = [];
      const repository = new MongoMtCacheRepository({
        bulkWrite: (ops: unknown, opts: unknown) => (bulk.push(ops, opts), Promise.resolve({})),
      } as unknown as mongoose.Model<MtCacheDoc>);
      await repository.putMany([
        { key: 'a', translation: 'Pierwsze.' },
        { key: 'b', translation: 'Drugie.' },
        { key: 'a', translation: 'Nie to.' },
      ]);
      expect(bulk).toEqual([
        [
          { updateOne: { filter: { _id: 'a' }, update: { $setOnInsert: { translation: 'Pierwsze.' } }, upsert: true } },
          { updateOne: { filter: { _id: 'b' }, update: { $setOnInsert: { translation: 'Drugie.' } }, upsert: true } },
        ],
        { ordered: false },
      ]);
    });

    test('putMany ignores a lost race on the same key but not other write errors', async () => {
      const failing = (error: unknown) =>
        new MongoMtCacheRepository({ bulkWrite: () => Promise.reject(error) } as unknown as mongoose.Model<MtCacheDoc>);
      const race = { code: 11000, writeErrors: [{ code: 11000, err: { code: 11000 } }] };
      await expect(failing(race).putMany([{ key: 'a', translation: 'x' }])).resolves.toBeUndefined();
      const mixed = { code: 11000, writeErrors: [{ code: 11000 }, { code: 121 }] };
      await expect(failing(mixed).putMany([{ key: 'a', translation: 'x' }, { key: 'b', translation: 'y' }])).rejects.toBeInstanceOf(Conflict);
    });
  });

  describe('documents', () => {
    function setup(projectExists: boolean) {
      const calls: Call[] = [];
      const record = (method: string) => (...args: unknown[]) => {
        calls.push({ method, args });
        return Promise.resolve(args[0]);
      };
      const models = {
        Project: { exists: (filter: unknown) => fakeQuery(calls, 'Project.exists', [filter], projectExists ? { _id: 'p' } : null) },
        Document: { create: record('Document.create') },
        Segment: { insertMany: record('Segment.insertMany') },
        SegmentEvent: { insertMany: record('SegmentEvent.insertMany') },
        Counter: {
          findOneAndUpdate: (...args: unknown[]) => fakeQuery(calls, 'Counter.findOneAndUpdate', args, { _id: 'segmentEvents', seq: 12 }),
        },
      };
      const connection = {
        transaction: async (fn: (session: unknown) => Promise<unknown>) => {
          calls.push({ method: 'transaction', args: [] });
          return fn('SESSION');
        },
      };
      return { calls, repository: new MongoDocumentRepository(connection as unknown as Connection, models as unknown as MongoModels) };
    }

    test('createWithSegments writes document, segments and events in one transaction', async () => {
      const { calls, repository } = setup(true);
      const document = buildDocument({ id: 'd1', projectId: 'p', segmentCount: 2 });
      const segments = [buildSegment({ id: 'a', documentId: 'd1', index: 0 }), buildSegment({ id: 'b', documentId: 'd1', index: 1 })];
      const events = segments.map((segment) => buildEvent({ segmentId: segment.id, action: 'created' }));
      await repository.createWithSegments(document, segments, events);
      expect(calls).toEqual([
        { method: 'Counter.findOneAndUpdate', args: [{ _id: 'segmentEvents' }, { $inc: { seq: 2 } }, { upsert: true, new: true }] },
        { method: 'transaction', args: [] },
        { method: 'Project.exists', args: [{ _id: 'p' }] },
        { method: 'session', args: ['SESSION'] },
        { method: 'Document.create', args: [[toDocumentDoc(document)], { session: 'SESSION' }] },
        { method: 'Segment.insertMany', args: [segments.map(toSegmentDoc), { session: 'SESSION' }] },
        { method: 'SegmentEvent.insertMany', args: [[toSegmentEventDoc(events[0]!, 11), toSegmentEventDoc(events[1]!, 12)], { session: 'SESSION' }] },
      ]);
    });

    test('createWithSegments refuses a document of an unknown project before writing anything', async () => {
      const { calls, repository } = setup(false);
      const error = await repository.createWithSegments(buildDocument({ projectId: 'p-gone' }), [], []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ params: { entity: 'project' }, message: 'project not found: p-gone' });
      expect(calls.map((c) => c.method)).toEqual(['transaction', 'Project.exists', 'session']);
    });

    test('addBilledCharacters refuses a negative or fractional amount', async () => {
      const { repository } = setup(true);
      await expect(repository.addBilledCharacters('d1', -3)).rejects.toBeInstanceOf(InvalidInput);
      await expect(repository.addBilledCharacters('d1', 1.5)).rejects.toBeInstanceOf(InvalidInput);
    });
  });

  describe('mt jobs', () => {
    function setup(documentExists = true, matchedCount = 1) {
      const calls: Call[] = [];
      const jobs = {
        create: (doc: unknown) => (calls.push({ method: 'MtJob.create', args: [doc] }), Promise.resolve(doc)),
        updateOne: (...args: unknown[]) => fakeQuery(calls, 'MtJob.updateOne', args, { matchedCount }),
        findOneAndUpdate: (...args: unknown[]) => fakeQuery(calls, 'MtJob.findOneAndUpdate', args, matchedCount > 0 ? { leaseVersion: 4 } : null),
        findOne: (...args: unknown[]) => fakeQuery(calls, 'MtJob.findOne', args, null),
        find: (...args: unknown[]) => fakeQuery(calls, 'MtJob.find', args, []),
      };
      const counters = {
        findOneAndUpdate: (...args: unknown[]) => fakeQuery(calls, 'Counter.findOneAndUpdate', args, { _id: 'mtJobs', seq: 5 }),
      };
      const documents = { exists: (...args: unknown[]) => fakeQuery(calls, 'Document.exists', args, documentExists ? { _id: 'd' } : null) };
      const repository = new MongoMtJobRepository(
        jobs as unknown as mongoose.Model<MtJobDoc>,
        counters as unknown as mongoose.Model<CounterDoc>,
        documents as unknown as mongoose.Model<DocumentDoc>,
      );
      return { calls, repository };
    }

    test('create numbers the job in creation order', async () => {
      const { calls, repository } = setup();
      const job = buildJob({ documentId: 'd' });
      await repository.create(job);
      expect(calls.map((c) => c.method)).toEqual(['Document.exists', 'Counter.findOneAndUpdate', 'MtJob.create']);
      expect(calls[2]!.args).toEqual([toMtJobDoc(job, 5)]);
    });

    test('create refuses a job of an unknown document', async () => {
      const { calls, repository } = setup(false);
      await expect(repository.create(buildJob({ documentId: 'd-gone' }))).rejects.toMatchObject({ code: 'not_found', params: { entity: 'document' } });
      expect(calls.map((c) => c.method)).toEqual(['Document.exists']);
    });

    test('update sets every domain field and leaves the creation order alone', async () => {
      const { calls, repository } = setup();
      const job = buildJob({ status: 'running', done: 4 });
      await repository.update(job);
      const { _id, seq: _seq, ...fields } = toMtJobDoc(job, 1);
      expect(calls).toEqual([{ method: 'MtJob.updateOne', args: [{ _id: job.id }, { $set: fields }, { runValidators: true }] }]);
    });

    test('update of an unknown job is NotFound', async () => {
      const { repository } = setup(true, 0);
      await expect(repository.update(buildJob({ id: 'job-gone' }))).rejects.toMatchObject({ code: 'not_found', message: 'mt job not found: job-gone' });
    });

    const FREE_LEASE = {
      status: { $in: ['queued', 'running'] },
      $or: [{ leaseOwner: null }, { leaseExpiresAt: { $lte: new Date('2026-11-24T10:00:00.000Z') } }],
    };

    test('claim is one findOneAndUpdate that requires an unfinished job with a free lease and takes the next version', async () => {
      const { calls, repository } = setup();
      expect(await repository.claim('job-1', 'instance-a', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:30.000Z')).toEqual({ jobId: 'job-1', owner: 'instance-a', version: 4 });
      expect(calls).toEqual([
        {
          method: 'MtJob.findOneAndUpdate',
          args: [
            { _id: 'job-1', ...FREE_LEASE },
            { $set: { leaseOwner: 'instance-a', leaseExpiresAt: new Date('2026-11-24T10:00:30.000Z') }, $inc: { leaseVersion: 1 } },
            { new: true, projection: { leaseVersion: 1 } },
          ],
        },
      ]);
      expect(await setup(true, 0).repository.claim('job-1', 'instance-b', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:30.000Z')).toBeNull();
    });

    test('updateLeased sets the domain fields only where owner and version still match, and says whether it did', async () => {
      const { calls, repository } = setup();
      const job = buildJob({ id: 'job-1', status: 'running', done: 4 });
      const lease = { jobId: 'job-1', owner: 'instance-a', version: 3 };
      expect(await repository.updateLeased(job, lease)).toBe(true);
      const { _id, seq: _seq, ...fields } = toMtJobDoc(job, 1);
      expect(calls).toEqual([{ method: 'MtJob.updateOne', args: [{ _id: 'job-1', leaseOwner: 'instance-a', leaseVersion: 3 }, { $set: fields }, { runValidators: true }] }]);
      expect(await setup(true, 0).repository.updateLeased(job, lease)).toBe(false);
    });

    test('renew and release touch only the held lease; listClaimable asks for free leases, oldest first', async () => {
      const { calls, repository } = setup();
      const lease = { jobId: 'job-1', owner: 'instance-a', version: 3 };
      expect(await repository.renew(lease, '2026-11-24T10:01:00.000Z')).toBe(true);
      await repository.release(lease);
      await repository.listClaimable('2026-11-24T10:00:00.000Z');
      const held = { _id: 'job-1', leaseOwner: 'instance-a', leaseVersion: 3 };
      expect(calls).toEqual([
        { method: 'MtJob.updateOne', args: [held, { $set: { leaseExpiresAt: new Date('2026-11-24T10:01:00.000Z') } }] },
        { method: 'MtJob.updateOne', args: [held, { $set: { leaseOwner: null, leaseExpiresAt: null } }] },
        { method: 'MtJob.find', args: [FREE_LEASE] },
        { method: 'sort', args: [{ createdAt: 1, seq: 1 }] },
      ]);
    });

    test('newest and oldest break createdAt ties by creation order', async () => {
      const { calls, repository } = setup();
      await repository.latestForDocument('d');
      await repository.listUnfinished();
      expect(calls).toEqual([
        { method: 'MtJob.findOne', args: [{ documentId: 'd' }] },
        { method: 'sort', args: [{ createdAt: -1, seq: -1 }] },
        { method: 'MtJob.find', args: [{ status: { $in: ['queued', 'running'] } }] },
        { method: 'sort', args: [{ createdAt: 1, seq: 1 }] },
      ]);
    });
  });

  describe('sessions', () => {
    test('create refuses a session of an unknown user', async () => {
      const calls: Call[] = [];
      const repository = new MongoSessionRepository(
        { create: () => Promise.reject(new Error('must not be called')) } as unknown as mongoose.Model<SessionDoc>,
        { exists: (...args: unknown[]) => fakeQuery(calls, 'User.exists', args, null) } as unknown as mongoose.Model<UserDoc>,
      );
      await expect(repository.create(buildSession({ userId: 'user-gone' }))).rejects.toMatchObject({ code: 'not_found', params: { entity: 'user' } });
      expect(calls).toEqual([{ method: 'User.exists', args: [{ _id: 'user-gone' }] }]);
    });
  });

  describe('alignments', () => {
    function setup(options: { matched?: number; stored?: number | null; projectExists?: boolean } = {}) {
      const calls: Call[] = [];
      const record = (method: string) => (...args: unknown[]) => (calls.push({ method, args }), Promise.resolve(args[0]));
      const models = {
        Project: { exists: (filter: unknown) => fakeQuery(calls, 'Project.exists', [filter], options.projectExists === false ? null : { _id: 'p' }) },
        Alignment: {
          create: record('Alignment.create'),
          updateOne: (...args: unknown[]) => fakeQuery(calls, 'Alignment.updateOne', args, { matchedCount: options.matched ?? 1 }),
          findById: (id: string, projection: unknown) =>
            fakeQuery(calls, 'Alignment.findById', [id, projection], options.stored == null ? null : { _id: id, version: options.stored }),
          find: (...args: unknown[]) => fakeQuery(calls, 'Alignment.find', args, []),
        },
        TmUnit: { insertMany: record('TmUnit.insertMany') },
        Counter: {
          findOneAndUpdate: (filter: unknown, update: { $inc: { seq: number } }, opts: unknown) =>
            fakeQuery(calls, 'Counter.findOneAndUpdate', [filter, update, opts], { _id: 'tmUnits', seq: 20 + update.$inc.seq }),
        },
      };
      const connection = {
        transaction: async (fn: (session: unknown) => Promise<unknown>) => {
          calls.push({ method: 'transaction', args: [] });
          return fn('SESSION');
        },
      };
      return { calls, repository: new MongoAlignmentRepository(connection as unknown as Connection, models as unknown as MongoModels) };
    }

    /** What an update sets: everything but the key, the project and the creation. */
    const changedFields = (alignment: ReturnType<typeof buildAlignment>) => {
      const { _id, projectId: _p, createdBy: _b, createdAt: _c, ...fields } = toAlignmentDoc(alignment);
      return fields;
    };

    test('create refuses an alignment of an unknown project before writing', async () => {
      const { calls, repository } = setup({ projectExists: false });
      await expect(repository.create(buildAlignment({ projectId: 'p-gone' }))).rejects.toMatchObject({ code: 'not_found', params: { entity: 'project' } });
      expect(calls.map((c) => c.method)).toEqual(['Project.exists']);
    });

    test('update compares and sets the version, leaving project and creation alone', async () => {
      const { calls, repository } = setup();
      const alignment = buildAlignment({ id: 'a1', version: 3 });
      await repository.update(alignment, 2);
      expect(calls).toEqual([{ method: 'Alignment.updateOne', args: [{ _id: 'a1', version: 2 }, { $set: changedFields(alignment) }, { runValidators: true }] }]);
    });

    test('a stale update is VersionConflict with the stored version; an unknown one NotFound', async () => {
      const stale = await setup({ matched: 0, stored: 5 }).repository.update(buildAlignment({ id: 'a1', version: 3 }), 2).catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(VersionConflict);
      expect(stale).toMatchObject({ code: 'version_conflict', expectedVersion: 2, actualVersion: 5 });
      const gone = await setup({ matched: 0, stored: null }).repository.update(buildAlignment({ id: 'a1', version: 3 }), 2).catch((e: unknown) => e);
      expect(gone).toMatchObject({ code: 'not_found', params: { entity: 'alignment' } });
    });

    test('confirm sets the alignment and inserts its units with fresh seqs in one transaction', async () => {
      const { calls, repository } = setup();
      const alignment = buildAlignment({ id: 'a1', status: 'confirmed', version: 2 });
      const units = [buildTmUnit({ id: 'u1' }), buildTmUnit({ id: 'u2' })];
      await repository.confirm(alignment, 1, units);
      expect(calls).toEqual([
        { method: 'Counter.findOneAndUpdate', args: [{ _id: 'tmUnits' }, { $inc: { seq: 2 } }, { upsert: true, new: true }] },
        { method: 'transaction', args: [] },
        { method: 'Alignment.updateOne', args: [{ _id: 'a1', version: 1 }, { $set: changedFields(alignment) }, { session: 'SESSION', runValidators: true }] },
        { method: 'TmUnit.insertMany', args: [[toTmUnitDoc(units[0]!, 21), toTmUnitDoc(units[1]!, 22)], { session: 'SESSION' }] },
      ]);
    });

    test('a stale confirm inserts no unit', async () => {
      const { calls, repository } = setup({ matched: 0, stored: 4 });
      const error = await repository.confirm(buildAlignment({ id: 'a1', version: 2 }), 1, [buildTmUnit()]).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'version_conflict', expectedVersion: 1, actualVersion: 4 });
      expect(calls.map((c) => c.method)).toEqual(['Counter.findOneAndUpdate', 'transaction', 'Alignment.updateOne', 'Alignment.findById', 'session']);
      expect(calls[4]!.args).toEqual(['SESSION']);
    });

    test('listByProject sorts oldest first, ties by id', async () => {
      const { calls, repository } = setup();
      await repository.listByProject('p');
      expect(calls).toEqual([
        { method: 'Alignment.find', args: [{ projectId: 'p' }] },
        { method: 'sort', args: [{ createdAt: 1, _id: 1 }] },
      ]);
    });
  });

  describe('tm units', () => {
    test('listByProject pages in (createdAt, seq) order and counts the project', async () => {
      const calls: Call[] = [];
      const doc = toTmUnitDoc(buildTmUnit({ id: 'u1' }), 3);
      const repository = new MongoTmUnitRepository({
        find: (...args: unknown[]) => fakeQuery(calls, 'TmUnit.find', args, [doc]),
        countDocuments: (...args: unknown[]) => fakeQuery(calls, 'TmUnit.countDocuments', args, 9),
      } as unknown as mongoose.Model<TmUnitDoc>);
      expect(await repository.listByProject('p', 4, 2)).toEqual({ items: [fromTmUnitDoc(doc)], total: 9 });
      expect(calls).toEqual([
        { method: 'TmUnit.find', args: [{ projectId: 'p' }] },
        { method: 'sort', args: [{ createdAt: 1, seq: 1 }] },
        { method: 'skip', args: [4] },
        { method: 'limit', args: [2] },
        { method: 'TmUnit.countDocuments', args: [{ projectId: 'p' }] },
      ]);
    });

    /** A repository over fakes: `stored` is what findOne finds, `updated` what the compare-and-set returns. */
    function tmSetup(options: { stored?: TmUnitDoc | null; updated?: TmUnitDoc | null; current?: TmUnitDoc | null; createError?: unknown } = {}) {
      const calls: Call[] = [];
      const units = {
        findOne: (...args: unknown[]) => fakeQuery(calls, 'TmUnit.findOne', args, options.stored ?? null),
        create: (doc: unknown) => (calls.push({ method: 'TmUnit.create', args: [doc] }), options.createError ? Promise.reject(options.createError) : Promise.resolve(doc)),
        findOneAndUpdate: (...args: unknown[]) => fakeQuery(calls, 'TmUnit.findOneAndUpdate', args, options.updated ?? null),
        findById: (...args: unknown[]) => fakeQuery(calls, 'TmUnit.findById', args, options.current ?? null),
        find: (...args: unknown[]) => fakeQuery(calls, 'TmUnit.find', args, []),
      };
      const counters = {
        findOneAndUpdate: (filter: unknown, update: { $inc: { seq: number } }, opts: unknown) =>
          fakeQuery(calls, 'Counter.findOneAndUpdate', [filter, update, opts], { _id: 'tmUnits', seq: 40 + update.$inc.seq }),
      };
      const repository = new MongoTmUnitRepository(units as unknown as mongoose.Model<TmUnitDoc>, counters as unknown as mongoose.Model<CounterDoc>);
      return { calls, repository };
    }
    const segmentUnit = (overrides: Parameters<typeof buildTmUnit>[0] = {}) =>
      buildTmUnit({ id: 'u1', origin: 'segment', originId: 's1', prevSource: null, nextSource: 'Danke.', ...overrides });

    test('upsertForOrigin inserts a new segment unit with a fresh revision as its seq', async () => {
      const { calls, repository } = tmSetup();
      const unit = segmentUnit();
      expect(await repository.upsertForOrigin(unit)).toEqual({ unit, revision: 41 });
      expect(calls).toEqual([
        { method: 'TmUnit.findOne', args: [{ origin: 'segment', originId: 's1' }] },
        { method: 'Counter.findOneAndUpdate', args: [{ _id: 'tmUnits' }, { $inc: { seq: 1 } }, { upsert: true, new: true }] },
        { method: 'TmUnit.create', args: [toTmUnitDoc(unit, 41)] },
      ]);
    });

    test('upsertForOrigin of an unchanged pair and context writes nothing and keeps the revision', async () => {
      const unit = segmentUnit();
      const { calls, repository } = tmSetup({ stored: toTmUnitDoc(unit, 7, 12) });
      expect(await repository.upsertForOrigin({ ...unit, id: 'u-new', updatedAt: minutesAfterNow(5) })).toEqual({ unit, revision: 12 });
      expect(calls.map((c) => c.method)).toEqual(['TmUnit.findOne']);
    });

    test('upsertForOrigin of a changed target sets it over an older revision only, keeping id and creation', async () => {
      const unit = segmentUnit();
      const changed = { ...unit, id: 'u-new', target: 'Inny.', updatedAt: minutesAfterNow(5) };
      const after = { ...toTmUnitDoc(unit, 7, 41), target: 'Inny.', updatedAt: new Date(minutesAfterNow(5)) };
      const { calls, repository } = tmSetup({ stored: toTmUnitDoc(unit, 7, 12), updated: after });
      expect(await repository.upsertForOrigin(changed)).toEqual({ unit: { ...unit, target: 'Inny.', updatedAt: minutesAfterNow(5) }, revision: 41 });
      expect(calls[2]).toEqual({
        method: 'TmUnit.findOneAndUpdate',
        args: [
          { _id: 'u1', revision: { $lt: 41 } },
          { $set: { source: unit.source, target: 'Inny.', updatedAt: new Date(minutesAfterNow(5)), revision: 41, prevSource: null, nextSource: 'Danke.' } },
          { new: true, runValidators: true },
        ],
      });
    });

    test('upsertForOrigin refuses units of other origins', async () => {
      const error = await tmSetup().repository.upsertForOrigin(buildTmUnit()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInput);
    });

    test('listChangedSince reads revisions above the cursor in order, of some projects or all', async () => {
      const { calls, repository } = tmSetup();
      expect(await repository.listChangedSince(null, 5, 100)).toEqual([]);
      expect(await repository.listChangedSince(['p1', 'p2'], 0, 10)).toEqual([]);
      expect(await repository.listChangedSince([], 0, 10)).toEqual([]);
      expect(calls).toEqual([
        { method: 'TmUnit.find', args: [{ revision: { $gt: 5 } }] },
        { method: 'sort', args: [{ revision: 1 }] },
        { method: 'limit', args: [100] },
        { method: 'TmUnit.find', args: [{ revision: { $gt: 0 }, projectId: { $in: ['p1', 'p2'] } }] },
        { method: 'sort', args: [{ revision: 1 }] },
        { method: 'limit', args: [10] },
      ]);
    });
  });
});
