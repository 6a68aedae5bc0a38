// Restores a backup made by `npm run backup` into an empty data folder:
//   DATA_DIR=/srv/nysa/data npm run restore -- --from /backups/nysa-2026-11-24.sqlite
// Refuses a DATA_DIR that holds anything (a store is never overwritten); checks the backup first.
// Start Nysa on that DATA_DIR afterwards: it migrates an older backup. Exits 1 when refused, 2 on bad usage.
import { loadConfig, type Config } from '../server/config';
import { sqliteFileOf } from '../server/storage';
import { restoreSqlite } from '../server/storage/sqlite/backup';
import { consoleIo, runAsScript, type CliIo } from './cliOutput';
import { runBackupTool } from './backupTool';

export const USAGE = 'usage: npm run restore -- --from <file>   (into the empty DATA_DIR)';

export function main(argv: readonly string[], io: CliIo = consoleIo, config: Config = loadConfig()): Promise<number> {
  return runBackupTool(argv, 'from', USAGE, io, config, async (file) => {
    const restored = await restoreSqlite(file, config.dataDir, sqliteFileOf(config.dataDir));
    io.out(`Restored ${file} as ${restored.file} (schema version ${restored.schemaVersion}). Start Nysa with DATA_DIR=${config.dataDir}.`);
  });
}

if (require.main === module) runAsScript('restore', () => main(process.argv.slice(2)));
