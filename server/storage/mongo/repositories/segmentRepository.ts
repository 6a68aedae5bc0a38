import type { ClientSession, Connection } from 'mongoose';
import { NotFound, VersionConflict } from '../../../domain/errors';
import type { DocumentRecord } from '../../../domain/documents/types';
import type { DocumentSegmentSummary, Segment, SegmentEvent, Tally } from '../../../domain/segments/types';
import type { SegmentApproval } from '../../../domain/statistics/approvalsPerDay';
import { emptyStateRecord, SegmentState as State, type SegmentState } from '../../../domain/workflow/states';
import type { SegmentChange, SegmentPageQuery, SegmentRepository } from '../../../ports/repositories';
import { SEGMENT_WORK_FIELDS } from '../../../ports/segmentChange';
import { guard } from '../errors';
import type { MongoModels } from '../models';
import { fromDate, toDate } from '../schemas/common';
import { fromSegmentEventDoc, toSegmentEventDoc, type SegmentEventDoc } from '../schemas/segmentEvents';
import { toSegmentQaDoc } from '../schemas/segmentQa';
import type { DocumentDoc } from '../schemas/documents';
import { fromSegmentDoc, toSegmentDoc, type SegmentDoc } from '../schemas/segments';
import { EVENT_SEQUENCE } from './documentRepository';
import { approvedRevisionCounter, distinct, inRequestOrder, raiseApprovedRevisions, reserveSequence } from './shared';

/** One row of the summary aggregation: a (document, state) pair. */
interface StateGroup {
  _id: { documentId: string; state: SegmentState };
  segments: number;
  words: number;
  /** Segments flagged `repetition` in this group, and their words. */
  repeatedSegments: number;
  repeatedWords: number;
  translators: (string | null)[];
  reviewers: (string | null)[];
}

