// Small helpers shared by the repositories.
import type { Model } from 'mongoose';
import type { CounterDoc } from '../schemas/counters';
import { duplicateKey } from '../errors';

/** Distinct ids in first-seen order. */
export const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];

/** Puts found items in the order of the ids asked for; ids not found are skipped. */
export function inRequestOrder<T extends { id: string }>(ids: readonly string[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return distinct(ids).flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

/**
 * Reserves `count` consecutive numbers of a named sequence and returns the first. The increment
 * runs outside any transaction on purpose: a counter written inside every transaction would make
 * all concurrent segment saves conflict on one document. A reservation lost to an aborted
 * transaction only leaves a gap; the order stays strictly increasing.
 */
export async function reserveSequence(counters: Model<CounterDoc>, name: string, count: number): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const counter = await counters
        .findOneAndUpdate({ _id: name }, { $inc: { seq: count } }, { upsert: true, new: true })
        .lean<CounterDoc>()
        .exec();
      if (!counter) throw new Error(`counter ${name} could not be created`);
      return counter.seq - count + 1;
    } catch (error) {
      // Two first-ever upserts may race on the same _id; the loser simply increments the winner's.
      if (attempt === 0 && duplicateKey(error)) continue;
      throw error;
    }
  }
}

/** The counter of a project's approved segments (SegmentRepository.approvedRevision). */
export const approvedRevisionCounter = (projectId: string): string => `approvedRevision:${projectId}`;

/**
 * Raises the approved revision of each project once, after a write that touched approved segments:
 * a cache that reads the old revision meanwhile reads the twins again next time, never the reverse.
 * Outside the write's transaction, like every counter here.
 */
export async function raiseApprovedRevisions(counters: Model<CounterDoc>, projectIds: Iterable<string>): Promise<void> {
  for (const projectId of new Set(projectIds)) await reserveSequence(counters, approvedRevisionCounter(projectId), 1);
}
