// JobPool: background jobs run under a lease in the store, so that instances sharing it never run one
// job twice and take over the jobs of an instance that died. Two pools on two stores over one SQLite
// file stand for two instances; the lease clock is a test clock, heartbeats and sweeps run on real timers.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JobPool, LeaseLost, type JobControl, type JobLeaseSettings } from '../../../server/commands/jobs/jobPool';
import type { MtJob } from '../../../server/domain/jobs/types';
import type { Store } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildCreatedEvent, buildDocument, buildJob, buildProject, buildSegments, resetBuilderIds } from '../../support/builders';

const START = Date.parse('2026-11-24T10:00:00.000Z');
const LEASE_MS = 1_000;

/** Where a run the test drives stands: `started` once it has saved the job running; it then waits for `finish()`. */
interface Gate {
  started: Promise<JobControl<MtJob>>;
  open(control: JobControl<MtJob>): void;
  finished: Promise<void>;
  finish(): void;
}

function newGate(): Gate {
  let open!: (control: JobControl<MtJob>) => void;
  let finish!: () => void;
  const started = new Promise<JobControl<MtJob>>((resolve) => (open = resolve));
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return { started, open, finished, finish };
}

describe('JobPool', () => {
  let dir: string;
  let a: Store;
  let b: Store;
  let now: number;
  const clock = { now: () => new Date(now) };
  const pools: JobPool<MtJob>[] = [];

  beforeEach(async () => {
    resetBuilderIds();
    now = START;
    dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-pool-'));
    const file = path.join(dir, 'nysa.sqlite');
    [a, b] = [createSqliteStore({ file }), createSqliteStore({ file })];
  });
  afterEach(async () => {
    for (const pool of pools.splice(0)) await pool.stop();
    await b.close();
    await a.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const seedJob = async (): Promise<MtJob> => {
    const project = buildProject();
    await a.projects.create(project);
    const document = buildDocument({ projectId: project.id, segmentCount: 1 });
    const segments = buildSegments(document, 1);
    await a.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
    const job = buildJob({ documentId: document.id, projectId: project.id });
    await a.mtJobs.create(job);
    return job;
  };

  /** A run that saves the job `running`, waits for its gate, then saves it `done` (unless told to stop). */
  const gatedRun = (store: Store) => {
    const gates = new Map<string, Gate>();
    const gateOf = (jobId: string): Gate => {
      if (!gates.has(jobId)) gates.set(jobId, newGate());
      return gates.get(jobId)!;
    };
    const runs: string[] = [];
    const run = async (jobId: string, control: JobControl<MtJob>) => {
      runs.push(jobId);
      const job = (await store.mtJobs.findById(jobId))!;
      await control.save({ ...job, status: 'running', done: 1 });
      gateOf(jobId).open(control);
      await gateOf(jobId).finished;
      if (control.shouldStop()) return;
      await control.save({ ...job, status: 'done', done: job.total });
    };
    return { run, runs, gateOf };
  };

  const poolOf = (store: Store, run: (jobId: string, control: JobControl<MtJob>) => Promise<void>, settings: Partial<JobLeaseSettings> = {}) => {
    const pool = new JobPool<MtJob>('test job', run, store.mtJobs, clock, { owner: 'instance', leaseMs: LEASE_MS, heartbeatMs: 60_000, sweepMs: 0, ...settings });
    pools.push(pool);
    return pool;
  };

  /** Polls `condition` every 10 ms for up to `ms`. */
  const eventually = async (condition: () => Promise<boolean> | boolean, ms = 3_000): Promise<boolean> => {
    for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
      if (await condition()) return true;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return condition();
  };

  /** A job, a pool on each store (instance-a, instance-b) with a gated run, and the job started on instance-a. */
  const runningOnA = async (settingsA: Partial<JobLeaseSettings> = {}, settingsB: Partial<JobLeaseSettings> = {}) => {
    const job = await seedJob();
    const first = gatedRun(a);
    const second = gatedRun(b);
    const poolA = poolOf(a, first.run, { owner: 'instance-a', ...settingsA });
    const poolB = poolOf(b, second.run, { owner: 'instance-b', ...settingsB });
    poolA.start(job.id);
    const controlA = await first.gateOf(job.id).started;
    return { job, first, second, poolA, poolB, controlA };
  };

  test('a job started on two instances runs once, on the instance that claimed it', async () => {
    const { job, first, second, poolA, poolB } = await runningOnA();

    poolB.start(job.id);
    await poolB.idle();
    first.gateOf(job.id).finish();
    await poolA.idle();

    expect([first.runs, second.runs]).toEqual([[job.id], []]);
    expect(await b.mtJobs.findById(job.id)).toMatchObject({ status: 'done', done: 10 });
    expect(await b.mtJobs.claim(job.id, 'instance-b', clock.now().toISOString(), new Date(now + LEASE_MS).toISOString())).toBeNull(); // done: nothing left to claim
  });

  test('when an instance stops renewing (it died), another takes the job over once the lease has expired, and the first writes nothing more', async () => {
    const { job, first, second, poolA, poolB, controlA } = await runningOnA(); // heartbeat every 60 s: as good as dead

    now += LEASE_MS - 1;
    expect(await poolB.resumeUnfinished()).toBe(0);
    now += 1;
    expect(await poolB.resumeUnfinished()).toBe(1);
    second.gateOf(job.id).finish();
    await poolB.idle();
    expect(await a.mtJobs.findById(job.id)).toMatchObject({ status: 'done', done: 10 });

    // The first instance wakes up: its write is refused, and it is told to stop.
    const late = (await a.mtJobs.findById(job.id))!;
    await expect(controlA.save({ ...late, status: 'failed', errorCode: 'late' })).rejects.toBeInstanceOf(LeaseLost);
    expect(controlA.shouldStop()).toBe(true);
    first.gateOf(job.id).finish();
    await poolA.idle();
    expect(await a.mtJobs.findById(job.id)).toMatchObject({ status: 'done', done: 10, errorCode: null });
  });

  test('the heartbeat keeps the lease while the job runs, however long', async () => {
    const { job, first, poolA, poolB } = await runningOnA({ heartbeatMs: 20 });

    now += 10 * LEASE_MS;
    const renewed = await eventually(async () => (await b.mtJobs.listClaimable(clock.now().toISOString())).length === 0);

    expect(renewed).toBe(true);
    expect(await poolB.resumeUnfinished()).toBe(0);
    first.gateOf(job.id).finish();
    await poolA.idle();
    expect(await b.mtJobs.findById(job.id)).toMatchObject({ status: 'done' });
  });

  test('a heartbeat that finds the lease taken over tells the run to stop', async () => {
    const { job, first, poolA, controlA } = await runningOnA({ heartbeatMs: 20 });

    // Another instance claims it as if the lease had expired (this one stalled past it).
    const stolen = await b.mtJobs.claim(job.id, 'instance-b', new Date(now + 10 * LEASE_MS).toISOString(), new Date(now + 11 * LEASE_MS).toISOString());
    expect(stolen).toMatchObject({ version: 2 });

    expect(await eventually(() => controlA.shouldStop())).toBe(true);
    first.gateOf(job.id).finish();
    await poolA.idle();
    expect(await a.mtJobs.findById(job.id)).toMatchObject({ status: 'running', done: 1 });
  });

  test('stop lets the run reach a safe point and frees the lease: another instance resumes at once', async () => {
    const { job, first, second, poolA, poolB } = await runningOnA();

    const stopping = poolA.stop();
    first.gateOf(job.id).finish();
    await stopping;
    expect(await a.mtJobs.findById(job.id)).toMatchObject({ status: 'running', done: 1 });

    expect(await poolB.resumeUnfinished()).toBe(1);
    second.gateOf(job.id).finish();
    await poolB.idle();
    expect(await a.mtJobs.findById(job.id)).toMatchObject({ status: 'done' });
  });

  test('a run that crashed keeps its lease until it expires, so it is not retried at once', async () => {
    const job = await seedJob();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const poolA = poolOf(a, async () => {
        throw new Error('disk full');
      }, { owner: 'instance-a' });
      poolA.start(job.id);
      await poolA.idle();
      expect(errors).toHaveBeenCalledWith(`test job ${job.id} crashed:`, expect.objectContaining({ message: 'disk full' }));
    } finally {
      errors.mockRestore();
    }
    const second = gatedRun(b);
    const poolB = poolOf(b, second.run, { owner: 'instance-b' });

    expect(await poolB.resumeUnfinished()).toBe(0);
    now += LEASE_MS;
    expect(await poolB.resumeUnfinished()).toBe(1);
    second.gateOf(job.id).finish();
    await poolB.idle();
  });

  test('the sweep takes over an expired job without being asked', async () => {
    const { job, first, second, poolA, poolB } = await runningOnA({}, { sweepMs: 20 });
    poolB.startSweeping();

    now += LEASE_MS;
    expect(await eventually(() => second.runs.length === 1)).toBe(true);
    second.gateOf(job.id).finish();
    await eventually(async () => (await b.mtJobs.findById(job.id))?.status === 'done');
    expect(await b.mtJobs.findById(job.id)).toMatchObject({ status: 'done' });

    // The first instance, resuming, finds its lease gone at its next write and says so.
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      first.gateOf(job.id).finish();
      await poolA.idle();
      expect(warnings).toHaveBeenCalledWith(`test job ${job.id}: taken over by another instance, stopped here`);
    } finally {
      warnings.mockRestore();
    }
    expect(await b.mtJobs.findById(job.id)).toMatchObject({ status: 'done' });
  });
});
