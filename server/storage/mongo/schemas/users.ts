// users: one document per account; the e-mail is stored lower-cased under a unique index.
import { Schema } from 'mongoose';
import { ROLES, type Role, type User } from '../../../domain/users/types';
import { collectionOptions, fromDate, toDate } from './common';

export interface UserDoc {
  _id: string;
  email: string;
  name: string;
  roles: Role[];
  passwordHash: string;
  /** Written for every account since accounts can be deactivated; absent on older documents, which are active. */
  active?: boolean;
  createdAt: Date;
}

export const userSchema = new Schema<UserDoc>(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true, lowercase: true },
    name: { type: String, required: true },
    roles: { type: [{ type: String, enum: ROLES }], required: true },
    passwordHash: { type: String, required: true },
    active: { type: Boolean, default: true },
    createdAt: { type: Date, required: true },
  },
  collectionOptions('users'),
);
userSchema.index({ email: 1 }, { unique: true });

export const toUserDoc = (user: User): UserDoc => ({
  _id: user.id,
  email: user.email.toLowerCase(),
  name: user.name,
  roles: [...user.roles],
  passwordHash: user.passwordHash,
  active: user.active,
  createdAt: toDate(user.createdAt),
});

export const fromUserDoc = (doc: UserDoc): User => ({
  id: doc._id,
  email: doc.email,
  name: doc.name,
  roles: [...doc.roles],
  passwordHash: doc.passwordHash,
  active: doc.active !== false,
  createdAt: fromDate(doc.createdAt),
});
