// The background runs of one kind of job (MT, TMX import) in this instance. Several instances may share
// one store, so a job runs only under its lease (ports/jobLeases.ts): a run starts by claiming the job,
// renews the claim every `heartbeatMs` while it runs, and writes its progress only under that claim. An
// instance that dies stops renewing; once the lease has expired, any instance's sweep (every `sweepMs`)
// or start-up claims the job and resumes it from its stored progress. An instance that lost its lease
// (it stalled past the lease, and another took over) finds out at its next heartbeat or write and stops
// there, writing nothing more. Within the instance: at most one run per job id, a way to wait until
// none runs, and a stop that lets each run reach its next safe point and frees its lease, so that the
// next instance (or the next start of this one) resumes it at once.
import type { JobLease, JobLeaseRepository } from '../../ports/jobLeases';
import type { Clock } from '../../ports/system';

export interface JobLeaseSettings {
  /** This instance (config.instanceId). */
  owner: string;
  leaseMs: number;
  heartbeatMs: number;
  /** 0: no sweep (resumeUnfinished only when called). */
  sweepMs: number;
}

/** What a run is given besides its job id. */
export interface JobControl<J> {
  /** True once the pool stops or the lease is lost: leave the job as it is at the next safe point. */
  shouldStop(): boolean;
  /** Stores the job under the lease; throws LeaseLost, having written nothing, when another instance took the job over. */
  save(job: J): Promise<void>;
}

/** The run's lease is held by another instance now: whatever it did since its last write is that instance's to redo. */
export class LeaseLost extends Error {
  constructor(jobId: string) {
    super(`the lease of job ${jobId} was taken over by another instance`);
    this.name = 'LeaseLost';
  }
}

export class JobPool<J extends { id: string }> {
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;
  private sweeper: NodeJS.Timeout | null = null;
  private sweeping = false;

  constructor(
    private readonly label: string,
    private readonly run: (jobId: string, control: JobControl<J>) => Promise<void>,
    private readonly jobs: JobLeaseRepository<J>,
    private readonly clock: Clock,
    private readonly settings: JobLeaseSettings,
  ) {}

  /** Claims the job and runs it in the background; nothing happens when another instance holds it. */
  start(jobId: string): void {
    void this.launch(jobId);
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  /** Takes no more jobs, lets each run reach its next safe point and frees its lease. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = null;
    await this.idle();
  }

  /**
   * Claims and starts every queued or running job whose lease is free: at start-up, what this instance
   * left when it stopped; later, the jobs of instances that died. Returns how many it claimed.
   */
  async resumeUnfinished(): Promise<number> {
    const jobs = await this.jobs.listClaimable(this.now());
    const claimed = await Promise.all(jobs.map((job) => this.launch(job.id)));
    return claimed.filter(Boolean).length;
  }

  /** Calls resumeUnfinished every `sweepMs` until stopped, so that no job waits for a restart. */
  startSweeping(): void {
    if (this.stopped || this.sweeper || this.settings.sweepMs <= 0) return;
    this.sweeper = setInterval(() => {
      if (this.sweeping) return;
      this.sweeping = true;
      this.resumeUnfinished()
        .catch((error: unknown) => console.error(`${this.label}s: looking for jobs to take over failed:`, error))
        .finally(() => (this.sweeping = false));
    }, this.settings.sweepMs);
    this.sweeper.unref();
  }

  /** Claims and runs the job unless it already runs here; resolves with whether this instance got the lease. */
  private launch(jobId: string): Promise<boolean> {
    if (this.stopped || this.running.has(jobId)) return Promise.resolve(false);
    let claimed: (ok: boolean) => void = () => {};
    const outcome = new Promise<boolean>((resolve) => (claimed = resolve));
    const run = (async () => {
      const lease = await this.jobs.claim(jobId, this.settings.owner, this.now(), this.until());
      claimed(lease !== null);
      if (lease) await this.runUnderLease(lease);
    })()
      .catch((error: unknown) => {
        claimed(false);
        console.error(`${this.label} ${jobId} crashed:`, error);
      })
      .finally(() => this.running.delete(jobId));
    this.running.set(jobId, run);
    return outcome;
  }

  private async runUnderLease(lease: JobLease): Promise<void> {
    let lost = false;
    let renewing = Promise.resolve();
    const heartbeat = setInterval(() => {
      renewing = renewing.then(async () => {
        if (lost) return;
        try {
          if (!(await this.jobs.renew(lease, this.until()))) lost = true;
        } catch (error) {
          // The store did not answer: the next beat tries again; a write finds out if the lease was lost meanwhile.
          console.error(`${this.label} ${lease.jobId}: renewing the lease failed:`, error);
        }
      });
    }, this.settings.heartbeatMs);
    heartbeat.unref();
    const control: JobControl<J> = {
      shouldStop: () => this.stopped || lost,
      save: async (job) => {
        if (await this.jobs.updateLeased(job, lease)) return;
        lost = true;
        throw new LeaseLost(lease.jobId);
      },
    };
    let ended = false;
    try {
      await this.run(lease.jobId, control);
      ended = true;
    } catch (error) {
      if (!(error instanceof LeaseLost)) throw error; // a crash keeps the lease until it expires: no retry at once
      console.warn(`${this.label} ${lease.jobId}: taken over by another instance, stopped here`);
    } finally {
      clearInterval(heartbeat);
      await renewing;
    }
    if (ended && !lost) await this.jobs.release(lease);
  }

  private now(): string {
    return this.clock.now().toISOString();
  }

  private until(): string {
    return new Date(this.clock.now().getTime() + this.settings.leaseMs).toISOString();
  }
}

/** The lease settings of a pool in this instance, from the configuration. */
export const leaseSettingsOf = (config: { instanceId: string; jobs: { leaseMs: number; heartbeatMs: number; sweepMs: number } }): JobLeaseSettings => ({
  owner: config.instanceId,
  ...config.jobs,
});
