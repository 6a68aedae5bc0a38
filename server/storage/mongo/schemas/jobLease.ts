// The lease fields every job collection carries (ports/jobLeases.ts): who runs the job, until when, and
// how many claims it has had. Mongo-only fields: the domain's jobs do not see them.
export interface JobLeaseFields {
  leaseOwner: string | null;
  /** Increases with every claim; writes under a lease check it. */
  leaseVersion: number;
  leaseExpiresAt: Date | null;
}

/** The schema paths; a job written before leases existed reads as never claimed. */
export const jobLeasePaths = {
  leaseOwner: { type: String, default: null },
  leaseVersion: { type: Number, default: 0, min: 0 },
  leaseExpiresAt: { type: Date, default: null },
} as const;
