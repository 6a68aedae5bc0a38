// The change log in MongoDB (ports/changeLog.ts). Appends are inserts; a follower is a change stream on
// the collection's inserts, opened just after the server's operation time at `ready` (startAtOperationTime),
// so nothing appended after it is missed even before the stream's first round trip. The stream's resume token is
// kept in memory: the driver resumes by itself after a brief loss of the primary, and when the stream
// fails for good it is opened again after the last entry delivered (or, when that history is gone from
// the oplog, from now: a missed notice costs a stale view until the next one, never data).
import { randomUUID } from 'node:crypto';
import { mongo, type Connection, type Model } from 'mongoose';
import type { ChangeLogEntry, ChangeLogFollower, ChangeLogFollowOptions, ChangeLogRepository } from '../../../ports/changeLog';
import { fromChangeLogDoc, toChangeLogDoc, type ChangeLogDoc } from '../schemas/changeLog';
import { toDate } from '../schemas/common';

const { Timestamp } = mongo;

/** How long to wait before opening a failed change stream again (by default). */
const REOPEN_MS = 1_000;

/** Server error codes after which the token cannot be resumed from: ChangeStreamFatalError, ChangeStreamHistoryLost. */
const UNRESUMABLE = new Set([280, 286]);

export class MongoChangeLogRepository implements ChangeLogRepository {
  constructor(
    private readonly entries: Model<ChangeLogDoc>,
    private readonly connection: Connection,
    private readonly reopenMs = REOPEN_MS,
  ) {}

  async append(entries: readonly ChangeLogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.entries.insertMany(entries.map((entry) => toChangeLogDoc(entry, randomUUID())), { ordered: true });
  }

  follow(onEntries: (entries: ChangeLogEntry[]) => void, { onError, exceptOrigin }: ChangeLogFollowOptions): ChangeLogFollower {
    const db = this.connection.db;
    if (!db) throw new Error('MongoDB connection has no database');
    const collection = db.collection<ChangeLogDoc>(this.entries.collection.collectionName);
    let token: mongo.ResumeToken | null = null;
    let stream: mongo.ChangeStream<ChangeLogDoc, mongo.ChangeStreamInsertDocument<ChangeLogDoc>> | null = null;
    let reopen: NodeJS.Timeout | null = null;
    let stopped = false;

    const open = (startAtOperationTime?: mongo.Timestamp) => {
      if (stopped) return;
      const options: mongo.ChangeStreamOptions = token ? { resumeAfter: token } : startAtOperationTime ? { startAtOperationTime } : {};
      const match = exceptOrigin === undefined ? { operationType: 'insert' } : { operationType: 'insert', 'fullDocument.origin': { $ne: exceptOrigin } };
      const opened = collection.watch<ChangeLogDoc, mongo.ChangeStreamInsertDocument<ChangeLogDoc>>([{ $match: match }], options);
      stream = opened;
      opened.on('change', (change) => {
        token = change._id;
        onEntries([fromChangeLogDoc(change.fullDocument)]);
      });
      opened.on('error', (error: unknown) => {
        onError(error);
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'number' && UNRESUMABLE.has(code)) token = null;
        void opened.close().catch(() => undefined);
        if (stopped) return;
        reopen = setTimeout(() => open(), this.reopenMs);
        reopen.unref();
      });
    };

    const ready = (async () => {
      // The latest operation the server knows of has happened before `ready`: start just after it.
      const { operationTime } = (await db.admin().command({ hello: 1 })) as { operationTime?: mongo.Timestamp };
      open(operationTime && new Timestamp({ t: operationTime.t, i: operationTime.i + 1 }));
    })();
    return {
      ready,
      async stop() {
        stopped = true;
        if (reopen) clearTimeout(reopen);
        await ready.catch(() => undefined);
        await stream?.close().catch(() => undefined);
      },
    };
  }

  async prune(before: string): Promise<number> {
    const result = await this.entries.deleteMany({ at: { $lt: toDate(before) } }).exec();
    return result.deletedCount;
  }
}
