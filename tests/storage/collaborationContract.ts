// The behaviour the comment, assignment and notification repositories promise (server/ports/
// commentRepository.ts, assignmentRepository.ts, notificationRepository.ts). sqlite.test.ts and
// mongo.test.ts call describeCollaborationContract with a function that opens a fresh, empty store.
import type { Assignment } from '../../server/domain/assignments/types';
import type { SegmentComment } from '../../server/domain/comments/types';
import type { DocumentRecord } from '../../server/domain/documents/types';
import { Conflict, NotFound, VersionConflict } from '../../server/domain/errors';
import type { Notification } from '../../server/domain/notifications/types';
import type { Segment } from '../../server/domain/segments/types';
import type { Store } from '../../server/ports/repositories';
import { buildCreatedEvent, buildDocument, buildProject, buildSegments, buildUser, FIXED_NOW, minutesAfterNow, resetBuilderIds } from '../support/builders';

export function buildComment(overrides: Partial<SegmentComment> & Pick<SegmentComment, 'id' | 'segmentId' | 'documentId'>): SegmentComment {
  return {
    projectId: 'project-1',
    threadId: overrides.id,
    replyTo: null,
    kind: 'comment',
    authorId: 'user-reviewer',
    text: 'Bitte die Zahl prüfen.',
    mentions: [],
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: FIXED_NOW,
    editedAt: null,
    ...overrides,
  };
}

export function buildAssignment(overrides: Partial<Assignment> & Pick<Assignment, 'id' | 'documentId'>): Assignment {
  return {
    projectId: 'project-1',
    range: null,
    translatorId: 'user-translator',
    reviewerId: 'user-reviewer',
    translationDue: null,
    reviewDue: null,
    createdBy: 'user-coordinator',
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    version: 1,
    ...overrides,
  };
}

export function buildNotification(overrides: Partial<Notification> & Pick<Notification, 'id' | 'userId'>): Notification {
  return {
    kind: 'mention',
    actorId: 'user-reviewer',
    projectId: 'project-1',
    documentId: 'document-1',
    segmentId: 'segment-1',
    commentId: 'comment-1',
    assignmentId: null,
    params: { documentTitle: 'Pressemitteilung', segmentNumber: 3 },
    dedupeKey: null,
    createdAt: FIXED_NOW,
    readAt: null,
    ...overrides,
  };
}

