// Job leases (ports/jobLeases.ts) over a job table with lease_owner, lease_version and lease_expires_at
// (migration 013). A claim is one UPDATE … RETURNING: SQLite runs one writer at a time, so of two
// instances claiming the same job one changes the row and the other matches nothing.
import type { JobLease, JobLeaseRepository } from '../../ports/jobLeases';
import type { Db } from './database';
import { writeTransaction } from './shared';

type JobTable = 'mt_jobs' | 'tm_import_jobs';

const FREE = `status IN ('queued', 'running') AND (lease_owner IS NULL OR lease_expires_at <= @now)`;
const HELD = 'id = @jobId AND lease_owner = @owner AND lease_version = @version';

/**
 * The lease methods of the jobs in `table`; `replace` stores a job as the repository's `update` does and
 * returns how many rows it changed (the repository's own statement, so both write exactly the same fields).
 */
export function createJobLeases<J extends { id: string }, R>(db: Db, table: JobTable, toJob: (row: R) => J, replace: (job: J) => number): JobLeaseRepository<J> {
  const claim = db.prepare<{ jobId: string; owner: string; now: string; expiresAt: string }, { version: number }>(
    `UPDATE ${table} SET lease_owner = @owner, lease_version = lease_version + 1, lease_expires_at = @expiresAt
     WHERE id = @jobId AND ${FREE} RETURNING lease_version AS version`,
  );
  const renew = db.prepare<JobLease & { expiresAt: string }>(`UPDATE ${table} SET lease_expires_at = @expiresAt WHERE ${HELD}`);
  const release = db.prepare<JobLease>(`UPDATE ${table} SET lease_owner = NULL, lease_expires_at = NULL WHERE ${HELD}`);
  const held = db.prepare<JobLease, { id: string }>(`SELECT id FROM ${table} WHERE ${HELD}`);
  const claimable = db.prepare<{ now: string }, R>(`SELECT * FROM ${table} WHERE ${FREE} ORDER BY created_at, seq`);
  // IMMEDIATE: the write lock is taken before the check, so no other instance can claim in between.
  const updateLeased = writeTransaction(db, (job: J, lease: JobLease): boolean => {
    if (!held.get(lease)) return false;
    return replace(job) > 0;
  });

  return {
    async claim(jobId, owner, now, expiresAt) {
      const row = claim.get({ jobId, owner, now, expiresAt });
      return row ? { jobId, owner, version: row.version } : null;
    },
    async renew(lease, expiresAt) {
      return renew.run({ ...leaseParams(lease), expiresAt }).changes > 0;
    },
    async release(lease) {
      release.run(leaseParams(lease));
    },
    async updateLeased(job, lease) {
      return updateLeased(job, leaseParams(lease));
    },
    async listClaimable(now) {
      return claimable.all({ now }).map(toJob);
    },
  };
}

/** Exactly the named parameters the statements use, whatever else the object carries. */
const leaseParams = ({ jobId, owner, version }: JobLease): JobLease => ({ jobId, owner, version });
