// Background jobs (MT, TMX imports) are run by one instance at a time: the instance that holds the job's
// lease in the store. A lease is claimed with one compare-and-set, renewed by a heartbeat while the job
// runs, and taken over by another instance once it has expired (its holder died or lost the store).
// Every claim gets a new version, and the job's progress is written only under the lease that is held
// (owner and version), so an instance that lost its lease cannot overwrite the work of the one that took
// over (commands/jobs/jobPool.ts). Both job repositories implement this and pass tests/storage/instancesContract.ts.

/** A claim on one job: who holds it, and which claim it is. */
export interface JobLease {
  jobId: string;
  /** The instance that holds it (config.instanceId). */
  owner: string;
  /** Increases with every claim of the job, whoever makes it. */
  version: number;
}

export interface JobLeaseRepository<J extends { id: string }> {
  /**
   * Takes the job's lease for `owner` until `expiresAt` (ISO) when the job is queued or running and its
   * lease is free: never claimed, released, or expired at `now` (ISO). One atomic compare-and-set: of two
   * instances claiming at once, one gets the lease and the other null. Null for an unknown or finished job.
   */
  claim(jobId: string, owner: string, now: string, expiresAt: string): Promise<JobLease | null>;
  /** Extends the lease to `expiresAt`; false (writing nothing) when it is no longer held (taken over). */
  renew(lease: JobLease, expiresAt: string): Promise<boolean>;
  /** Frees the lease, if still held, so that any instance may claim the job at once. */
  release(lease: JobLease): Promise<void>;
  /** Replaces the stored job as `update` does, but only while `lease` is held; false (writing nothing) otherwise. */
  updateLeased(job: J, lease: JobLease): Promise<boolean>;
  /** Queued or running jobs whose lease is free at `now` (ISO), oldest first: what an instance may take on. */
  listClaimable(now: string): Promise<J[]>;
}
