import type { Assignment } from '../../client/src/api/collaborationTypes';
import { assignmentAt, isMine, isOthersSegment, rangeNumbers } from '../../client/src/lib/assignmentScope';

const person = (id: string) => ({ id, name: id });
const assignments: Pick<Assignment, 'range' | 'translator' | 'reviewer'>[] = [
  { range: { first: 0, last: 4 }, translator: person('anna'), reviewer: person('piotr') },
  { range: { first: 5, last: 9 }, translator: person('marta'), reviewer: null },
  { range: { first: 10, last: 12 }, translator: null, reviewer: person('piotr') },
];
const rights = (userId: string, more: { manages?: boolean; allowOutside?: boolean } = {}) => ({ userId, manages: false, allowOutside: false, ...more });

describe('assignment scope in the workspace (as server/policies/assignments.ts)', () => {
  test('another translator’s range is read-only for me; my own, my review, unassigned and translator-less ranges are not', () => {
    expect([0, 5, 10, 13].map((index) => isOthersSegment(assignments, index, rights('anna')))).toEqual([false, true, false, false]);
    expect([0, 5].map((index) => isOthersSegment(assignments, index, rights('piotr')))).toEqual([false, true]);
  });

  test('coordinators, and everyone in projects that allow it, work anywhere', () => {
    expect(isOthersSegment(assignments, 5, rights('anna', { manages: true }))).toBe(false);
    expect(isOthersSegment(assignments, 5, rights('anna', { allowOutside: true }))).toBe(false);
  });

  test('mine: the ranges I translate or review', () => {
    expect([0, 5, 10, 13].map((index) => isMine(assignments, index, 'piotr'))).toEqual([true, false, true, false]);
    expect(assignmentAt(assignments, 7)?.translator?.id).toBe('marta');
    expect([rangeNumbers({ first: 0, last: 4 }), rangeNumbers(null)]).toEqual([{ first: 1, last: 5 }, null]);
  });
});
