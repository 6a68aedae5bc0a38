// Picks the store: MongoDB when MONGODB_URI is set, otherwise the embedded SQLite file under DATA_DIR.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { Store } from '../ports/repositories';
import { createMongoStore } from './mongo';
import { createSqliteStore } from './sqlite';

export async function createStore(config: Pick<Config, 'mongodbUri' | 'dataDir'>): Promise<Store> {
  if (config.mongodbUri) return createMongoStore(config.mongodbUri);
  fs.mkdirSync(config.dataDir, { recursive: true });
  return createSqliteStore({ file: path.join(config.dataDir, 'nysa.sqlite') });
}
