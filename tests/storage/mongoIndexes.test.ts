// MongoDB indexes at start-up, checked without a server: the declared indexes are created and nothing is
// ever dropped except what an index migration names, once. (An operator's own index survives a restart,
// and two instances starting together do not undo each other's work.)
import mongoose, { type Connection, type Model } from 'mongoose';
import { defineModels, type MongoModels } from '../../server/storage/mongo';
import { INDEX_MIGRATIONS, prepareIndexes, type IndexAdmin, type IndexMigration } from '../../server/storage/mongo/indexes';
import { indexAdminOf } from '../../server/storage/mongo/models';

/** An IndexAdmin that records what the start-up asks of it. */
function fakeAdmin(applied: string[] = []) {
  const calls: string[] = [];
  const admin: IndexAdmin = {
    appliedMigrations: async () => new Set(applied),
    markApplied: async (id) => {
      calls.push(`applied ${id}`);
      applied.push(id);
    },
    dropIndex: async (collection, index) => {
      calls.push(`drop ${collection}.${index}`);
    },
    createDeclaredIndexes: async () => {
      calls.push('create declared');
    },
  };
  return { admin, calls };
}

const MIGRATIONS: IndexMigration[] = [
  { id: '001-segments-by-document', reason: 'now unique', drop: [{ collection: 'segments', index: 'documentId_1_index_1' }] },
  { id: '002-sessions-ttl', reason: 'TTL changed', drop: [{ collection: 'sessions', index: 'expiresAt_1' }, { collection: 'sessions', index: 'userId_1' }] },
];

describe('prepareIndexes', () => {
  test('runs each migration not yet applied, in order and once, then creates the declared indexes', async () => {
    const { admin, calls } = fakeAdmin();
    expect(await prepareIndexes(admin, MIGRATIONS)).toEqual(['001-segments-by-document', '002-sessions-ttl']);
    expect(await prepareIndexes(admin, MIGRATIONS)).toEqual([]);
    expect(calls).toEqual([
      'drop segments.documentId_1_index_1',
      'applied 001-segments-by-document',
      'drop sessions.expiresAt_1',
      'drop sessions.userId_1',
      'applied 002-sessions-ttl',
      'create declared',
      'create declared',
    ]);
  });

  test('a migration applied before (by another instance) is skipped', async () => {
    const { admin, calls } = fakeAdmin(['001-segments-by-document']);
    expect(await prepareIndexes(admin, MIGRATIONS)).toEqual(['002-sessions-ttl']);
    expect(calls[0]).toBe('drop sessions.expiresAt_1');
  });

  test('a duplicate migration id is refused before anything is dropped', async () => {
    const { admin, calls } = fakeAdmin();
    await expect(prepareIndexes(admin, [MIGRATIONS[0], { ...MIGRATIONS[1], id: MIGRATIONS[0].id }])).rejects.toThrow('duplicate index migration id');
    expect(calls).toEqual([]);
  });

  test('the shipped migration list has unique ids of the form NNN-name, in order', () => {
    const ids = INDEX_MIGRATIONS.map((migration) => migration.id);
    expect(ids.every((id) => /^\d{3}-[a-z0-9-]+$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('indexAdminOf (mongoose models)', () => {
  let connection: Connection;
  let models: MongoModels;
  beforeAll(() => {
    connection = mongoose.createConnection();
    models = defineModels(connection);
  });
  afterAll(async () => connection.close());
  afterEach(() => jest.restoreAllMocks());

  test('creates the declared indexes of every model and never syncs, cleans or drops indexes', async () => {
    const all = Object.values(models) as Model<unknown>[];
    const created = all.map((model) => jest.spyOn(model, 'createIndexes').mockResolvedValue(undefined as never));
    const dropping = all.flatMap((model) => [
      jest.spyOn(model, 'syncIndexes').mockResolvedValue([] as never),
      jest.spyOn(model, 'cleanIndexes').mockResolvedValue({} as never),
      jest.spyOn(model, 'ensureIndexes').mockResolvedValue(undefined as never),
    ]);
    await indexAdminOf(models).createDeclaredIndexes();
    expect(created.map((spy) => spy.mock.calls.length)).toEqual(Array(all.length).fill(1));
    expect(dropping.map((spy) => spy.mock.calls.length)).toEqual(Array(dropping.length).fill(0));
    expect(all.length).toBe(28); // every collection the store defines, up to the webhook outbox
  });

  test('dropping an index that is already gone (or a collection that does not exist) succeeds; other errors fail', async () => {
    const dropped: string[] = [];
    const failWith = (codeName: string) => Object.assign(new Error(codeName), { codeName });
    const db = {
      collection: (name: string) => ({
        dropIndex: async (index: string) => {
          dropped.push(`${name}.${index}`);
          if (index === 'gone') throw failWith('IndexNotFound');
          if (name === 'nowhere') throw failWith('NamespaceNotFound');
          if (index === 'locked') throw failWith('Unauthorized');
        },
      }),
    };
    const admin = indexAdminOf({ ...models, User: { db: { db } } } as unknown as MongoModels);
    await admin.dropIndex('segments', 'gone');
    await admin.dropIndex('nowhere', 'x_1');
    await admin.dropIndex('segments', 'state_1');
    await expect(admin.dropIndex('segments', 'locked')).rejects.toThrow('Unauthorized');
    expect(dropped).toEqual(['segments.gone', 'nowhere.x_1', 'segments.state_1', 'segments.locked']);
  });
});
