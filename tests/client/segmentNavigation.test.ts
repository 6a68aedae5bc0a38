import { startSegmentId, stepFrom } from '../../client/src/lib/segmentNavigation';

const list = [
  { id: 'a', state: 'approved' as const },
  { id: 'b', state: 'translated' as const },
  { id: 'c', state: 'draft' as const },
  { id: 'd', state: 'translated' as const },
];

describe('startSegmentId', () => {
  it('starts translating at the first open segment, reviewing at the first translated one', () => {
    expect(startSegmentId(list, 'translate')).toBe('c');
    expect(startSegmentId(list, 'review')).toBe('b');
  });

  it('starts at the first segment when none is open or translated, and nowhere without segments', () => {
    const done = [
      { id: 'x', state: 'approved' as const },
      { id: 'y', state: 'locked' as const },
    ];
    expect(startSegmentId(done, 'translate')).toBe('x');
    expect(startSegmentId(done, 'review')).toBe('x');
    expect(startSegmentId([], 'translate')).toBeNull();
  });
});

describe('stepFrom', () => {
  it('steps down and up the list and stays at its ends', () => {
    expect(stepFrom(list, 'b', 1)).toBe('c');
    expect(stepFrom(list, 'b', -1)).toBe('a');
    expect(stepFrom(list, 'd', 1)).toBe('d');
    expect(stepFrom(list, 'a', -1)).toBe('a');
  });

  it('goes to the first segment when none or one outside the list (filtered away) is current', () => {
    expect(stepFrom(list, null, 1)).toBe('a');
    expect(stepFrom(list, 'gone', -1)).toBe('a');
    expect(stepFrom(list, null, 0)).toBe('a');
  });

  it('goes nowhere in an empty list', () => {
    expect(stepFrom([], 'a', 1)).toBeNull();
  });
});