export function describeCollaborationContract(name: string, open: () => Promise<Store>): void {
  describe(`collaboration store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    /** A project, one document with `count` segments. */
    const seedDocument = async (count = 3): Promise<{ document: DocumentRecord; segments: Segment[] }> => {
      const project = buildProject();
      await store.projects.create(project);
      const document = buildDocument({ projectId: project.id, segmentCount: count });
      const segments = buildSegments(document, count);
      await store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
      return { document, segments };
    };

    describe('comments', () => {
      const commentOn = (segment: Segment, overrides: Partial<SegmentComment> & { id: string }) =>
        buildComment({ segmentId: segment.id, documentId: segment.documentId, projectId: segment.projectId, ...overrides });

      it('stores a comment and reads it back exactly', async () => {
        const { segments } = await seedDocument();
        const comment = commentOn(segments[0], { id: 'c1', kind: 'rejection', mentions: ['user-a', 'user-b'], text: 'Zahl <b>fehlt</b> & “Quote”' });
        await store.comments.create(comment);

        expect(await store.comments.findById('c1')).toEqual(comment);
        expect(await store.comments.findById('c-unknown')).toBeNull();
      });

      it('refuses a comment on an unknown segment (NotFound segment) and a taken id (Conflict)', async () => {
        const { segments } = await seedDocument();
        await expect(store.comments.create(buildComment({ id: 'c1', segmentId: 'segment-unknown', documentId: 'd' }))).rejects.toMatchObject({
          code: 'not_found',
          params: { entity: 'segment' },
        });
        await store.comments.create(commentOn(segments[0], { id: 'c1' }));
        await expect(store.comments.create(commentOn(segments[1], { id: 'c1' }))).rejects.toBeInstanceOf(Conflict);
      });

      it('lists a segment’s comments oldest first, those of the same instant in the order written', async () => {
        const { segments } = await seedDocument();
        await store.comments.create(commentOn(segments[0], { id: 'late', createdAt: minutesAfterNow(5) }));
        await store.comments.create(commentOn(segments[0], { id: 'same-b', createdAt: minutesAfterNow(1) }));
        await store.comments.create(commentOn(segments[0], { id: 'same-a', createdAt: minutesAfterNow(1) }));
        await store.comments.create(commentOn(segments[0], { id: 'first', createdAt: FIXED_NOW }));
        await store.comments.create(commentOn(segments[1], { id: 'other' }));

        expect((await store.comments.listBySegment(segments[0].id)).map((c) => c.id)).toEqual(['first', 'same-b', 'same-a', 'late']);
        expect(await store.comments.listBySegment(segments[2].id)).toEqual([]);
      });

      it('update replaces text, mentions, resolution and edit time, keeping segment, thread, author and creation', async () => {
        const { segments } = await seedDocument();
        const comment = commentOn(segments[0], { id: 'c1' });
        await store.comments.create(comment);
        const changed: SegmentComment = {
          ...comment,
          text: 'Erledigt?',
          mentions: ['user-a'],
          resolved: true,
          resolvedBy: 'user-reviewer',
          resolvedAt: minutesAfterNow(3),
          editedAt: minutesAfterNow(2),
        };

        await store.comments.update({ ...changed, authorId: 'someone-else', segmentId: segments[1].id, createdAt: minutesAfterNow(9) });

        expect(await store.comments.findById('c1')).toEqual(changed);
        await expect(store.comments.update(commentOn(segments[0], { id: 'c-unknown' }))).rejects.toMatchObject({ code: 'not_found', params: { entity: 'comment' } });
      });

      it('countByDocument counts comments and open threads per segment that has comments, by segment id', async () => {
        const { document, segments } = await seedDocument();
        await store.comments.create(commentOn(segments[2], { id: 't1' }));
        await store.comments.create(commentOn(segments[2], { id: 't1-r1', threadId: 't1', replyTo: 't1' }));
        await store.comments.create(commentOn(segments[2], { id: 't2', resolved: true, resolvedBy: 'u', resolvedAt: FIXED_NOW }));
        await store.comments.create(commentOn(segments[0], { id: 't3', resolved: true, resolvedBy: 'u', resolvedAt: FIXED_NOW }));
        await store.comments.create(commentOn(segments[0], { id: 't3-r1', threadId: 't3', replyTo: 't3' }));

        const expected = [
          { segmentId: segments[0].id, comments: 2, openThreads: 0 },
          { segmentId: segments[2].id, comments: 3, openThreads: 1 },
        ].sort((a, b) => (a.segmentId < b.segmentId ? -1 : 1));
        expect(await store.comments.countByDocument(document.id)).toEqual(expected);
        expect(await store.comments.countByDocument('document-unknown')).toEqual([]);
      });
    });

    describe('assignments', () => {
      it('stores an assignment (a range or the whole document) and reads it back exactly', async () => {
        const { document } = await seedDocument();
        const whole = buildAssignment({ id: 'a-whole', documentId: document.id, projectId: document.projectId, translationDue: minutesAfterNow(60), reviewDue: null });
        const range = buildAssignment({ id: 'a-range', documentId: document.id, projectId: document.projectId, range: { first: 0, last: 1 }, translatorId: null });
        await store.assignments.create(whole);
        await store.assignments.create(range);

        expect(await store.assignments.findById('a-whole')).toEqual(whole);
        expect(await store.assignments.findById('a-range')).toEqual(range);
        expect(await store.assignments.findById('a-unknown')).toBeNull();
      });

      it('refuses an assignment of an unknown document (NotFound document) and a taken id (Conflict)', async () => {
        const { document } = await seedDocument();
        await expect(store.assignments.create(buildAssignment({ id: 'a1', documentId: 'document-unknown' }))).rejects.toMatchObject({
          code: 'not_found',
          params: { entity: 'document' },
        });
        await store.assignments.create(buildAssignment({ id: 'a1', documentId: document.id }));
        await expect(store.assignments.create(buildAssignment({ id: 'a1', documentId: document.id }))).rejects.toBeInstanceOf(Conflict);
      });

      it('update replaces the stored assignment when the version matches, else VersionConflict with the stored version; NotFound when missing', async () => {
        const { document } = await seedDocument();
        const assignment = buildAssignment({ id: 'a1', documentId: document.id });
        await store.assignments.create(assignment);
        const changed: Assignment = { ...assignment, range: { first: 1, last: 2 }, reviewerId: null, reviewDue: minutesAfterNow(5), updatedAt: minutesAfterNow(1), version: 2 };

        await store.assignments.update(changed, 1);
        expect(await store.assignments.findById('a1')).toEqual(changed);

        const stale = await store.assignments.update({ ...changed, translatorId: 'x', version: 3 }, 1).catch((error: unknown) => error);
        expect(stale).toBeInstanceOf(VersionConflict);
        expect(stale).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
        expect(await store.assignments.findById('a1')).toEqual(changed);
        await expect(store.assignments.update(buildAssignment({ id: 'a-unknown', documentId: document.id }), 1)).rejects.toBeInstanceOf(NotFound);
      });

      it('delete removes an assignment and says whether there was one', async () => {
        const { document } = await seedDocument();
        await store.assignments.create(buildAssignment({ id: 'a1', documentId: document.id }));

        expect(await store.assignments.delete('a1')).toBe(true);
        expect(await store.assignments.delete('a1')).toBe(false);
        expect(await store.assignments.findById('a1')).toBeNull();
      });

      it('lists a document’s assignments whole-document first, then by first segment; a user’s and several documents’ oldest first; those due before a time', async () => {
        const { document } = await seedDocument(10);
        const other = buildDocument({ projectId: document.projectId, segmentCount: 0 });
        await store.documents.createWithSegments(other, [], []);
        const make = (id: string, overrides: Partial<Assignment>) => buildAssignment({ id, documentId: document.id, projectId: document.projectId, ...overrides });
        const late = make('a-late', { range: { first: 6, last: 9 }, translatorId: 'anna', reviewerId: 'piotr', createdAt: minutesAfterNow(3), reviewDue: minutesAfterNow(10) });
        const early = make('a-early', { range: { first: 0, last: 2 }, translatorId: 'marta', reviewerId: 'anna', createdAt: minutesAfterNow(2), translationDue: minutesAfterNow(20) });
        const whole = buildAssignment({ id: 'a-whole', documentId: other.id, translatorId: 'anna', reviewerId: null, createdAt: minutesAfterNow(1), translationDue: minutesAfterNow(30) });
        for (const assignment of [late, early, whole]) await store.assignments.create(assignment);

        expect((await store.assignments.listByDocument(document.id)).map((a) => a.id)).toEqual(['a-early', 'a-late']);
        expect((await store.assignments.listByDocument(other.id)).map((a) => a.id)).toEqual(['a-whole']);
        expect((await store.assignments.listForUser('anna')).map((a) => a.id)).toEqual(['a-whole', 'a-early', 'a-late']);
        expect((await store.assignments.listForUser('piotr')).map((a) => a.id)).toEqual(['a-late']);
        expect(await store.assignments.listForUser('nobody')).toEqual([]);
        expect((await store.assignments.listByDocuments([document.id, other.id])).map((a) => a.id)).toEqual(['a-whole', 'a-early', 'a-late']);
        expect(await store.assignments.listByDocuments([])).toEqual([]);
        expect((await store.assignments.listDueBefore(minutesAfterNow(20))).map((a) => a.id)).toEqual(['a-late']);
        expect((await store.assignments.listDueBefore(minutesAfterNow(21))).map((a) => a.id)).toEqual(['a-early', 'a-late']);
        expect((await store.assignments.listDueBefore(minutesAfterNow(31))).map((a) => a.id)).toEqual(['a-whole', 'a-early', 'a-late']);
      });
    });

    describe('notifications', () => {
      const seedUsers = async (...ids: string[]) => {
        for (const id of ids) await store.users.create(buildUser({ id, email: `${id}@nysa.test` }));
      };

      it('stores a notification and reads it back exactly; NotFound user for an unknown user', async () => {
        await seedUsers('anna');
        const notification = buildNotification({ id: 'n1', userId: 'anna', params: { documentTitle: 'Bericht <2026>', segmentNumber: 4 } });

        expect(await store.notifications.create(notification)).toBe(true);
        expect(await store.notifications.findById('n1')).toEqual(notification);
        expect(await store.notifications.findById('n-unknown')).toBeNull();
        await expect(store.notifications.create(buildNotification({ id: 'n2', userId: 'nobody' }))).rejects.toMatchObject({ code: 'not_found', params: { entity: 'user' } });
      });

      it('stores a notification with a dedupe key once per user; other users and keys are separate', async () => {
        await seedUsers('anna', 'piotr');
        const key = 'overdue:a1:translation:2026-11-20T00:00:00.000Z';

        expect(await store.notifications.create(buildNotification({ id: 'n1', userId: 'anna', kind: 'overdue', dedupeKey: key }))).toBe(true);
        expect(await store.notifications.create(buildNotification({ id: 'n2', userId: 'anna', kind: 'overdue', dedupeKey: key }))).toBe(false);
        expect(await store.notifications.create(buildNotification({ id: 'n3', userId: 'piotr', kind: 'overdue', dedupeKey: key }))).toBe(true);
        expect(await store.notifications.create(buildNotification({ id: 'n4', userId: 'anna', kind: 'overdue', dedupeKey: `${key}x` }))).toBe(true);
        expect(await store.notifications.create(buildNotification({ id: 'n5', userId: 'anna' }))).toBe(true);
        expect(await store.notifications.create(buildNotification({ id: 'n6', userId: 'anna' }))).toBe(true);

        expect(await store.notifications.findById('n2')).toBeNull();
        expect(await store.notifications.countUnread('anna')).toBe(4);
      });

      it('pages a user’s notifications newest first (same instant: later written first), all or unread only, with total and unread counts', async () => {
        await seedUsers('anna', 'piotr');
        const ids = ['n-old', 'n-mid-1', 'n-mid-2', 'n-new'];
        const times = [FIXED_NOW, minutesAfterNow(1), minutesAfterNow(1), minutesAfterNow(2)];
        for (const [i, id] of ids.entries()) await store.notifications.create(buildNotification({ id, userId: 'anna', createdAt: times[i] }));
        await store.notifications.create(buildNotification({ id: 'n-piotr', userId: 'piotr' }));
        await store.notifications.markRead('anna', ['n-mid-1'], minutesAfterNow(3));

        const all = await store.notifications.page({ userId: 'anna', unreadOnly: false, offset: 0, limit: 10 });
        expect([all.items.map((n) => n.id), all.total, all.unread]).toEqual([['n-new', 'n-mid-2', 'n-mid-1', 'n-old'], 4, 3]);
        const second = await store.notifications.page({ userId: 'anna', unreadOnly: false, offset: 1, limit: 2 });
        expect(second.items.map((n) => n.id)).toEqual(['n-mid-2', 'n-mid-1']);
        const unread = await store.notifications.page({ userId: 'anna', unreadOnly: true, offset: 0, limit: 10 });
        expect([unread.items.map((n) => n.id), unread.total, unread.unread]).toEqual([['n-new', 'n-mid-2', 'n-old'], 3, 3]);
        expect(all.items[2].readAt).toBe(minutesAfterNow(3));
      });

      it('markRead marks the user’s unread ones among the ids, or all of them, and says how many changed', async () => {
        await seedUsers('anna', 'piotr');
        for (const id of ['a1', 'a2', 'a3']) await store.notifications.create(buildNotification({ id, userId: 'anna' }));
        await store.notifications.create(buildNotification({ id: 'p1', userId: 'piotr' }));

        expect(await store.notifications.markRead('anna', ['a1', 'p1', 'unknown'], minutesAfterNow(1))).toBe(1);
        expect(await store.notifications.markRead('anna', ['a1'], minutesAfterNow(2))).toBe(0);
        expect(await store.notifications.markRead('anna', [], minutesAfterNow(2))).toBe(0);
        expect((await store.notifications.findById('a1'))?.readAt).toBe(minutesAfterNow(1));
        expect((await store.notifications.findById('p1'))?.readAt).toBeNull();
        expect(await store.notifications.markRead('anna', null, minutesAfterNow(4))).toBe(2);
        expect([await store.notifications.countUnread('anna'), await store.notifications.countUnread('piotr')]).toEqual([0, 1]);
        expect((await store.notifications.findById('a1'))?.readAt).toBe(minutesAfterNow(1));
      });

      it('settings: nothing muted until saved; saving replaces the muted kinds; NotFound user for an unknown user', async () => {
        await seedUsers('anna');
        expect(await store.notifications.findSettings('anna')).toEqual({ userId: 'anna', muted: [] });

        await store.notifications.saveSettings({ userId: 'anna', muted: ['overdue', 'revision'] });
        expect(await store.notifications.findSettings('anna')).toEqual({ userId: 'anna', muted: ['overdue', 'revision'] });
        await store.notifications.saveSettings({ userId: 'anna', muted: [] });
        expect(await store.notifications.findSettings('anna')).toEqual({ userId: 'anna', muted: [] });
        await expect(store.notifications.saveSettings({ userId: 'nobody', muted: [] })).rejects.toMatchObject({ code: 'not_found', params: { entity: 'user' } });
      });
    });
  });
}
