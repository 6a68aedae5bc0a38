// The profile summary that docs/performance.md's "What a save costs" is read with: self time summed by
// where the code lives, over a window of seconds.
import { placeOf, summarizeProfile, type CpuProfile } from '../../scripts/bench/profileSummary';

const frame = (id: number, functionName: string, url: string, lineNumber = 0) => ({ id, callFrame: { functionName, url, lineNumber } });

describe('where a frame lives', () => {
  test('Nysa by two folders, packages by name (scoped ones too), node, and what V8 names itself', () => {
    expect(placeOf('file:///repo/dist/server/storage/sqlite/segments.js', 'findById')).toBe('server/storage/sqlite');
    expect(placeOf('file:///repo/dist/server/http/app.js', 'createApp')).toBe('server/http');
    expect(placeOf('file:///repo/dist/server/main.js', 'start')).toBe('server');
    expect(placeOf('file:///repo/node_modules/router/index.js', 'next')).toBe('package router');
    expect(placeOf('file:///repo/node_modules/@types/x/index.js', 'f')).toBe('package @types/x');
    expect(placeOf('file:///repo/node_modules/express/node_modules/debug/src/node.js', 'f')).toBe('package debug');
    expect(placeOf('node:internal/streams/readable', 'read')).toBe('node internals');
    expect(placeOf('', 'writev')).toBe('node internals');
    expect(placeOf('', '(garbage collector)')).toBe('garbage collection');
    expect(placeOf('', '(program)')).toBe('V8 (program)');
    expect(placeOf('file:///elsewhere/tool.js', 'f')).toBe('other');
  });
});

describe('a profile summed', () => {
  // Samples 0.4 s apart: at 0.4 s (qa), 0.8 s (idle), 1.2 s (sqlite), 1.6 s (gc), 2.0 s (qa).
  const profile: CpuProfile = {
    nodes: [
      frame(1, '(root)', ''),
      frame(2, '(idle)', ''),
      frame(3, 'run', 'file:///r/dist/server/domain/qa/checks/numbers.js', 11),
      frame(4, 'findById', 'file:///r/dist/server/storage/sqlite/segments.js', 144),
      frame(5, '(garbage collector)', ''),
    ],
    samples: [3, 2, 4, 5, 3],
    timeDeltas: [400_000, 400_000, 400_000, 400_000, 400_000],
  };

  test('the whole profile: idle left out, self time by place and by function, busy time per second', () => {
    const summary = summarizeProfile(profile);
    expect(summary.busyMs).toBe(1600);
    expect(summary.busyPerSecond).toEqual([400, 800, 400]);
    expect(summary.byPlace).toEqual([
      { place: 'server/domain/qa', ms: 800 },
      { place: 'server/storage/sqlite', ms: 400 },
      { place: 'garbage collection', ms: 400 },
    ]);
    expect(summary.byFunction[0]).toEqual({ name: 'run numbers.js:12', ms: 800 });
  });

  test('a window counts only the samples taken in it', () => {
    const summary = summarizeProfile(profile, 1, 2);
    expect(summary.busyMs).toBe(800);
    expect(summary.byPlace).toEqual([
      { place: 'server/storage/sqlite', ms: 400 },
      { place: 'garbage collection', ms: 400 },
    ]);
    expect(summary.busyPerSecond).toEqual([400, 800, 400]);
  });
});
