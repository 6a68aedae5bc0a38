// mtJobs: machine-translation runs over a document, resumed after a restart while queued or running.
// `seq` (mongo-only) numbers jobs in creation order and breaks ties between equal `createdAt`.
import { Schema } from 'mongoose';
import { JOB_STATUSES, type JobStatus, type MtJob } from '../../../domain/jobs/types';
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
  errorCode: orNull(doc.errorCode),
  errorDetail: orNull(doc.errorDetail),
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  updatedAt: fromDate(doc.updatedAt),
});
