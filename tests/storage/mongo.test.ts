// The MongoDB store against the shared contract. It needs a real server running as a replica set
// (transactions), e.g. `docker compose up mongo` and MONGODB_URI=mongodb://localhost:27017/?replicaSet=rs0.
// Without MONGODB_URI the suite is skipped, visibly: one skipped test names the reason.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../server/config';
import type { Store } from '../../server/ports/repositories';
import { createMongoStore } from '../../server/storage/mongo';
import { describeAccountsContract } from './accountsContract';
import { describeStoreContract } from './contract';
import { describeGlossaryContract } from './glossaryContract';
import { describeQaResultContract } from './qaContract';
import { describeTmImportContract } from './tmImportContract';
import { describeWebhookContract } from './webhookContract';

const uri = loadConfig().mongodbUri;
const SKIP_REASON = 'skipped: MONGODB_URI is not set, no MongoDB server is available on this machine';

/** Removes a test database through a connection of its own (the store's is closed by then). */
async function dropDatabase(serverUri: string, dbName: string): Promise<void> {
  const connection = await mongoose.createConnection(serverUri, { dbName, serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}

/** A store on a database of its own; closing it drops the database. */
async function openTemporaryStore(serverUri: string): Promise<Store> {
  const dbName = `nysa_test_${randomBytes(6).toString('hex')}`;
  const store = await createMongoStore(serverUri, { dbName });
  return {
    ...store,
    close: async () => {
      try {
        await dropDatabase(serverUri, dbName);
      } finally {
        await store.close();
      }
    },
  };
}

if (uri) {
  describeStoreContract('mongo', () => openTemporaryStore(uri));
  describeGlossaryContract('mongo', () => openTemporaryStore(uri));
  describeQaResultContract('mongo', () => openTemporaryStore(uri));
  describeTmImportContract('mongo', () => openTemporaryStore(uri));
  describeAccountsContract('mongo', () => openTemporaryStore(uri));
  describeWebhookContract('mongo', () => openTemporaryStore(uri));

  describe('mongo store', () => {
    test('two stores on different databases coexist in one process', async () => {
      const [a, b] = await Promise.all([openTemporaryStore(uri), openTemporaryStore(uri)]);
      try {
        expect(a.kind).toBe('mongo');
        await a.mtCache.putMany([{ key: 'k', translation: 'a' }]);
        expect(await b.mtCache.getMany(['k'])).toEqual(new Map());
        await b.close();
        expect(await a.mtCache.getMany(['k'])).toEqual(new Map([['k', 'a']]));
      } finally {
        await a.close();
      }
    });
  });
} else {
  console.warn(`store contract: mongo ${SKIP_REASON}`);
  describe('store contract: mongo', () => {
    test.skip(SKIP_REASON, () => {});
  });
}
