// The reusable part of `scripts/segment.ts`: segment a document read from stdin and say which language
// each segment is in. `runSegmentCli` turns arguments and input into the output text; `segmentMain`
// is the whole command with its input and output passed in, so tests need no process.
import { DomainError } from '../server/domain/errors';
import { parseDocument } from '../server/domain/formats';
import { identifyLanguage, type IdentifiedLanguage } from '../server/domain/language/identify';
import { renderPlaceholders } from '../server/domain/segmentation/placeholders';
import { CliUsageError, jsonLinesArray, parseFlags } from './cli';

export const SEGMENT_USAGE =
  'Usage: segment [--lang de|pl] [--format text|markdown] < FILE\n' +
  '  Prints a JSON array of {"text", "lang"} per segment; lang is de, pl, other or neutral.\n';

export interface SegmentedLine {
  text: string;
  lang: IdentifiedLanguage;
}

/** The segments of `input` with their languages; `--lang` is the document's language (default de). */
export function segmentText(input: string, lang: 'de' | 'pl', format: 'text' | 'markdown'): SegmentedLine[] {
  if (!input.trim()) return [];
  return parseDocument(format, input, lang).segments.map((segment) => ({
    text: renderPlaceholders(segment.source, segment.tags),
    lang: identifyLanguage(segment.source, { documentLanguage: lang }),
  }));
}

/** Throws CliUsageError for bad flags and DomainError for input the parser refuses. */
export function runSegmentCli(argv: readonly string[], stdinText: string): string {
  const flags = parseFlags(argv, { lang: { values: ['de', 'pl'] }, format: { values: ['text', 'markdown'] } });
  const lang = (flags.lang ?? 'de') as 'de' | 'pl';
  const format = (flags.format ?? 'text') as 'text' | 'markdown';
  return jsonLinesArray(segmentText(stdinText, lang, format));
}

export interface SegmentCliIo {
  readStdin(): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** `segment …`: 0 on success, 2 on a usage error or refused input (message on stderr). */
export function segmentMain(argv: readonly string[], io: SegmentCliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(SEGMENT_USAGE);
    return 0;
  }
  try {
    io.stdout(`${runSegmentCli(argv, io.readStdin())}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`segment: ${error.message}\n${SEGMENT_USAGE}`);
      return 2;
    }
    if (error instanceof DomainError) {
      io.stderr(`segment: ${error.message} (${error.code})\n`);
      return 2;
    }
    throw error;
  }
}
