import type { AppNotification } from '../../client/src/api/collaborationTypes';
import { notificationLink, notificationMessage } from '../../client/src/lib/notificationText';

const base: AppNotification = {
  id: 'n1',
  kind: 'mention',
  actor: { id: 'u1', name: 'Agnieszka Wiśniewska' },
  projectId: 'p1',
  document: { id: 'd1', title: 'Einladung' },
  segmentId: 's7',
  commentId: 'c1',
  assignmentId: null,
  params: { documentTitle: 'Einladung', segmentNumber: 7, excerpt: '@Tomasz bitte prüfen' },
  createdAt: '2026-05-04T08:00:00.000Z',
  read: false,
  readAt: null,
};

describe('notificationMessage', () => {
  test('a mention names who, where and what', () => {
    expect(notificationMessage(base)).toEqual({
      key: 'notifications.message.mention',
      values: { actor: 'Agnieszka Wiśniewska', document: 'Einladung', excerpt: '@Tomasz bitte prüfen', segment: '7', due: '' },
    });
  });

  test.each([
    [{ kind: 'assignment', params: { documentTitle: 'Einladung', step: 'review', due: '2026-05-10T12:00:00.000Z' } }, 'notifications.message.assignment_review'],
    [{ kind: 'assignment', params: { documentTitle: 'Einladung', step: 'translation', due: '', firstSegment: 1, lastSegment: 9 } }, 'notifications.message.assignment_translationRange'],
    [{ kind: 'ready_for_review', params: { documentTitle: 'Einladung', firstSegment: 1, lastSegment: 9 } }, 'notifications.message.ready_for_reviewRange'],
    [{ kind: 'overdue', actor: null, params: { documentTitle: 'Einladung', step: 'review', due: '2026-05-10T12:00:00.000Z' } }, 'notifications.message.overdue_review'],
    [{ kind: 'rejection' }, 'notifications.message.rejection'],
    [{ kind: 'revision', params: { documentTitle: 'Einladung' } }, 'notifications.message.revision'],
  ] as [Partial<AppNotification>, string][])('%j uses %s', (overrides, key) => {
    expect(notificationMessage({ ...base, ...overrides }).key).toBe(key);
  });

  test('a range is given as first and last segment numbers', () => {
    expect(notificationMessage({ ...base, kind: 'assignment', params: { step: 'translation', firstSegment: 4, lastSegment: 12 } }).values).toMatchObject({ first: '4', last: '12' });
  });
});

describe('notificationLink', () => {
  test('a comment leads to its segment, a reviewer’s news to review mode, an assignment to the document', () => {
    expect(notificationLink(base)).toBe('/documents/d1?segment=s7');
    expect(notificationLink({ ...base, kind: 'ready_for_review', segmentId: null })).toBe('/documents/d1/review');
    expect(notificationLink({ ...base, kind: 'overdue', segmentId: null, params: { step: 'translation' } })).toBe('/documents/d1');
    expect(notificationLink({ ...base, kind: 'assignment', segmentId: null, params: { step: 'review' } })).toBe('/documents/d1/review');
    expect(notificationLink({ ...base, document: null })).toBeNull();
  });
});
