// The MongoDB change log (storage/mongo/repositories/changeLogRepository.ts) without a server: the
// collection and its change streams are fakes that record how they were opened, so what the follower
// asks the server for (start just after `ready`, resume after the last change, start afresh when the
// history is lost) and what it delivers are checked here. tests/storage/mongo.test.ts runs the same
// repository against a real replica set through the instances contract when MONGODB_URI is set.
import { EventEmitter } from 'node:events';
import { mongo, type Connection, type Model } from 'mongoose';
import type { ChangeLogEntry } from '../../server/ports/changeLog';
import { MongoChangeLogRepository } from '../../server/storage/mongo/repositories/changeLogRepository';
import { toChangeLogDoc, type ChangeLogDoc } from '../../server/storage/mongo/schemas/changeLog';

const REOPEN_MS = 20;

/** One change stream the repository opened: its pipeline, options and whether it was closed. */
class FakeStream extends EventEmitter {
  closed = false;
  constructor(
    readonly pipeline: unknown[],
    readonly options: mongo.ChangeStreamOptions,
  ) {
    super();
  }
  async close(): Promise<void> {
    this.closed = true;
  }
  /** The server reports an insert. */
  insert(token: string, entry: ChangeLogEntry): void {
    this.emit('change', { _id: { _data: token }, operationType: 'insert', fullDocument: toChangeLogDoc(entry, `id-${token}`) });
  }
}

function fakeMongo() {
  const streams: FakeStream[] = [];
  const calls: { insertMany: unknown[][]; deleteMany: unknown[] } = { insertMany: [], deleteMany: [] };
  const collection = {
    watch(pipeline: unknown[], options: mongo.ChangeStreamOptions) {
      const stream = new FakeStream(pipeline, options);
      streams.push(stream);
      return stream;
    },
  };
  const connection = {
    db: {
      collection: (name: string) => (name === 'changeLog' ? collection : null),
      admin: () => ({ command: async () => ({ ok: 1, operationTime: new mongo.Timestamp({ t: 1_760_000_000, i: 7 }) }) }),
    },
  } as unknown as Connection;
  const model = {
    collection: { collectionName: 'changeLog' },
    insertMany: async (docs: unknown[]) => void calls.insertMany.push(docs),
    deleteMany: (filter: unknown) => ({ exec: async () => (calls.deleteMany.push(filter), { deletedCount: 3 }) }),
  } as unknown as Model<ChangeLogDoc>;
  return { repository: new MongoChangeLogRepository(model, connection, REOPEN_MS), streams, calls };
}

const entry = (n: number): ChangeLogEntry => ({ topic: 'segments', origin: 'instance-a', payload: { n, text: '$set.x' }, at: `2026-03-01T10:00:0${n}.000Z` });

/** Waits (up to 5 s) until `count` streams were opened. */
async function opened(streams: FakeStream[], count: number): Promise<FakeStream[]> {
  for (const deadline = Date.now() + 5_000; streams.length < count && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 5));
  return streams;
}

describe('MongoChangeLogRepository (fake collection)', () => {
  it('append inserts the entries in order, each with an id of its own and its payload as JSON text', async () => {
    const { repository, calls } = fakeMongo();

    await repository.append([entry(1), entry(2)]);
    await repository.append([]);

    expect(calls.insertMany).toHaveLength(1);
    const docs = calls.insertMany[0] as ChangeLogDoc[];
    expect(docs.map(({ _id: _ignored, ...doc }) => doc)).toEqual([
      { topic: 'segments', origin: 'instance-a', payload: '{"n":1,"text":"$set.x"}', at: new Date('2026-03-01T10:00:01.000Z') },
      { topic: 'segments', origin: 'instance-a', payload: '{"n":2,"text":"$set.x"}', at: new Date('2026-03-01T10:00:02.000Z') },
    ]);
    expect(new Set(docs.map((doc) => doc._id)).size).toBe(2);
  });

  it('prune deletes the entries older than the time given and says how many', async () => {
    const { repository, calls } = fakeMongo();

    expect(await repository.prune('2026-03-01T09:50:00.000Z')).toBe(3);
    expect(calls.deleteMany).toEqual([{ at: { $lt: new Date('2026-03-01T09:50:00.000Z') } }]);
  });

  it('follows inserts from just after the operation time the server reported at ready, and delivers each change', async () => {
    const { repository, streams } = fakeMongo();
    const received: ChangeLogEntry[] = [];

    const follower = repository.follow((entries) => received.push(...entries), { pollMs: 10, onError: () => {} });
    await follower.ready;
    streams[0].insert('t1', entry(1));
    streams[0].insert('t2', entry(2));

    expect(streams).toHaveLength(1);
    expect(streams[0].pipeline).toEqual([{ $match: { operationType: 'insert' } }]);
    expect(streams[0].options).toEqual({ startAtOperationTime: new mongo.Timestamp({ t: 1_760_000_000, i: 8 }) });
    expect(received).toEqual([entry(1), entry(2)]);
    await follower.stop();
    expect(streams[0].closed).toBe(true);
  });

  it('leaves the follower\'s own origin out in the stream\'s match, on the server', async () => {
    const { repository, streams } = fakeMongo();

    const follower = repository.follow(() => {}, { pollMs: 10, onError: () => {}, exceptOrigin: 'instance-a' });
    await follower.ready;

    expect(streams[0].pipeline).toEqual([{ $match: { operationType: 'insert', 'fullDocument.origin': { $ne: 'instance-a' } } }]);
    await follower.stop();
  });

  it('reports a failed stream, closes it and opens another that resumes after the last change delivered', async () => {
    const { repository, streams } = fakeMongo();
    const received: ChangeLogEntry[] = [];
    const errors: unknown[] = [];
    const follower = repository.follow((entries) => received.push(...entries), { pollMs: 10, onError: (error) => errors.push(error) });
    await follower.ready;
    streams[0].insert('t1', entry(1));
    const failure = Object.assign(new Error('connection reset'), { code: 6 });

    streams[0].emit('error', failure);
    await opened(streams, 2);
    streams[1].insert('t2', entry(2));

    expect(errors).toEqual([failure]);
    expect(streams[0].closed).toBe(true);
    expect(streams[1].options).toEqual({ resumeAfter: { _data: 't1' } });
    expect(received).toEqual([entry(1), entry(2)]);
    await follower.stop();
  });

  it('starts afresh (no resume token) when the server says the history to resume from is lost', async () => {
    const { repository, streams } = fakeMongo();
    const follower = repository.follow(() => {}, { pollMs: 10, onError: () => {} });
    await follower.ready;
    streams[0].insert('t1', entry(1));

    streams[0].emit('error', Object.assign(new Error('resume point no longer in the oplog'), { code: 286 }));
    await opened(streams, 2);

    expect(streams[1].options).toEqual({});
    await follower.stop();
  });

  it('opens nothing more after stop, even when the stream failed just before', async () => {
    const { repository, streams } = fakeMongo();
    const received: ChangeLogEntry[] = [];
    const follower = repository.follow((entries) => received.push(...entries), { pollMs: 10, onError: () => {} });
    await follower.ready;

    streams[0].emit('error', Object.assign(new Error('interrupted'), { code: 11601 }));
    await follower.stop();
    await new Promise((resolve) => setTimeout(resolve, 5 * REOPEN_MS));

    expect(streams).toHaveLength(1);
    expect(received).toEqual([]);
  });
});
