// Background TMX imports (commands/tm: startTmxImport, runTmxImport). Both adapters implement it and
// pass the contract in tests/storage/tmImportContract.ts.
import type { TmImportJob } from '../domain/jobs/types';
import type { JobLeaseRepository } from './jobLeases';

/** Claimed with a lease by the instance that runs the import (ports/jobLeases.ts). */
export interface TmImportJobRepository extends JobLeaseRepository<TmImportJob> {
  /** Throws NotFound (entity `project`) when the project does not exist. */
  create(job: TmImportJob): Promise<void>;
  findById(id: string): Promise<TmImportJob | null>;
  /** Replaces the stored job; NotFound when it does not exist. */
  update(job: TmImportJob): Promise<void>;
  /** Jobs still queued or running (to resume after a restart), oldest first. */
  listUnfinished(): Promise<TmImportJob[]>;
}

/** A page of a project's units read in listByProject's order by a cursor (whole-memory reads: the TMX export). */
export interface TmUnitScanPage<T> {
  items: T[];
  /** Pass to the next call; null after the last page. */
  next: string | null;
}
