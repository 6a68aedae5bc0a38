// server/config.ts: the settings of what keeps the event loop free (docs/performance.md).
import { loadConfig } from '../server/config';

describe('loadConfig', () => {
  test('worker threads and the saved translation memory are on by default', () => {
    const config = loadConfig({});
    expect(config.workerThreads).toBe(1);
    expect(config.workerMinChars).toBe(16_384);
    expect(config.tm).toEqual({ snapshot: true, saveAfterChanges: 10_000, saveDelayMs: 10_000 });
  });

  test('TM_SNAPSHOT=false turns saving off; the save thresholds and worker settings are read, never below their floor', () => {
    const config = loadConfig({ TM_SNAPSHOT: 'false', TM_SAVE_AFTER_CHANGES: '0', TM_SAVE_DELAY_MS: '2500', WORKER_THREADS: '0', WORKER_MIN_CHARS: '1000' });
    expect(config.tm).toEqual({ snapshot: false, saveAfterChanges: 1, saveDelayMs: 2500 });
    expect(config.workerThreads).toBe(0);
    expect(config.workerMinChars).toBe(1000);
  });
});
