// counters: named sequences (mongo-only). `segmentEvents` hands out the events' `seq` numbers.
import { Schema } from 'mongoose';
import { collectionOptions, count } from './common';

export interface CounterDoc {
  _id: string;
  seq: number;
}

export const counterSchema = new Schema<CounterDoc>(
  {
    _id: { type: String, required: true },
    seq: count(),
  },
  collectionOptions('counters'),
);
