// Ids are version 7 UUIDs (RFC 9562): the time they were made first, so ids made one after another sort
// in that order (new rows land at the end of their indexes), then bits no one can guess.
import { uuidGenerator, uuidV7Maker } from '../../server/ports/ids';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('an id is a version 7 UUID whose first 48 bits are the milliseconds since 1970', () => {
  const id = uuidV7Maker()(Date.UTC(2026, 11, 3, 20, 0, 0, 123)); // 0x01a23d7e0a7b ms
  expect(id).toMatch(V7);
  expect(id.slice(0, 13)).toBe('01a23d7e-0a7b');
  expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(Date.UTC(2026, 11, 3, 20, 0, 0, 123));
});

test('ids made one after another sort in that order, within one millisecond and across a clock going back', () => {
  const uuidV7 = uuidV7Maker();
  const at = Date.UTC(2027, 0, 1);
  // 10,000 in one millisecond: past the 4,096 the counter holds, the next millisecond is borrowed.
  const ids = [...Array.from({ length: 10_000 }, () => uuidV7(at)), uuidV7(at - 5000), uuidV7(at + 1)];
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.every((id) => V7.test(id))).toBe(true);
});

test('the generator the server uses makes such ids, no two alike', () => {
  const ids = Array.from({ length: 2000 }, () => uuidGenerator.next());
  expect(ids.every((id) => V7.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(2000);
  expect([...ids].sort()).toEqual(ids);
});
