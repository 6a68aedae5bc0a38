// mtJobs: machine-translation runs over a document, resumed after a restart while queued or running.
// `seq` (mongo-only) numbers jobs in creation order and breaks ties between equal `createdAt`.
import { Schema } from 'mongoose';
import { JOB_STATUSES, MT_JOB_PHASES, type JobStatus, type MtJob, type MtJobPhase } from '../../../domain/jobs/types';
import { jobLeasePaths, type JobLeaseFields } from './jobLease';
import { collectionOptions, count, fromDate, integer, orNull, toDate } from './common';

export interface MtJobDoc extends Partial<JobLeaseFields> {
  _id: string;
  documentId: string;
  projectId: string;
  status: JobStatus;
  done: number;
  total: number;
  billedCharacters: number;
  sentCharacters: number;
  phase: MtJobPhase | null;
  attempt: number;
  waitingSince: Date | null;
  retryAt: Date | null;
  lastErrorCode: string | null;
  skipped: number;
  errorCode: string | null;
  errorDetail: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  /** Mongo-only: creation order, so "newest" and "oldest" are exact when createdAt ties. */
  seq: number;
}

export const mtJobSchema = new Schema<MtJobDoc>(
  {
    _id: { type: String, required: true },
    documentId: { type: String, required: true },
    projectId: { type: String, required: true },
    status: { type: String, required: true, enum: JOB_STATUSES },
    done: count(),
    total: count(),
    billedCharacters: count(),
    sentCharacters: count(),
    phase: { type: String, enum: [...MT_JOB_PHASES, null], default: null },
    attempt: count(),
    waitingSince: { type: Date, default: null },
    retryAt: { type: Date, default: null },
    lastErrorCode: { type: String, default: null },
    skipped: count(),
    errorCode: { type: String, default: null },
    errorDetail: { type: String, default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    seq: { type: Number, required: true, min: 1, validate: integer },
    ...jobLeasePaths,
  },
  collectionOptions('mtJobs'),
);
mtJobSchema.index({ documentId: 1, createdAt: -1, seq: -1 });
mtJobSchema.index({ status: 1 });

/** The fields a job update replaces: everything but the key and the creation order. */
export const mtJobFields = (job: MtJob): Omit<MtJobDoc, '_id' | 'seq'> => ({
  documentId: job.documentId,
  projectId: job.projectId,
  status: job.status,
  done: job.done,
  total: job.total,
  billedCharacters: job.billedCharacters,
  sentCharacters: job.sentCharacters,
  phase: job.phase,
  attempt: job.attempt,
  waitingSince: job.waitingSince === null ? null : toDate(job.waitingSince),
  retryAt: job.retryAt === null ? null : toDate(job.retryAt),
  lastErrorCode: job.lastErrorCode,
  skipped: job.skipped,
  errorCode: job.errorCode,
  errorDetail: job.errorDetail,
  createdBy: job.createdBy,
  createdAt: toDate(job.createdAt),
  updatedAt: toDate(job.updatedAt),
});

export const toMtJobDoc = (job: MtJob, seq: number): MtJobDoc => ({ _id: job.id, ...mtJobFields(job), seq });

export const fromMtJobDoc = (doc: MtJobDoc): MtJob => ({
  id: doc._id,
  documentId: doc.documentId,
  projectId: doc.projectId,
  status: doc.status,
  done: doc.done,
  total: doc.total,
  billedCharacters: doc.billedCharacters,
  // jobs stored before these fields existed: what was billed was sent, and they are not running
  sentCharacters: doc.sentCharacters ?? doc.billedCharacters,
  phase: orNull(doc.phase),
  attempt: doc.attempt ?? 0,
  waitingSince: doc.waitingSince ? fromDate(doc.waitingSince) : null,
  retryAt: doc.retryAt ? fromDate(doc.retryAt) : null,
  lastErrorCode: orNull(doc.lastErrorCode),
  skipped: doc.skipped ?? 0,
  errorCode: orNull(doc.errorCode),
  errorDetail: orNull(doc.errorDetail),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
});
