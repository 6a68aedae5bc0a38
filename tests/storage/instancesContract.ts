// What every store promises to several instances sharing it (docs/deployment.md): job leases
// (ports/jobLeases.ts) on both job kinds, the change log (ports/changeLog.ts) and failed sign-ins
// (ports/loginAttempts.ts). sqlite.test.ts and mongo.test.ts call describeInstancesContract
// with a function that opens two stores on one fresh, empty database (two instances of Nysa); `a` and
// `b` below are those two, and a case that needs only one uses `a`.
import type { ChangeLogEntry, ChangeLogFollower } from '../../server/ports/changeLog';
import type { Store } from '../../server/ports/repositories';
import type { JobLeaseRepository } from '../../server/ports/jobLeases';
import { buildCreatedEvent, buildDocument, buildJob, buildProject, buildSegments, minutesAfterNow, resetBuilderIds } from '../support/builders';
import { buildImportJob } from './tmImportContract';

type JobStatus = 'queued' | 'running' | 'done' | 'failed';

interface JobKind {
  name: 'mtJobs' | 'tmImportJobs';
  /** Creates a job in `store` (its project and document first) and returns it. */
  seed(store: Store, status?: JobStatus, createdMinutes?: number): Promise<{ id: string; status: string; done: number }>;
}

let seeded = 0;

/** A project and a document of it, as the jobs' foreign keys need. */
async function seedParents(store: Store): Promise<{ projectId: string; documentId: string }> {
  seeded += 1;
  const project = buildProject({ id: `project-lease-${seeded}` });
  await store.projects.create(project);
  const document = buildDocument({ id: `document-lease-${seeded}`, projectId: project.id, segmentCount: 1 });
  const segments = buildSegments(document, 1);
  await store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
  return { projectId: project.id, documentId: document.id };
}

const JOB_KINDS: JobKind[] = [
  {
    name: 'mtJobs',
    async seed(store, status = 'queued', createdMinutes = 0) {
      const { projectId, documentId } = await seedParents(store);
      const job = buildJob({ projectId, documentId, status, createdAt: minutesAfterNow(createdMinutes), updatedAt: minutesAfterNow(createdMinutes) });
      await store.mtJobs.create(job);
      return job;
    },
  },
  {
    name: 'tmImportJobs',
    async seed(store, status = 'queued', createdMinutes = 0) {
      const { projectId } = await seedParents(store);
      const job = buildImportJob({ id: `import-lease-${seeded}`, projectId, status, createdAt: minutesAfterNow(createdMinutes), updatedAt: minutesAfterNow(createdMinutes) });
      await store.tmImportJobs.create(job);
      return job;
    },
  },
];

/** The job repository of a kind, typed loosely enough to write any job it returned. */
const jobsOf = (store: Store, kind: JobKind) => store[kind.name] as unknown as JobLeaseRepository<{ id: string; status: string; done: number }> & {
  findById(id: string): Promise<{ id: string; status: string; done: number } | null>;
  update(job: { id: string; status: string; done: number }): Promise<void>;
};

/** What a follower received, and a bounded wait for more. */
interface Received {
  entries: ChangeLogEntry[];
  follower: ChangeLogFollower;
  /** Waits (up to 5 s) until `count` entries have arrived; returns them. */
  atLeast(count: number): Promise<ChangeLogEntry[]>;
}

