// Picks the store: MongoDB when MONGODB_URI is set, otherwise the embedded SQLite file under DATA_DIR.
// mongoose is loaded only when it is used (it costs ~30 MiB and ~0.3 s of start-up otherwise).
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { Store } from '../ports/repositories';
import { createSqliteStore } from './sqlite';

/** The embedded store's file in a data folder. */
export const sqliteFileOf = (dataDir: string): string => path.join(dataDir, 'nysa.sqlite');

export async function createStore(config: Pick<Config, 'mongodbUri' | 'dataDir' | 'sqlite'>): Promise<Store> {
  if (config.mongodbUri) {
    const { createMongoStore } = await import('./mongo');
    return createMongoStore(config.mongodbUri);
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const checkpoints = { intervalMs: config.sqlite.checkpointMs, restartFrames: config.sqlite.checkpointRestartPages };
  return createSqliteStore({ file: sqliteFileOf(config.dataDir), checkpoints });
}
