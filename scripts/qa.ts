// Checks a bilingual German–Polish TSV file: `npx tsx scripts/qa.ts FILE.tsv`.
// Prints `[{ "line", "check", "severity", "message" }]`; exit code 0 (also with issues), 2 if unreadable.
import { readFileSync } from 'node:fs';
import { runQaCli } from './qaCli';

process.exitCode = runQaCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
