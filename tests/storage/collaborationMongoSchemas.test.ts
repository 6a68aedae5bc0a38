// The MongoDB schemas and mappers of comments, assignments and notifications, checked without a server:
// models compiled on a connection that never opens. The repositories' behaviour is the shared contract
// (collaborationContract.ts), run by mongo.test.ts against a real server.
import {
  fromAssignmentDoc,
  fromNotificationDoc,
  fromNotificationSettingsDoc,
  fromProjectDoc,
  fromSegmentCommentDoc,
  toAssignmentDoc,
  toProjectDoc,
  toNotificationDoc,
  toNotificationSettingsDoc,
  toSegmentCommentDoc,
  type MongoModels,
} from '../../server/storage/mongo';
import { MongoNotificationRepository } from '../../server/storage/mongo/repositories/notificationRepository';
import { buildProject, FIXED_NOW, minutesAfterNow } from '../support/builders';
import { buildAssignment, buildComment, buildNotification } from './collaborationContract';
import { withOfflineModels, validationErrorsOf as errorsOf } from '../support/offlineMongo';

let models: MongoModels;
withOfflineModels((defined) => (models = defined));

describe('mongo comment schema', () => {
  test('a comment maps to its document and back unchanged, nulls included', () => {
    const comment = buildComment({ id: 'c1', segmentId: 's1', documentId: 'd1', mentions: ['u1'], resolved: true, resolvedBy: 'u2', resolvedAt: minutesAfterNow(1) });
    const doc = toSegmentCommentDoc(comment, 5);

    expect(doc).toMatchObject({ _id: 'c1', seq: 5, createdAt: new Date(FIXED_NOW), editedAt: null, resolvedAt: new Date(minutesAfterNow(1)) });
    expect(fromSegmentCommentDoc(doc)).toEqual(comment);
    expect(errorsOf(new models.SegmentComment(doc))).toBeNull();
  });

  test('the schema refuses an unknown kind and an empty text', () => {
    const doc = { ...toSegmentCommentDoc(buildComment({ id: 'c1', segmentId: 's1', documentId: 'd1' }), 1), kind: 'gossip', text: '' };
    expect(errorsOf(new models.SegmentComment(doc))).toEqual(['kind', 'text']);
  });

  test('comments are listed by segment in written order and counted by document through their indexes', () => {
    expect(models.SegmentComment.schema.indexes()).toEqual([
      [{ segmentId: 1, createdAt: 1, seq: 1 }, { background: true }],
      [{ documentId: 1 }, { background: true }],
    ]);
  });
});

describe('mongo assignment schema', () => {
  test('a range assignment and a whole-document one map to their documents and back unchanged', () => {
    for (const assignment of [
      buildAssignment({ id: 'a1', documentId: 'd1', range: { first: 3, last: 9 }, translationDue: minutesAfterNow(60) }),
      buildAssignment({ id: 'a2', documentId: 'd1', range: null, reviewerId: null }),
    ]) {
      const doc = toAssignmentDoc(assignment);
      expect(fromAssignmentDoc(doc)).toEqual(assignment);
      expect(errorsOf(new models.Assignment(doc))).toBeNull();
    }
    expect(toAssignmentDoc(buildAssignment({ id: 'a1', documentId: 'd1', range: { first: 0, last: 4 } }))).toMatchObject({ firstIndex: 0, lastIndex: 4 });
  });

  test('the schema refuses a negative or fractional index and a version below 1', () => {
    const doc = { ...toAssignmentDoc(buildAssignment({ id: 'a1', documentId: 'd1' })), firstIndex: -1, lastIndex: 2.5, version: 0 };
    expect(errorsOf(new models.Assignment(doc))).toEqual(['firstIndex', 'lastIndex', 'version']);
  });
});

describe('mongo notification schemas', () => {
  test('a notification and a person’s settings map to their documents and back unchanged', () => {
    const notification = buildNotification({ id: 'n1', userId: 'u1', kind: 'overdue', dedupeKey: 'overdue:a1:review:x', readAt: minutesAfterNow(3) });
    const doc = toNotificationDoc(notification, 9);
    expect(fromNotificationDoc(doc)).toEqual(notification);
    expect(errorsOf(new models.Notification(doc))).toBeNull();

    const settings = { userId: 'u1', muted: ['overdue' as const, 'reply' as const] };
    expect(toNotificationSettingsDoc(settings)).toEqual({ _id: 'u1', muted: ['overdue', 'reply'] });
    expect(fromNotificationSettingsDoc(toNotificationSettingsDoc(settings))).toEqual(settings);
    expect(errorsOf(new models.NotificationSettings(toNotificationSettingsDoc(settings)))).toBeNull();
  });

  test('the schemas refuse an unknown kind, also among muted kinds', () => {
    expect(errorsOf(new models.Notification({ ...toNotificationDoc(buildNotification({ id: 'n1', userId: 'u1' }), 1), kind: 'spam' }))).toEqual(['kind']);
    expect(errorsOf(new models.NotificationSettings({ _id: 'u1', muted: ['spam'] }))).toEqual(['muted.0']);
  });

  test('a key is unique per person only where it is set (partial index); lists read newest first by person', () => {
    expect(models.Notification.schema.indexes()).toEqual([
      [{ userId: 1, createdAt: -1, seq: -1 }, { background: true }],
      [{ userId: 1, dedupeKey: 1 }, { unique: true, partialFilterExpression: { dedupeKey: { $type: 'string' } }, background: true }],
    ]);
    expect([models.Notification.collection.collectionName, models.NotificationSettings.collection.collectionName]).toEqual(['notifications', 'notificationSettings']);
  });

  test('a notification whose key another process stored meanwhile is not stored twice: the duplicate key error reads as "already sent"', async () => {
    const duplicate = Object.assign(new Error('E11000'), { code: 11000, keyPattern: { userId: 1, dedupeKey: 1 }, keyValue: { userId: 'u1', dedupeKey: 'k' } });
    const query = (result: unknown) => ({ exec: () => Promise.resolve(result), lean: () => query(result) });
    const repository = new MongoNotificationRepository(
      { exists: () => query(null), create: () => Promise.reject(duplicate) } as never,
      {} as never,
      { exists: () => query({ _id: 'u1' }) } as never,
      { findOneAndUpdate: () => query({ _id: 'notifications', seq: 1 }) } as never,
    );
    expect(await repository.create(buildNotification({ id: 'n1', userId: 'u1', dedupeKey: 'k' }))).toBe(false);
    await expect(repository.create(buildNotification({ id: 'n1', userId: 'u1', dedupeKey: null }))).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('mongo project settings: editing outside one’s assignment', () => {
  test('the setting maps to its document and back when set, and stays absent when not', () => {
    const allowed = buildProject({ settings: { formality: 'default', allowSelfApproval: false, allowEditOutsideAssignment: true } });
    expect(fromProjectDoc(toProjectDoc(allowed))).toEqual(allowed);
    expect(errorsOf(new models.Project(toProjectDoc(allowed)))).toBeNull();
    const unset = buildProject({ settings: { formality: 'default', allowSelfApproval: false } });
    expect(fromProjectDoc(toProjectDoc(unset)).settings).toEqual({ formality: 'default', allowSelfApproval: false });
  });
});