async function follow(store: Store, exceptOrigin?: string): Promise<Received> {
  const entries: ChangeLogEntry[] = [];
  const errors: unknown[] = [];
  const follower = store.changeLog.follow((batch) => entries.push(...batch), { pollMs: 10, onError: (error) => errors.push(error), exceptOrigin });
  await follower.ready;
  return {
    entries,
    follower,
    async atLeast(count) {
      for (const deadline = Date.now() + 5_000; entries.length < count && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(errors).toEqual([]);
      return entries;
    },
  };
}

const entry = (topic: string, origin: string, payload: unknown, minutes = 0): ChangeLogEntry => ({ topic, origin, payload, at: minutesAfterNow(minutes) });

export function describeInstancesContract(name: string, openPair: () => Promise<[Store, Store]>): void {
  describe(`instances store contract: ${name}`, () => {
    let a: Store;
    let b: Store;

    beforeEach(async () => {
      resetBuilderIds();
      [a, b] = await openPair();
    });
    afterEach(async () => {
      await b.close();
      await a.close();
    });

    describe('loginAttempts', () => {
      const at = (minute: number) => `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000Z`;

      it('counts the failures either instance recorded for a key after a time, and gives the oldest of them', async () => {
        await a.loginAttempts.recordFailure('account:anna@nysa.test', at(1));
        await b.loginAttempts.recordFailure('account:anna@nysa.test', at(2));
        await a.loginAttempts.recordFailure('account:anna@nysa.test', at(3));
        await b.loginAttempts.recordFailure('ip:192.0.2.1', at(2));

        expect(await b.loginAttempts.countFailures('account:anna@nysa.test', at(0))).toBe(3);
        expect(await a.loginAttempts.countFailures('account:anna@nysa.test', at(1))).toBe(2);
        expect(await a.loginAttempts.countFailures('ip:192.0.2.1', at(0))).toBe(1);
        expect(await a.loginAttempts.countFailures('account:jan@nysa.test', at(0))).toBe(0);
        expect(await a.loginAttempts.oldestFailure('account:anna@nysa.test', at(1))).toBe(at(2));
        expect(await b.loginAttempts.oldestFailure('account:anna@nysa.test', at(0))).toBe(at(1));
        expect(await b.loginAttempts.oldestFailure('account:anna@nysa.test', at(3))).toBeNull();
      });

      it('clear forgets one key on every instance; prune forgets what is at or before a time, of every key', async () => {
        for (const minute of [1, 2, 3]) await a.loginAttempts.recordFailure('account:anna@nysa.test', at(minute));
        for (const minute of [1, 2, 3]) await a.loginAttempts.recordFailure('ip:192.0.2.1', at(minute));
        await a.loginAttempts.recordFailure('account:jan@nysa.test', at(1));

        await b.loginAttempts.clear('account:anna@nysa.test');
        expect(await a.loginAttempts.countFailures('account:anna@nysa.test', at(0))).toBe(0);

        expect(await b.loginAttempts.prune(at(2))).toBe(3);
        expect(await a.loginAttempts.countFailures('ip:192.0.2.1', at(0))).toBe(1);
        expect(await a.loginAttempts.oldestFailure('ip:192.0.2.1', at(0))).toBe(at(3));
        expect(await a.loginAttempts.countFailures('account:jan@nysa.test', at(0))).toBe(0);
      });
    });

    describe('changeLog', () => {
      const followers: Received[] = [];
      const following = async (store: Store, exceptOrigin?: string) => {
        const received = await follow(store, exceptOrigin);
        followers.push(received);
        return received;
      };
      afterEach(async () => {
        for (const received of followers.splice(0)) await received.follower.stop();
      });

      it('delivers what either instance appends after the follow began, in order, to the followers of both', async () => {
        await a.changeLog.append([entry('segments', 'instance-a', { documentId: 'before' })]);
        const onA = await following(a);
        const onB = await following(b);
        const appended = [
          entry('segments', 'instance-a', { type: 'segments', documentId: 'd1', segmentIds: ['s1', 's2'], actorId: 'u1', cause: 'change' }),
          entry('presence', 'instance-a', { target: { segmentId: 's1' }, editing: true, ttlMs: 30_000 }, 1),
        ];
        const fromB = entry('accounts', 'instance-b', { type: 'sessions_ended', userId: 'u1', sessionIds: ['x'] }, 2);

        await a.changeLog.append(appended);
        await onB.atLeast(2);
        await b.changeLog.append([fromB]);

        expect(await onA.atLeast(3)).toEqual([...appended, fromB]);
        expect(await onB.atLeast(3)).toEqual([...appended, fromB]);
      });

      it('leaves out the entries of the origin the follower names, in runs longer than a read, and keeps the order of the rest', async () => {
        const onA = await following(a, 'instance-a');
        // Runs of 700 of A's own notices between B's: longer than one read of the SQLite follower (500).
        const appended = Array.from({ length: 1_500 }, (_, n) => entry('segments', n % 700 === 699 ? 'instance-b' : 'instance-a', { n }));
        for (let from = 0; from < appended.length; from += 250) await a.changeLog.append(appended.slice(from, from + 250));
        await b.changeLog.append([entry('accounts', 'instance-b', { n: 'last' })]);

        expect((await onA.atLeast(3)).map((each) => each.payload)).toEqual([{ n: 699 }, { n: 1399 }, { n: 'last' }]);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(onA.entries).toHaveLength(3);
      });

      it('delivers to a follower of B what A appends after it is ready, though A appended before with nobody following', async () => {
        await a.changeLog.append([entry('segments', 'instance-a', { n: 'unread' })]);
        const onA = await following(a, 'instance-a');
        await a.changeLog.append([entry('segments', 'instance-a', { n: 'own' })]);
        const onB = await following(b, 'instance-b');
        await a.changeLog.append([entry('segments', 'instance-a', { n: 'read' })]);
        await b.changeLog.append([entry('accounts', 'instance-b', { n: 'from B' })]);

        expect((await onB.atLeast(1)).map((each) => each.payload)).toEqual([{ n: 'read' }]);
        expect((await onA.atLeast(1)).map((each) => each.payload)).toEqual([{ n: 'from B' }]);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(onB.entries).toHaveLength(1);
        expect(onA.entries).toHaveLength(1);
      });

      it('delivers nothing after stop', async () => {
        const onB = await following(b);
        await a.changeLog.append([entry('segments', 'instance-a', { n: 1 })]);
        await onB.atLeast(1);
        await onB.follower.stop();

        await a.changeLog.append([entry('segments', 'instance-a', { n: 2 })]);
        await new Promise((resolve) => setTimeout(resolve, 100));

        expect(onB.entries.map((each) => each.payload)).toEqual([{ n: 1 }]);
      });

      it('prune deletes the entries older than a time and says how many; what is appended later is still delivered', async () => {
        await following(b, 'instance-b'); // a reader of A's notices: a store may leave out what nobody reads
        await a.changeLog.append([entry('segments', 'instance-a', { n: 1 }, 0), entry('segments', 'instance-a', { n: 2 }, 5), entry('segments', 'instance-a', { n: 3 }, 10)]);

        expect(await b.changeLog.prune(minutesAfterNow(10))).toBe(2);
        expect(await b.changeLog.prune(minutesAfterNow(11))).toBe(1);
        const onA = await following(a);
        await b.changeLog.append([entry('segments', 'instance-b', { n: 4 }, 12)]);

        expect((await onA.atLeast(1)).map((each) => each.payload)).toEqual([{ n: 4 }]);
      });

      it('prune deletes all of ten minutes of notices under heavy saves (more than one slice), and nothing newer', async () => {
        await following(b, 'instance-b');
        const old = Array.from({ length: 12_001 }, (_, n) => entry('segments', 'instance-a', { n }, n % 10));
        for (let from = 0; from < old.length; from += 2_000) await a.changeLog.append(old.slice(from, from + 2_000));
        await a.changeLog.append([entry('segments', 'instance-a', { n: 'kept' }, 10)]);

        expect(await b.changeLog.prune(minutesAfterNow(10))).toBe(12_001);
        expect(await b.changeLog.prune(minutesAfterNow(11))).toBe(1);
      });
    });

    for (const kind of JOB_KINDS) {
      describe(`${kind.name} leases`, () => {
        const at = minutesAfterNow;

        it('claim gives a queued job to one instance until the lease expires; then another takes it over with the next version', async () => {
          const job = await kind.seed(a);

          expect(await jobsOf(a, kind).claim(job.id, 'instance-a', at(0), at(1))).toEqual({ jobId: job.id, owner: 'instance-a', version: 1 });
          expect(await jobsOf(b, kind).claim(job.id, 'instance-b', at(0.5), at(1.5))).toBeNull();
          expect(await jobsOf(a, kind).claim(job.id, 'instance-a', at(0.5), at(1.5))).toBeNull();
          expect(await jobsOf(b, kind).claim(job.id, 'instance-b', at(1), at(2))).toEqual({ jobId: job.id, owner: 'instance-b', version: 2 });
        });

        it('of two instances claiming the same job at once, exactly one gets it', async () => {
          const job = await kind.seed(a);

          const claims = await Promise.all([
            jobsOf(a, kind).claim(job.id, 'instance-a', at(0), at(1)),
            jobsOf(b, kind).claim(job.id, 'instance-b', at(0), at(1)),
          ]);

          expect(claims.filter((claim) => claim !== null)).toHaveLength(1);
          expect(claims.find((claim) => claim !== null)).toMatchObject({ jobId: job.id, version: 1 });
        });

        it('a running job can be claimed; a finished or unknown one cannot', async () => {
          const running = await kind.seed(a, 'running');
          const done = await kind.seed(a, 'done');
          const failed = await kind.seed(a, 'failed');

          expect(await jobsOf(a, kind).claim(running.id, 'instance-a', at(0), at(1))).toMatchObject({ version: 1 });
          expect(await jobsOf(a, kind).claim(done.id, 'instance-a', at(0), at(1))).toBeNull();
          expect(await jobsOf(a, kind).claim(failed.id, 'instance-a', at(0), at(1))).toBeNull();
          expect(await jobsOf(a, kind).claim('job-unknown', 'instance-a', at(0), at(1))).toBeNull();
        });

        it('renew extends the held lease; a lease taken over is not renewed', async () => {
          const job = await kind.seed(a);
          const first = (await jobsOf(a, kind).claim(job.id, 'instance-a', at(0), at(1)))!;

          expect(await jobsOf(a, kind).renew(first, at(3))).toBe(true);
          expect(await jobsOf(b, kind).claim(job.id, 'instance-b', at(2), at(4))).toBeNull();
          const second = (await jobsOf(b, kind).claim(job.id, 'instance-b', at(3), at(5)))!;
          expect(await jobsOf(a, kind).renew(first, at(9))).toBe(false);
          expect(await jobsOf(a, kind).claim(job.id, 'instance-a', at(4.5), at(7))).toBeNull(); // instance-b's lease still ends at 5, not 9
          expect(await jobsOf(b, kind).renew(second, at(6))).toBe(true);
        });

        it('release frees the lease at once; releasing a lease taken over leaves the new holder alone', async () => {
          const job = await kind.seed(a);
          const first = (await jobsOf(a, kind).claim(job.id, 'instance-a', at(0), at(10)))!;

          await jobsOf(a, kind).release(first);
          const second = (await jobsOf(b, kind).claim(job.id, 'instance-b', at(1), at(10)))!;
          await jobsOf(a, kind).release(first);

          expect(second).toEqual({ jobId: job.id, owner: 'instance-b', version: 2 });
          expect(await jobsOf(a, kind).claim(job.id, 'instance-a', at(2), at(10))).toBeNull();
          expect(await jobsOf(b, kind).renew(second, at(11))).toBe(true);
        });

        it('updateLeased writes under the held lease only: the instance that lost it writes nothing', async () => {
          const job = await kind.seed(a);
          const first = (await jobsOf(a, kind).claim(job.id, 'instance-a', at(0), at(1)))!;
          const progressed = { ...job, status: 'running', done: 1 };
          expect(await jobsOf(a, kind).updateLeased(progressed, first)).toBe(true);
          expect(await jobsOf(b, kind).findById(job.id)).toMatchObject({ status: 'running', done: 1 });

          const second = (await jobsOf(b, kind).claim(job.id, 'instance-b', at(2), at(3)))!;
          expect(await jobsOf(a, kind).updateLeased({ ...job, status: 'done', done: 5 }, first)).toBe(false);
          expect(await jobsOf(a, kind).findById(job.id)).toMatchObject({ status: 'running', done: 1 });
          expect(await jobsOf(b, kind).updateLeased({ ...job, status: 'running', done: 2 }, second)).toBe(true);
          expect(await jobsOf(a, kind).findById(job.id)).toMatchObject({ status: 'running', done: 2 });
        });

        it('update (without a lease) leaves the lease as it is', async () => {
          const job = await kind.seed(a);
          const lease = (await jobsOf(a, kind).claim(job.id, 'instance-a', at(0), at(5)))!;

          await jobsOf(b, kind).update({ ...job, status: 'running', done: 1 });

          expect(await jobsOf(b, kind).claim(job.id, 'instance-b', at(1), at(6))).toBeNull();
          expect(await jobsOf(a, kind).renew(lease, at(6))).toBe(true);
        });

        it('listClaimable returns the unfinished jobs whose lease is free (never claimed, released or expired), oldest first', async () => {
          const [held, expired, released, fresh, done] = [
            await kind.seed(a, 'running', 4),
            await kind.seed(a, 'running', 1),
            await kind.seed(a, 'queued', 3),
            await kind.seed(a, 'queued', 2),
            await kind.seed(a, 'done', 0),
          ];
          await jobsOf(a, kind).claim(held.id, 'instance-a', at(0), at(10));
          await jobsOf(a, kind).claim(expired.id, 'instance-a', at(0), at(1));
          await jobsOf(a, kind).release((await jobsOf(a, kind).claim(released.id, 'instance-a', at(0), at(10)))!);

          expect((await jobsOf(b, kind).listClaimable(at(2))).map((job) => job.id)).toEqual([expired.id, fresh.id, released.id]);
          expect((await jobsOf(b, kind).listClaimable(at(10))).map((job) => job.id)).toEqual([expired.id, fresh.id, released.id, held.id]);
          expect((await jobsOf(b, kind).listClaimable(at(2))).map((job) => job.id)).not.toContain(done.id);
        });
      });
    }
  });
}
