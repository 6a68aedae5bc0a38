// Aligns a German document with its Polish counterpart, sentence by sentence:
//   npx tsx scripts/align.ts --de FILE --pl FILE [--format text|markdown]
// Prints a JSON array of {"de": [...], "pl": [...], "confidence"}, one bead a line; exit code 2 on
// bad flags, unreadable files or refused input.
import { readFileSync } from 'node:fs';
import { alignMain } from './alignCli';

process.exitCode = alignMain(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
