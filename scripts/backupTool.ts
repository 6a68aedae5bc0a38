// What backup and restore share: one `--to`/`--from <file>` option, the SQLite store only, and a
// refusal printed as `error: …` with exit code 1.
import path from 'node:path';
import type { Config } from '../server/config';
import { BackupRefused } from '../server/storage/sqlite/backup';
import { CliUsageError, parseFlags } from './cli';
import { optionsOrUsage, type CliIo } from './cliOutput';

export async function runBackupTool(
  argv: readonly string[],
  option: 'to' | 'from',
  usage: string,
  io: CliIo,
  config: Config,
  work: (file: string) => Promise<void>,
): Promise<number> {
  const parsed = optionsOrUsage(argv, usage, io, (args) => {
    const file = parseFlags(args, { [option]: {} })[option];
    if (file === undefined) throw new CliUsageError(`missing --${option}`);
    return file;
  });
  if (!parsed) return 2;
  const file = parsed.options;
  if (config.mongodbUri) {
    io.err('error: MONGODB_URI is set: this tool copies the embedded SQLite store only; use mongodump and mongorestore (see the README).');
    return 1;
  }
  try {
    await work(path.resolve(file));
    return 0;
  } catch (error) {
    if (!(error instanceof BackupRefused)) throw error;
    io.err(`error: ${error.message}`);
    return 1;
  }
}
