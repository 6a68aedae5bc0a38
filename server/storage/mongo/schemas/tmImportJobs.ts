// tmImportJobs: background TMX imports, resumed after a restart while queued or running.
// `seq` (mongo-only) numbers jobs in creation order and breaks ties between equal `createdAt`.
import { Schema } from 'mongoose';
import { JOB_STATUSES, type JobStatus, type TmImportJob } from '../../../domain/jobs/types';
import { jobLeasePaths, type JobLeaseFields } from './jobLease';
import { collectionOptions, count, fromDate, integer, orNull, toDate } from './common';

export interface TmImportJobDoc extends Partial<JobLeaseFields> {
  _id: string;
  projectId: string;
  status: JobStatus;
  done: number;
  total: number | null;
  skipped: number;
  bytesRead: number;
  totalBytes: number;
  errorCode: string | null;
  errorDetail: string | null;
  errorLine: number | null;
  errorColumn: number | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Mongo-only: creation order, so "oldest first" is exact when createdAt ties. */
  seq: number;
}

const nullableCount = () => ({ type: Number, default: null, min: 0, validate: { validator: (v: unknown) => v === null || Number.isInteger(v), message: integer.message } });

export const tmImportJobSchema = new Schema<TmImportJobDoc>(
  {
    _id: { type: String, required: true },
    projectId: { type: String, required: true },
    status: { type: String, required: true, enum: JOB_STATUSES },
    done: count(),
    total: nullableCount(),
    skipped: count(),
    bytesRead: count(),
    totalBytes: count(),
    errorCode: { type: String, default: null },
    errorDetail: { type: String, default: null },
    errorLine: nullableCount(),
    errorColumn: nullableCount(),
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    seq: { type: Number, required: true, min: 1, validate: integer },
    ...jobLeasePaths,
  },
  collectionOptions('tmImportJobs'),
);
tmImportJobSchema.index({ status: 1, createdAt: 1, seq: 1 });

/** The fields an update replaces: everything but the key and the creation order. */
export const tmImportJobFields = (job: TmImportJob): Omit<TmImportJobDoc, '_id' | 'seq'> => ({
  projectId: job.projectId,
  status: job.status,
  done: job.done,
  total: job.total,
  skipped: job.skipped,
  bytesRead: job.bytesRead,
  totalBytes: job.totalBytes,
  errorCode: job.errorCode,
  errorDetail: job.errorDetail,
  errorLine: job.errorLine,
  errorColumn: job.errorColumn,
  createdBy: job.createdBy,
  createdAt: toDate(job.createdAt),
  updatedAt: toDate(job.updatedAt),
});

export const toTmImportJobDoc = (job: TmImportJob, seq: number): TmImportJobDoc => ({ _id: job.id, ...tmImportJobFields(job), seq });

export const fromTmImportJobDoc = (doc: TmImportJobDoc): TmImportJob => ({
  id: doc._id,
  projectId: doc.projectId,
  status: doc.status,
  done: doc.done,
  total: orNull(doc.total),
  skipped: doc.skipped,
  bytesRead: doc.bytesRead,
  totalBytes: doc.totalBytes,
  errorCode: orNull(doc.errorCode),
  errorDetail: orNull(doc.errorDetail),
  errorLine: orNull(doc.errorLine),
  errorColumn: orNull(doc.errorColumn),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
});
