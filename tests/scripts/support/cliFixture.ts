// What the tests of the command-line scripts share: a fresh data folder with the embedded SQLite store
// for each test, the configuration pointing at it, and the lines the script printed on each stream.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../../server/config';
import type { Store } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';

export interface CliFixture {
  dir: string;
  config: Config;
  out: string[];
  err: string[];
  /** The streams a script's `main` writes to; they fill `out` and `err`. */
  io: { out: (line: string) => void; err: (line: string) => void };
  /** Opens the test's store, runs `work`, closes the store. */
  withStore<T>(work: (store: Store) => Promise<T>): Promise<T>;
}

/** Registers the set-up and clean-up of each test; the fixture's fields are the current test's. */
export function cliFixture(): CliFixture {
  const fixture: CliFixture = {
    dir: '',
    config: loadConfig({}),
    out: [],
    err: [],
    io: { out: (line) => fixture.out.push(line), err: (line) => fixture.err.push(line) },
    async withStore(work) {
      const store = createSqliteStore({ file: path.join(fixture.dir, 'nysa.sqlite') });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    },
  };
  beforeEach(() => {
    fixture.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-cli-'));
    fixture.config = { ...loadConfig({}), dataDir: fixture.dir, mongodbUri: null };
    fixture.out = [];
    fixture.err = [];
  });
  afterEach(() => fs.rmSync(fixture.dir, { recursive: true, force: true }));
  return fixture;
}
