// sessions: login sessions and API tokens, keyed by the hash of their secret (how a presented cookie
// or bearer token is found), with a random public id of their own. MongoDB deletes a session on its
// own once `expiresAt` has passed (TTL index); tokens without an expiry stay. Documents written before
// public ids existed get one at start (backfillSessionPublicIds).
import { Schema } from 'mongoose';
import { SESSION_KINDS, type AuthSession } from '../../../domain/users/types';
import { collectionOptions, fromDate, fromNullableDate, orNull, toDate, toNullableDate } from './common';

export interface SessionDoc {
  /** sha256 of the secret, hex. */
  _id: string;
  publicId: string;
  userId: string;
  kind: AuthSession['kind'];
  name: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

export const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    publicId: { type: String, required: true },
    userId: { type: String, required: true },
    kind: { type: String, required: true, enum: SESSION_KINDS },
    name: { type: String, default: null },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, default: null },
    lastUsedAt: { type: Date, default: null },
  },
  collectionOptions('sessions'),
);
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });
// Partial: documents from before public ids existed have none until the backfill at start.
sessionSchema.index({ publicId: 1 }, { unique: true, partialFilterExpression: { publicId: { $type: 'string' } } });
sessionSchema.index({ userId: 1, kind: 1 });
sessionSchema.index({ kind: 1, createdAt: 1, publicId: 1 });

export const toSessionDoc = (session: AuthSession): SessionDoc => ({
  _id: session.secretHash,
  publicId: session.id,
  userId: session.userId,
  kind: session.kind,
  name: session.name,
  createdAt: toDate(session.createdAt),
  expiresAt: toNullableDate(session.expiresAt),
  lastUsedAt: toNullableDate(session.lastUsedAt),
});

export const fromSessionDoc = (doc: SessionDoc): AuthSession => ({
  id: doc.publicId,
  secretHash: doc._id,
  userId: doc.userId,
  kind: doc.kind,
  name: orNull(doc.name),
  createdAt: fromDate(doc.createdAt),
  expiresAt: fromNullableDate(doc.expiresAt),
  lastUsedAt: fromNullableDate(doc.lastUsedAt),
});
