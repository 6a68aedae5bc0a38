// passwordResets: one-time password reset links by id; only the hash of a link's secret is stored.
import { Schema } from 'mongoose';
import type { PasswordReset } from '../../../domain/users/types';
import { collectionOptions, fromDate, fromNullableDate, toDate, toNullableDate } from './common';

export interface PasswordResetDoc {
  _id: string;
  secretHash: string;
  userId: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export const passwordResetSchema = new Schema<PasswordResetDoc>(
  {
    _id: { type: String, required: true },
    secretHash: { type: String, required: true },
    userId: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  collectionOptions('passwordResets'),
);
passwordResetSchema.index({ userId: 1 });

export const toPasswordResetDoc = (reset: PasswordReset): PasswordResetDoc => ({
  _id: reset.id,
  secretHash: reset.secretHash,
  userId: reset.userId,
  createdBy: reset.createdBy,
  createdAt: toDate(reset.createdAt),
  expiresAt: toDate(reset.expiresAt),
  usedAt: toNullableDate(reset.usedAt),
});

export const fromPasswordResetDoc = (doc: PasswordResetDoc): PasswordReset => ({
  id: doc._id,
  secretHash: doc.secretHash,
  userId: doc.userId,
  createdBy: doc.createdBy,
  createdAt: fromDate(doc.createdAt),
  expiresAt: fromDate(doc.expiresAt),
  usedAt: fromNullableDate(doc.usedAt),
});
