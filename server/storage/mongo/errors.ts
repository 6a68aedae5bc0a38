// Driver errors become domain errors at the repository boundary; nothing mongoose-shaped leaks out.
import mongoose from 'mongoose';
import { Conflict, DomainError, InvalidInput } from '../../domain/errors';

interface DuplicateKeyInfo {
  /** The first field of the violated unique index, e.g. `email` or `_id`. */
  field: string | null;
  value: unknown;
  /** The collection named in the server's message, when it names one. */
  collection: string | null;
}

const ENTITY_BY_COLLECTION: Record<string, string> = {
  users: 'user',
  projects: 'project',
  documents: 'document',
  segments: 'segment',
  segmentEvents: 'segment event',
  mtJobs: 'mt job',
  mtCache: 'mt cache entry',
  sessions: 'session',
  alignments: 'alignment',
  tmUnits: 'tm unit',
  passwordResets: 'password reset',
  auditEvents: 'audit entry',
  documentRevisions: 'document revision',
  lqaAnnotations: 'annotation',
  webhooks: 'webhook',
  webhookDeliveries: 'webhook delivery',
};

/** `email_1` → `email`, `documentId_1_index_1` → `documentId`, `_id_` → `_id`. */
function fieldOfIndex(indexName: string | undefined): string | null {
  if (!indexName) return null;
  if (indexName === '_id_') return '_id';
  return /^(.+?)_(?:-?1|text|hashed|2dsphere)(?:_|$)/.exec(indexName)?.[1] ?? indexName;
}

/** Recognizes error 11000 (duplicate key) from a single write, a bulk write or insertMany. */
export function duplicateKey(error: unknown): DuplicateKeyInfo | null {
  if (typeof error !== 'object' || error === null) return null;
  const candidates: unknown[] = [error];
  const writeErrors = (error as { writeErrors?: unknown }).writeErrors;
  if (Array.isArray(writeErrors)) candidates.push(...writeErrors.map((w) => (w as { err?: unknown }).err ?? w));
  for (const candidate of candidates) {
    const e = candidate as { code?: unknown; keyPattern?: Record<string, unknown>; keyValue?: Record<string, unknown>; errmsg?: unknown; message?: unknown };
    if (e.code !== 11000) continue;
    const text = String(e.errmsg ?? e.message ?? '');
    const field = (e.keyPattern ? Object.keys(e.keyPattern)[0] : undefined) ?? fieldOfIndex(/index: (\S+)/.exec(text)?.[1]);
    const value = e.keyValue && field ? e.keyValue[field] : undefined;
    const collection = /collection: [^.\s]+\.(\S+)/.exec(text)?.[1] ?? null;
    return { field, value, collection };
  }
  return null;
}

/**
 * Maps what the driver or mongoose throws: a duplicate key becomes Conflict (naming the entity of
 * the collection the server reports, else `entity`), a schema violation
 * InvalidInput with the offending paths; domain errors pass unchanged; anything else (network,
 * server) is rethrown as is and ends as a logged 500.
 */
export function translateError(error: unknown, entity: string): unknown {
  if (error instanceof DomainError) return error;
  const duplicate = duplicateKey(error);
  if (duplicate) {
    const duplicated = (duplicate.collection && ENTITY_BY_COLLECTION[duplicate.collection]) || entity;
    return new Conflict(`${duplicated} already exists`, {
      entity: duplicated,
      ...(duplicate.field ? { field: duplicate.field } : {}),
      ...(typeof duplicate.value === 'string' || typeof duplicate.value === 'number' ? { value: duplicate.value } : {}),
    });
  }
  if (error instanceof mongoose.Error.ValidationError) {
    const paths = Object.keys(error.errors).sort();
    return new InvalidInput(`invalid ${entity}: ${paths.join(', ')}`, {
      entity,
      paths,
      reasons: Object.fromEntries(paths.map((path) => [path, error.errors[path]?.message ?? 'invalid'])),
    });
  }
  if (error instanceof mongoose.Error.CastError) {
    return new InvalidInput(`invalid ${entity}: ${error.path}`, { entity, paths: [error.path], reasons: { [error.path]: error.message } });
  }
  return error;
}

/** Runs a repository operation and translates whatever it throws. */
export async function guard<T>(entity: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateError(error, entity);
  }
}
