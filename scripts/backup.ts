// A consistent copy of the embedded SQLite store, taken while Nysa runs:
//   npm run backup -- --to /backups/nysa-2026-11-24.sqlite
// Reads the store in DATA_DIR (as the server does); never overwrites a file. In the Docker image:
// node dist/scripts/backup.js --to … . With MONGODB_URI set, use mongodump instead (README).
// Exits 1 when refused (a file exists already, no store …), 2 on bad usage.
import { loadConfig, type Config } from '../server/config';
import { sqliteFileOf } from '../server/storage';
import { backupSqlite } from '../server/storage/sqlite/backup';
import { consoleIo, runAsScript, type CliIo } from './cliOutput';
import { runBackupTool } from './backupTool';

export const USAGE = 'usage: npm run backup -- --to <file>';

export function main(argv: readonly string[], io: CliIo = consoleIo, config: Config = loadConfig()): Promise<number> {
  return runBackupTool(argv, 'to', USAGE, io, config, async (file) => {
    const copy = await backupSqlite(sqliteFileOf(config.dataDir), file);
    io.out(`Backed up ${sqliteFileOf(config.dataDir)} to ${copy.file} (${copy.bytes} bytes, schema version ${copy.schemaVersion}).`);
  });
}

if (require.main === module) runAsScript('backup', () => main(process.argv.slice(2)));
