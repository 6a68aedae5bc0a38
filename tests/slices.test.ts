// Long loops on the main thread in slices of time (server/slices.ts): the same results as the plain
// loop, with the event loop turning whenever a slice is used up.
import { filterInSlices, mapInSlices } from '../server/slices';
import { withTurns } from './support/turns';

/** Holds this thread for `ms`, like an item that takes long to look at. */
const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('mapInSlices and filterInSlices', () => {
  const items = Array.from({ length: 30 }, (_, i) => i);

  it('map like Array.map, index included, and let the event loop turn between slices of slow items', async () => {
    const { result, turns } = await withTurns(() =>
      mapInSlices(items, (n, i) => {
        busyFor(1);
        return `${n}:${i}`;
      }, 5),
    );

    expect(result).toEqual(items.map((n, i) => `${n}:${i}`));
    // 30 ms of work in slices of 5 ms: at least five turns in between (one run would allow none).
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it('filter like Array.filter, in order, and let the event loop turn between slices of slow items', async () => {
    const { result, turns } = await withTurns(() =>
      filterInSlices(items, (n, i) => {
        busyFor(1);
        return n % 3 === 0 && i < 25;
      }, 5),
    );

    expect(result).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(turns).toBeGreaterThanOrEqual(5);
  });

  it('keep quick items in one slice', async () => {
    const { result, turns } = await withTurns(() => filterInSlices(items, (n) => n > 27, 1_000));

    expect(result).toEqual([28, 29]);
    expect(turns).toBeLessThanOrEqual(1);
  });
});
