// The reusable part of `scripts/align.ts`: align a German file with its Polish counterpart.
// `runAlignCli` turns arguments and a file reader into the output text; `alignMain` is the whole
// command with its input and output passed in, so tests need no process.
import { DomainError } from '../server/domain/errors';
import { alignTexts } from '../server/domain/alignment/alignTexts';
import { CliUsageError, jsonLinesArray, parseFlags } from './cli';

export const ALIGN_USAGE =
  'Usage: align --de FILE --pl FILE [--format text|markdown]\n' +
  '  Prints a JSON array of {"de": [...], "pl": [...], "confidence"} per bead, in document order.\n';

export type ReadFile = (path: string) => string;

function read(readFile: ReadFile, path: string): string {
  try {
    return readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? (error as Error).message);
    throw new CliUsageError(`cannot read ${path} (${reason})`);
  }
}

/** Throws CliUsageError for bad flags or unreadable files and DomainError for input the parser refuses. */
export function runAlignCli(argv: readonly string[], readFile: ReadFile): string {
  const flags = parseFlags(argv, { de: {}, pl: {}, format: { values: ['text', 'markdown'] } });
  if (flags.de === undefined || flags.pl === undefined) throw new CliUsageError('--de FILE and --pl FILE are required');
  const format = (flags.format ?? 'text') as 'text' | 'markdown';
  const deText = read(readFile, flags.de);
  const plText = read(readFile, flags.pl);
  const beads = alignTexts(deText, plText, format).map((bead) => ({
    de: bead.de,
    pl: bead.pl,
    confidence: Math.round(bead.confidence * 100) / 100,
  }));
  return jsonLinesArray(beads);
}

export interface AlignCliIo {
  readFile: ReadFile;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** `align …`: 0 on success, 2 on a usage error, an unreadable file or refused input (message on stderr). */
export function alignMain(argv: readonly string[], io: AlignCliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(ALIGN_USAGE);
    return 0;
  }
  try {
    io.stdout(`${runAlignCli(argv, io.readFile)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`align: ${error.message}\n${error.message.startsWith('cannot read') ? '' : ALIGN_USAGE}`);
      return 2;
    }
    if (error instanceof DomainError) {
      io.stderr(`align: ${error.message} (${error.code})\n`);
      return 2;
    }
    throw error;
  }
}
