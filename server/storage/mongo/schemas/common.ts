// Shared pieces of the mongoose schemas: options, validators and the timestamp mapping.
import type { Schema } from 'mongoose';
import type { Timestamp } from '../../../domain/common';

/**
 * Every collection keys documents by the domain id (`_id: String`), has no `__v`, no `id` virtual,
 * and keeps empty objects (settings) as they are.
 */
export const collectionOptions = (collection: string) => ({
  collection,
  versionKey: false,
  id: false,
  minimize: false,
  strict: true,
  // Indexes and collections are created once by `syncModels` at start, never implicitly.
  autoIndex: false,
  autoCreate: false,
}) as const;

/** Options for embedded objects (tags, settings, members): no `_id`, no `id` virtual. */
export const embeddedOptions = { _id: false, id: false, versionKey: false, minimize: false } as const;

export const integer = {
  validator: (value: unknown): boolean => Number.isInteger(value),
  message: 'Path `{PATH}` must be an integer, got {VALUE}.',
};

/** A non-negative integer count (segments, words, characters, progress). */
export const count = () => ({ type: Number, required: true, min: 0, validate: integer });

/**
 * Mongoose's `required` rejects the empty string. Some strings must be present but may be empty
 * (a standalone tag's `close`, an empty skeleton, an empty cached translation): for those paths the
 * required check only asks for a string.
 */
export function allowEmptyString(schema: Schema, ...paths: string[]): void {
  for (const path of paths) {
    const schemaType = schema.path(path) as unknown as { checkRequired: (value: unknown) => boolean };
    schemaType.checkRequired = (value: unknown) => typeof value === 'string';
  }
}

/** Domain timestamps are ISO-8601 strings in UTC; Mongo stores BSON dates (sortable, TTL-able). */
export const toDate = (timestamp: Timestamp): Date => new Date(timestamp);
export const fromDate = (date: Date): Timestamp => date.toISOString();
export const toNullableDate = (timestamp: Timestamp | null): Date | null => (timestamp === null ? null : toDate(timestamp));
export const fromNullableDate = (date: Date | null | undefined): Timestamp | null => (date == null ? null : fromDate(date));

/** Lean reads return `undefined` for a field that was never written; the domain says `null`. */
export const orNull = <T>(value: T | null | undefined): T | null => (value === undefined ? null : value);
