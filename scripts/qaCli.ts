// The reusable part of `scripts/qa.ts`: check a bilingual TSV text and render the issues' English
// messages; `runQaCli` is the whole command with its input and output passed in, so tests need no process.
import { checkTsvPairs } from '../server/domain/qa/tsv';
import type { QaSeverity } from '../server/domain/qa/types';
import { jsonLinesArray } from './cli';
import { translateQa } from '../server/i18n';

export interface QaCliIssue {
  line: number;
  check: string;
  severity: QaSeverity;
  message: string;
}

export function renderQaMessage(code: string, params: Record<string, string | number>): string {
  return translateQa(code, params, 'en');
}

export function checkTsv(text: string): QaCliIssue[] {
  return checkTsvPairs(text).map(({ line, check, severity, code, params }) => ({
    line,
    check,
    severity,
    message: renderQaMessage(code, params),
  }));
}

export interface QaCliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** `qa FILE.tsv`: prints the issues as a JSON array, one issue a line; 0 even with issues, 2 when the file cannot be read. */
export function runQaCli(args: string[], io: QaCliIo): number {
  const [file] = args;
  if (file === undefined || args.length !== 1) {
    io.stderr('Usage: qa FILE.tsv  (German TAB Polish, one pair a line)\n');
    return 2;
  }
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    io.stderr(`qa: cannot read ${file} (${reason})\n`);
    return 2;
  }
  io.stdout(`${jsonLinesArray(checkTsv(text))}\n`);
  return 0;
}
