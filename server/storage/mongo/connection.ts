// Opens a dedicated mongoose connection (never the global one), checks that the server can run
// transactions, and prepares collections and indexes.
import mongoose, { type Connection } from 'mongoose';

export interface MongoConnectOptions {
  /** Database to use; defaults to the one named in the URI (or `test`, mongoose's default). */
  dbName?: string;
  /** How long to wait for a reachable server before failing at start, in ms. Default 10 s. */
  serverSelectionTimeoutMS?: number;
}

export async function openConnection(uri: string, options: MongoConnectOptions = {}): Promise<Connection> {
  const connection = await mongoose
    .createConnection(uri, {
      ...(options.dbName ? { dbName: options.dbName } : {}),
      serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
      autoIndex: false,
      autoCreate: false,
    })
    .asPromise();
  try {
    await requireTransactions(connection);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  return connection;
}

/**
 * Multi-document transactions need a replica set (or a sharded cluster). A standalone server would
 * only fail at the first write, so the store refuses to start instead, with a hint.
 */
async function requireTransactions(connection: Connection): Promise<void> {
  const db = connection.db;
  if (!db) throw new Error('MongoDB connection has no database');
  const hello = (await db.admin().command({ hello: 1 })) as { setName?: string; msg?: string };
  if (hello.setName || hello.msg === 'isdbgrid') return;
  throw new Error(
    'MongoDB must run as a replica set (Nysa writes segments and their events in transactions). ' +
      'Start mongod with --replSet rs0 and run rs.initiate() once, as docker-compose.yml does.',
  );
}
