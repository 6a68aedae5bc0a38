// changeLog: notices between the instances sharing the database (ports/changeLog.ts). Followers read it
// through a change stream, not by queries: the documents are kept only until pruned by age (`at`).
// `payload` is the notice as JSON text, so that no key of it can clash with MongoDB's operators.
import { Schema } from 'mongoose';
import type { ChangeLogEntry } from '../../../ports/changeLog';
import { collectionOptions, fromDate, toDate } from './common';

export interface ChangeLogDoc {
  _id: string;
  topic: string;
  origin: string;
  payload: string;
  at: Date;
}

export const changeLogSchema = new Schema<ChangeLogDoc>(
  {
    _id: { type: String, required: true },
    topic: { type: String, required: true },
    origin: { type: String, required: true },
    payload: { type: String, required: true },
    at: { type: Date, required: true },
  },
  collectionOptions('changeLog'),
);
changeLogSchema.index({ at: 1 });

export const toChangeLogDoc = (entry: ChangeLogEntry, id: string): ChangeLogDoc => ({
  _id: id,
  topic: entry.topic,
  origin: entry.origin,
  payload: JSON.stringify(entry.payload),
  at: toDate(entry.at),
});

export const fromChangeLogDoc = (doc: ChangeLogDoc): ChangeLogEntry => ({
  topic: doc.topic,
  origin: doc.origin,
  payload: JSON.parse(doc.payload),
  at: fromDate(doc.at),
});
