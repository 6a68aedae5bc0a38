// Segments a document read from stdin and identifies each segment's language:
//   npx tsx scripts/segment.ts [--lang de|pl] [--format text|markdown] < FILE
// Prints a JSON array of {"text", "lang"}, one object a line; exit code 2 on bad flags or input.
import { readFileSync } from 'node:fs';
import { segmentMain } from './segmentCli';

process.exitCode = segmentMain(process.argv.slice(2), {
  readStdin: () => readFileSync(0, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
