// The MongoDB store against the shared contract. It needs a real server running as a replica set
// (transactions, change streams), e.g. the one of docker-compose.yml with its port published and
// MONGODB_URI='mongodb://127.0.0.1:27017/?directConnection=true' (the comments at its top say why).
// Without MONGODB_URI the suite is skipped, visibly: one skipped test names the reason.
import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { loadConfig } from '../../server/config';
import type { Store } from '../../server/ports/repositories';
import { createMongoStore } from '../../server/storage/mongo';
import { describeAccountsContract } from './accountsContract';
import { describeCollaborationContract } from './collaborationContract';
import { describeStoreContract } from './contract';
import { describeGlossaryContract } from './glossaryContract';
import { describeInstancesContract } from './instancesContract';
import { describeQaResultContract } from './qaContract';
import { describeRevisionContract } from './revisionContract';
import { describeQualityContract } from './qualityContract';
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
async function openTemporaryStore(serverUri: string, dbName = `nysa_test_${randomBytes(6).toString('hex')}`): Promise<Store> {
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

/** Two stores on one database of their own, as two instances of Nysa; closing the first drops the database (close the second first). */
async function openTemporaryPair(serverUri: string): Promise<[Store, Store]> {
  const dbName = `nysa_test_${randomBytes(6).toString('hex')}`;
  const first = await openTemporaryStore(serverUri, dbName);
  return [first, await createMongoStore(serverUri, { dbName })];
}

if (uri) {
  describeStoreContract('mongo', () => openTemporaryStore(uri));
  describeGlossaryContract('mongo', () => openTemporaryStore(uri));
  describeQaResultContract('mongo', () => openTemporaryStore(uri));
  describeTmImportContract('mongo', () => openTemporaryStore(uri));
  describeAccountsContract('mongo', () => openTemporaryStore(uri));
  describeCollaborationContract('mongo', () => openTemporaryStore(uri));
  describeRevisionContract('mongo', () => openTemporaryStore(uri));
  describeInstancesContract('mongo', () => openTemporaryPair(uri));
  describeQualityContract('mongo', () => openTemporaryStore(uri));
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
