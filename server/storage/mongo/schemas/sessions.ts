// sessions: login sessions and API tokens by the hash of their secret. MongoDB deletes a session
// on its own once `expiresAt` has passed (TTL index); tokens without an expiry stay.
import { Schema } from 'mongoose';
import type { AuthSession } from '../../../domain/users/types';
import { collectionOptions, fromDate, fromNullableDate, orNull, toDate, toNullableDate } from './common';

export const SESSION_KINDS = ['session', 'token'] as const satisfies readonly AuthSession['kind'][];
const complete: Exclude<AuthSession['kind'], (typeof SESSION_KINDS)[number]> extends never ? true : false = true;
void complete;

export interface SessionDoc {
  _id: string;
  userId: string;
  kind: AuthSession['kind'];
  name: string | null;
  createdAt: Date;
  expiresAt: Date | null;
}

export const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    kind: { type: String, required: true, enum: SESSION_KINDS },
    name: { type: String, default: null },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, default: null },
  },
  collectionOptions('sessions'),
);
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const toSessionDoc = (session: AuthSession): SessionDoc => ({
  _id: session.id,
  userId: session.userId,
  kind: session.kind,
  name: session.name,
  createdAt: toDate(session.createdAt),
  expiresAt: toNullableDate(session.expiresAt),
});

export const fromSessionDoc = (doc: SessionDoc): AuthSession => ({
  id: doc._id,
  userId: doc.userId,
  kind: doc.kind,
  name: orNull(doc.name),
  createdAt: fromDate(doc.createdAt),
  expiresAt: fromNullableDate(doc.expiresAt),
});