/** A document's current segments: none a source revision removed (`null` also matches a missing field). */
const CURRENT = { removedInRevision: null } as const;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class MongoSegmentRepository implements SegmentRepository {
  constructor(
    private readonly connection: Connection,
    private readonly models: Pick<MongoModels, 'Segment' | 'SegmentEvent' | 'SegmentQa' | 'Counter' | 'Document'>,
  ) {}

  async findById(id: string): Promise<Segment | null> {
    const doc = await this.models.Segment.findOne({ _id: id, ...CURRENT }).lean<SegmentDoc>().exec();
    return doc ? fromSegmentDoc(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<Segment[]> {
    if (ids.length === 0) return [];
    const docs = await this.models.Segment.find({ _id: { $in: distinct(ids) }, ...CURRENT }).lean<SegmentDoc[]>().exec();
    return inRequestOrder(ids, docs.map(fromSegmentDoc));
  }

  async page(query: SegmentPageQuery): Promise<{ items: Segment[]; total: number }> {
    const filter = segmentFilter(query.documentId, query.states);
    const offset = Math.max(0, Math.trunc(query.offset));
    const limit = Math.max(0, Math.trunc(query.limit));
    const [docs, total] = await Promise.all([
      // limit(0) would mean "no limit" to MongoDB; an empty page is asked for explicitly.
      limit === 0
        ? Promise.resolve([] as SegmentDoc[])
        : this.models.Segment.find(filter).sort({ index: 1 }).skip(offset).limit(limit).lean<SegmentDoc[]>().exec(),
      this.models.Segment.countDocuments(filter).exec(),
    ]);
    return { items: docs.map(fromSegmentDoc), total };
  }

  async listByDocument(documentId: string, states?: readonly SegmentState[]): Promise<Segment[]> {
    const docs = await this.models.Segment.find(segmentFilter(documentId, states))
      .sort({ index: 1 })
      .lean<SegmentDoc[]>()
      .exec();
    return docs.map(fromSegmentDoc);
  }

  async applyChanges(changes: readonly SegmentChange[]): Promise<void> {
    if (changes.length === 0) return;
    const { Segment, SegmentEvent, SegmentQa, Counter } = this.models;
    await guard('segment', async () => {
      const firstSeq = await reserveSequence(Counter, EVENT_SEQUENCE, changes.length);
      const eventDocs = changes.map((change, i) => toSegmentEventDoc(change.event, firstSeq + i));
      await this.connection.transaction(async (session) => {
        for (const change of changes) {
          // The work on the target only: the source and its place change with a revision (revisionRepository.ts).
          const doc = toSegmentDoc(change.segment);
          const fields = Object.fromEntries(SEGMENT_WORK_FIELDS.map((field) => [field, doc[field]]));
          const result = await Segment.updateOne(
            { _id: doc._id, version: change.expectedVersion },
            { $set: fields },
            { session, runValidators: true },
          ).exec();
          if (result.matchedCount === 0) await this.throwLostUpdate(session, doc._id, change.expectedVersion);
        }
        await SegmentEvent.insertMany(eventDocs, { session });
        // The QA results the changes carry: each checked the version this transaction just wrote, newer
        // than any stored result, so the filter matches the stored one or the upsert inserts.
        for (const { qa } of changes) {
          if (!qa) continue;
          const { _id, ...fields } = toSegmentQaDoc(qa);
          await SegmentQa.updateOne({ _id, version: { $lte: qa.version } }, { $set: fields }, { upsert: true, session, runValidators: true }).exec();
        }
      });
      const approvals = changes.filter(({ event, segment }) => event.fromState === State.Approved || segment.state === State.Approved);
      await raiseApprovedRevisions(Counter, approvals.map(({ segment }) => segment.projectId));
    });
  }

  /** Explains why a compare-and-set matched nothing. Throwing aborts the transaction. */
  private async throwLostUpdate(session: ClientSession, id: string, expectedVersion: number): Promise<never> {
    const stored = await this.models.Segment.findById(id, { version: 1 })
      .session(session)
      .lean<Pick<SegmentDoc, '_id' | 'version'>>()
      .exec();
    if (!stored) throw new NotFound('segment', id);
    throw new VersionConflict(id, expectedVersion, stored.version);
  }

  async appendEvents(events: readonly SegmentEvent[]): Promise<void> {
    if (events.length === 0) return;
    const { SegmentEvent, Counter } = this.models;
    await guard('segment event', async () => {
      await this.requireSegments(events.map((event) => event.segmentId));
      const firstSeq = await reserveSequence(Counter, EVENT_SEQUENCE, events.length);
      const eventDocs = events.map((event, i) => toSegmentEventDoc(event, firstSeq + i));
      if (eventDocs.length === 1) {
        await SegmentEvent.create(eventDocs[0]);
        return;
      }
      await this.connection.transaction(async (session) => {
        await SegmentEvent.insertMany(eventDocs, { session });
      });
    });
  }

  /** Events of an unknown segment are refused with NotFound, as the SQLite store's foreign key does. */
  private async requireSegments(segmentIds: readonly string[]): Promise<void> {
    const wanted = distinct(segmentIds);
    const found = await this.models.Segment.find({ _id: { $in: wanted } }, { _id: 1 }).lean<Pick<SegmentDoc, '_id'>[]>().exec();
    const known = new Set(found.map((doc) => doc._id));
    const missing = wanted.find((id) => !known.has(id));
    if (missing !== undefined) throw new NotFound('segment', missing);
  }

  async history(segmentId: string): Promise<SegmentEvent[]> {
    const docs = await this.models.SegmentEvent.find({ segmentId })
      .sort({ at: 1, seq: 1 })
      .lean<SegmentEventDoc[]>()
      .exec();
    return docs.map(fromSegmentEventDoc);
  }

  async approvedRevision(projectId: string): Promise<number> {
    const counter = await this.models.Counter.findById(approvedRevisionCounter(projectId)).lean<{ seq: number }>().exec();
    return counter?.seq ?? 0;
  }

  async findBySourceKeys(projectId: string, sourceKeys: readonly string[], states?: readonly SegmentState[]): Promise<Segment[]> {
    if (sourceKeys.length === 0) return [];
    const inStates = states ? { state: { $in: [...states] } } : {};
    const docs = await this.models.Segment.find({ projectId, sourceKey: { $in: distinct(sourceKeys) }, ...inStates, ...CURRENT })
      .sort({ documentId: 1, index: 1 })
      .lean<SegmentDoc[]>()
      .exec();
    return docs.map(fromSegmentDoc);
  }

  async existingSourceKeys(projectId: string, sourceKeys: readonly string[], submittedBefore?: Pick<DocumentRecord, 'id' | 'createdAt'>): Promise<Set<string>> {
    if (sourceKeys.length === 0) return new Set();
    const filter: Record<string, unknown> = { projectId, sourceKey: { $in: distinct(sourceKeys) }, ...CURRENT };
    if (submittedBefore) {
      const createdAt = toDate(submittedBefore.createdAt);
      const earlier = await this.models.Document.find(
        { projectId, $or: [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: submittedBefore.id } }] },
        { _id: 1 },
      )
        .lean<Pick<DocumentDoc, '_id'>[]>()
        .exec();
      filter.documentId = { $in: earlier.map((doc) => doc._id) };
    }
    // One round trip for any number of keys, answered from the { projectId, sourceKey } index.
    const found = await this.models.Segment.distinct('sourceKey', filter).exec();
    return new Set(found as string[]);
  }

  async listApprovals(documentIds: readonly string[], since: string): Promise<SegmentApproval[]> {
    if (documentIds.length === 0) return [];
    // Answered from the { toState, at } index; the word counts come from the segments, one query.
    const events = await this.models.SegmentEvent.find(
      { toState: State.Approved, fromState: { $ne: State.Approved }, at: { $gte: toDate(since) }, documentId: { $in: distinct(documentIds) } },
      { segmentId: 1, documentId: 1, at: 1 },
    )
      .sort({ at: 1, seq: 1 })
      .lean<Pick<SegmentEventDoc, '_id' | 'segmentId' | 'documentId' | 'at'>[]>()
      .exec();
    if (events.length === 0) return [];
    const segments = await this.models.Segment.find({ _id: { $in: distinct(events.map((event) => event.segmentId)) } }, { wordCount: 1 })
      .lean<Pick<SegmentDoc, '_id' | 'wordCount'>[]>()
      .exec();
    const words = new Map(segments.map((segment) => [segment._id, segment.wordCount]));
    return events
      .filter((event) => words.has(event.segmentId))
      .map((event) => ({ segmentId: event.segmentId, documentId: event.documentId, at: fromDate(event.at), wordCount: words.get(event.segmentId)! }));
  }

  async summarize(documentIds: readonly string[]): Promise<DocumentSegmentSummary[]> {
    if (documentIds.length === 0) return [];
    const groups = await this.models.Segment.aggregate<StateGroup>([
      { $match: { documentId: { $in: distinct(documentIds) }, ...CURRENT } },
      {
        $group: {
          _id: { documentId: '$documentId', state: '$state' },
          segments: { $sum: 1 },
          words: { $sum: '$wordCount' },
          repeatedSegments: { $sum: { $cond: ['$repetition', 1, 0] } },
          repeatedWords: { $sum: { $cond: ['$repetition', '$wordCount', 0] } },
          translators: { $addToSet: '$translatedBy' },
          reviewers: { $addToSet: '$reviewedBy' },
        },
      },
    ]).exec();

    const perDocument = new Map<
      string,
      { byState: DocumentSegmentSummary['byState']; repetitions: Tally; translators: Set<string>; reviewers: Set<string> }
    >();
    const entryFor = (documentId: string) => {
      let entry = perDocument.get(documentId);
      if (!entry) {
        entry = {
          byState: emptyStateRecord(() => ({ segments: 0, words: 0 })),
          repetitions: { segments: 0, words: 0 },
          translators: new Set(),
          reviewers: new Set(),
        };
        perDocument.set(documentId, entry);
      }
      return entry;
    };
    for (const group of groups) {
      const entry = entryFor(group._id.documentId);
      entry.byState[group._id.state] = { segments: group.segments, words: group.words };
      entry.repetitions.segments += group.repeatedSegments;
      entry.repetitions.words += group.repeatedWords;
      for (const id of group.translators) if (id != null) entry.translators.add(id);
      for (const id of group.reviewers) if (id != null) entry.reviewers.add(id);
    }

    return documentIds.map((documentId) => {
      const entry = perDocument.get(documentId);
      return {
        documentId,
        byState: entry
          ? copyStateRecord(entry.byState)
          : emptyStateRecord(() => ({ segments: 0, words: 0 })),
        repetitions: entry ? { ...entry.repetitions } : { segments: 0, words: 0 },
        translatorIds: entry ? [...entry.translators].sort(byText) : [],
        reviewerIds: entry ? [...entry.reviewers].sort(byText) : [],
      };
    });
  }
}

/** A fresh copy, so two summaries of the same document id never share tally objects. */
function copyStateRecord(byState: DocumentSegmentSummary['byState']): DocumentSegmentSummary['byState'] {
  const copy = emptyStateRecord(() => ({ segments: 0, words: 0 }));
  for (const state of Object.keys(copy) as SegmentState[]) copy[state] = { ...byState[state] };
  return copy;
}

/** No `states` means every state; an empty list matches nothing (as in the SQLite store). */
function segmentFilter(documentId: string, states?: readonly SegmentState[]): Record<string, unknown> {
  return states === undefined ? { documentId, ...CURRENT } : { documentId, ...CURRENT, state: { $in: [...states] } };
}
