// server/config.ts: the settings of several instances on one store (docs/deployment.md), with their defaults
// and the values refused at start rather than misbehaving later; and the settings of what keeps the event
// loop free (docs/performance.md).
import { loadConfig } from '../server/config';

describe('loadConfig: instances, job leases and the live feed', () => {
  test('defaults: a lease of 30 s renewed every 10 s, a sweep every 15 s, the live feed through the store polled every 150 ms and kept 10 minutes', () => {
    const config = loadConfig({});
    expect(config.jobs).toEqual({ leaseMs: 30_000, heartbeatMs: 10_000, sweepMs: 15_000 });
    expect(config.live).toEqual({ feed: 'store', pollMs: 150, retentionMs: 600_000 });
  });

  test('INSTANCE_ID names the instance; without it every process gets a name of its own', () => {
    expect(loadConfig({ INSTANCE_ID: ' app-1 ' }).instanceId).toBe('app-1');
    expect(loadConfig({}).instanceId).not.toBe(loadConfig({}).instanceId);
  });

  test('reads the lease, live feed and retention settings; the poll and the retention have a floor', () => {
    const config = loadConfig({ JOB_LEASE_MS: '2000', JOB_HEARTBEAT_MS: '1000', JOB_SWEEP_MS: '0', LIVE_FEED: 'process', LIVE_FEED_POLL_MS: '1', LIVE_FEED_RETENTION_MS: '5' });
    expect(config.jobs).toEqual({ leaseMs: 2_000, heartbeatMs: 1_000, sweepMs: 0 });
    expect(config.live).toEqual({ feed: 'process', pollMs: 10, retentionMs: 60_000 });
  });

  test.each([
    [{ JOB_HEARTBEAT_MS: '20000' }, 'JOB_HEARTBEAT_MS (20000) must be at most half of JOB_LEASE_MS (30000)'],
    [{ JOB_LEASE_MS: '0' }, 'JOB_LEASE_MS and JOB_HEARTBEAT_MS must be positive, JOB_SWEEP_MS 0 or more'],
    [{ JOB_SWEEP_MS: '-1' }, 'JOB_LEASE_MS and JOB_HEARTBEAT_MS must be positive, JOB_SWEEP_MS 0 or more'],
    [{ LIVE_FEED: 'redis' }, 'LIVE_FEED must be "store" or "process", got "redis"'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new Error(message));
  });
});

describe('loadConfig: worker threads and the saved translation memory', () => {
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
