import { assignmentProgress, compareWork, isStepLate, type WorkStep } from '../../../server/domain/assignments/progress';
import { assignmentAt, checkRange, rangesOverlap } from '../../../server/domain/assignments/ranges';
import { InvalidInput } from '../../../server/domain/errors';
import type { SegmentState } from '../../../server/domain/workflow/states';

const segment = (index: number, state: SegmentState, wordCount = 10) => ({ index, state, wordCount });
const SEGMENTS = [
  segment(0, 'approved', 4),
  segment(1, 'translated', 6),
  segment(2, 'rejected', 8),
  segment(3, 'draft', 10),
  segment(4, 'locked', 2),
  segment(5, 'new', 20),
];

describe('assignmentProgress', () => {
  test('counts segments and words done per step over the range: confirmed for translation, approved or locked for review', () => {
    expect(assignmentProgress({ range: { first: 0, last: 2 } }, SEGMENTS)).toEqual({
      translation: { segments: { done: 2, total: 3 }, words: { done: 10, total: 18 }, complete: false },
      review: { segments: { done: 1, total: 3 }, words: { done: 4, total: 18 }, complete: false },
    });
  });

  test('a whole-document assignment covers every segment; a range of confirmed segments is complete for translation', () => {
    expect(assignmentProgress({ range: null }, SEGMENTS).translation.segments).toEqual({ done: 3, total: 6 });
    expect(assignmentProgress({ range: { first: 0, last: 1 } }, SEGMENTS).translation.complete).toBe(true);
    expect(assignmentProgress({ range: { first: 4, last: 4 } }, SEGMENTS).review).toEqual({ segments: { done: 1, total: 1 }, words: { done: 2, total: 2 }, complete: true });
  });
});

describe('isStepLate', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  const progress = assignmentProgress({ range: { first: 0, last: 1 } }, SEGMENTS);

  test('a step is late when its due date passed and it is not complete', () => {
    const assignment = { translationDue: '2026-05-09T00:00:00.000Z', reviewDue: '2026-05-09T00:00:00.000Z' };
    expect(isStepLate(assignment, 'translation', progress, now)).toBe(false); // complete
    expect(isStepLate(assignment, 'review', progress, now)).toBe(true);
  });

  test('a step without a due date, or due later, is not late', () => {
    expect(isStepLate({ translationDue: null, reviewDue: '2026-05-11T00:00:00.000Z' }, 'review', progress, now)).toBe(false);
    expect(isStepLate({ translationDue: null, reviewDue: null }, 'review', progress, now)).toBe(false);
  });
});

describe('ranges', () => {
  test('two ranges overlap when they share a segment; a whole document overlaps everything', () => {
    expect(rangesOverlap({ first: 0, last: 4 }, { first: 4, last: 9 })).toBe(true);
    expect(rangesOverlap({ first: 0, last: 3 }, { first: 4, last: 9 })).toBe(false);
    expect(rangesOverlap(null, { first: 7, last: 7 })).toBe(true);
  });

  test('checkRange accepts a range inside the document and refuses others with invalid_range', () => {
    expect(() => checkRange({ first: 0, last: 9 }, 10)).not.toThrow();
    expect(() => checkRange(null, 10)).not.toThrow();
    for (const range of [{ first: 0, last: 10 }, { first: 5, last: 4 }, { first: -1, last: 2 }, { first: 0.5, last: 2 }]) {
      expect(() => checkRange(range, 10)).toThrow(InvalidInput);
      expect(() => checkRange(range, 10)).toThrow(expect.objectContaining({ code: 'invalid_range' }));
    }
  });

  test('assignmentAt finds the assignment covering an index', () => {
    const assignments = [{ id: 'a', range: { first: 0, last: 4 } }, { id: 'b', range: { first: 5, last: 9 } }];
    expect([assignmentAt(assignments, 0)?.id, assignmentAt(assignments, 5)?.id, assignmentAt(assignments, 10)]).toEqual(['a', 'b', null]);
  });
});

describe('compareWork (the order of "My work")', () => {
  const step = (overrides: Partial<WorkStep>): WorkStep => ({
    step: 'translation',
    due: null,
    late: false,
    progress: { segments: { done: 0, total: 1 }, words: { done: 0, total: 1 }, complete: false },
    documentCreatedAt: '2026-01-01T00:00:00.000Z',
    documentId: 'doc-a',
    firstIndex: 0,
    ...overrides,
  });

  test('late first, then by due date (undated last), then in document order, finished work last', () => {
    const items: Record<string, WorkStep> = {
      finished: step({ progress: { segments: { done: 1, total: 1 }, words: { done: 1, total: 1 }, complete: true }, late: false, due: '2026-01-01T00:00:00.000Z' }),
      undated: step({}),
      laterDue: step({ due: '2026-03-01T00:00:00.000Z' }),
      soonDue: step({ due: '2026-02-01T00:00:00.000Z' }),
      late: step({ due: '2026-04-01T00:00:00.000Z', late: true }),
      olderDocument: step({ documentCreatedAt: '2025-12-01T00:00:00.000Z', documentId: 'doc-z' }),
      secondRange: step({ firstIndex: 50 }),
      review: step({ step: 'review' }),
    };
    const order = Object.entries(items)
      .sort(([, a], [, b]) => compareWork(a, b))
      .map(([name]) => name);
    expect(order).toEqual(['late', 'soonDue', 'laterDue', 'olderDocument', 'undated', 'review', 'secondRange', 'finished']);
  });
});
