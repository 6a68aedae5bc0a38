// The event-loop guard sees work that holds the main thread, and only counts time the loop was held.
import { EventLoopGuard, measureStalls } from './eventLoopGuard';

const holdThread = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy: nothing else can run on this thread meanwhile
  }
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EventLoopGuard', () => {
  test('work holding the thread for 250 ms is a stall of at least 250 ms, listed among the long ones', async () => {
    const { result, maxStallMs, longStalls } = await measureStalls(async () => {
      await pause(20);
      holdThread(250);
      await pause(20);
      return 'done';
    });
    expect(result).toBe('done');
    expect(maxStallMs).toBeGreaterThanOrEqual(250);
    expect(longStalls.some((stall) => stall >= 250)).toBe(true);
  });

  test('reset forgets what came before; stop ends the ticking and returns the figures', async () => {
    const guard = new EventLoopGuard(5, 100).start();
    holdThread(400);
    await pause(10);
    expect(guard.read().maxStallMs).toBeGreaterThanOrEqual(400);
    guard.reset();
    await pause(30);
    const figures = guard.stop();
    expect(figures.longStalls.every((stall) => stall < 400)).toBe(true);
    expect(figures.ticks).toBeGreaterThan(0);
    const ticks = figures.ticks;
    await pause(30);
    expect(guard.read().ticks).toBe(ticks);
  });
});
