// loginFailures: one document per failed sign-in attempt, by key (`account:<e-mail>` or `ip:<address>`,
// commands/auth/loginThrottle.ts), read within a window through the (key, at) index and pruned by age.
import { Schema } from 'mongoose';
import { collectionOptions } from './common';

export interface LoginFailureDoc {
  _id: string;
  key: string;
  at: Date;
}

export const loginFailureSchema = new Schema<LoginFailureDoc>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    at: { type: Date, required: true },
  },
  collectionOptions('loginFailures'),
);
loginFailureSchema.index({ key: 1, at: 1 });
loginFailureSchema.index({ at: 1 });
