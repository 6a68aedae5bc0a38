// The pure functions heavy enough to hold the event loop on a large input, by name: drafting a
// document, parsing a new version of one and aligning it with the old, reading a glossary file or a
// returned XLIFF file, drafting an alignment, checking thousands of targets, writing a large document's
// exports. The server runs them on worker threads (ports/heavyWork.ts, server/workers); each takes and
// returns plain data that crosses a thread.
import { draftAlignment } from './alignment/draft';
import { draftDocument, type DraftDocumentInput } from './documents/draft';
import { readGlossaryFile, type GlossaryFileFormat } from './glossary/files';
import { writeBilingualDocx } from './formats/docx';
import { writeBilingualHtml } from './formats/html';
import { parseDocument, rebuildDocument, type RebuildSegment } from './formats';
import { readXliff, writeXliff12, writeXliff20 } from './formats/xliff';
import type { LanguageCode } from './common';
import type { DocumentFormat } from './documents/types';
import { checkQaBatch } from './qa/batch';
import { measureSegments, type MeasuredVersion } from './revisions/measure';
import { alignRevision } from './revisions/align';

export const HEAVY_TASKS = {
  draftDocument,
  parseVersion: ({ format, content, lang, rules }: DraftDocumentInput): MeasuredVersion => {
    const parsed = parseDocument(format, content, lang, rules);
    return { ...parsed, ...measureSegments(parsed) };
  },
  alignRevision: ({ oldKeys, newKeys }: { oldKeys: string[]; newKeys: string[] }) => alignRevision(oldKeys, newKeys),
  readGlossaryFile: ({ format, content }: { format: GlossaryFileFormat; content: string }) => readGlossaryFile(format, content),
  draftAlignment,
  checkQaBatch,
  readXliff: ({ content }: { content: string }) => readXliff(content),
  writeXliff12,
  writeXliff20,
  rebuildDocument: ({ format, skeleton, segments, targetLang }: { format: DocumentFormat; skeleton: string; segments: RebuildSegment[]; targetLang: LanguageCode }) =>
    rebuildDocument(format, skeleton, segments, targetLang),
  writeBilingualDocx,
  writeBilingualHtml,
};

export type HeavyTasks = typeof HEAVY_TASKS;
export type HeavyTaskName = keyof HeavyTasks;
export type HeavyTaskInput<K extends HeavyTaskName> = Parameters<HeavyTasks[K]>[0];
export type HeavyTaskOutput<K extends HeavyTaskName> = ReturnType<HeavyTasks[K]>;

/** Runs a task on this thread. */
export function runHeavyTask<K extends HeavyTaskName>(task: K, input: HeavyTaskInput<K>): HeavyTaskOutput<K> {
  const run = HEAVY_TASKS[task] as (input: HeavyTaskInput<K>) => HeavyTaskOutput<K>;
  if (typeof run !== 'function') throw new Error(`no heavy task named ${String(task)}`);
  return run(input);
}

/**
 * Characters (or bytes) of the texts in a task's input: what decides whether it leaves the main thread.
 * Texts in a list (the items of a QA batch) count too, one level deep.
 */
export function heavyInputSize(input: object): number {
  let size = 0;
  for (const value of Object.values(input)) {
    if (typeof value === 'string') size += value.length;
    else if (value instanceof Uint8Array) size += value.byteLength;
    else if (Array.isArray(value)) for (const item of value) size += textsOf(item);
  }
  return size;
}

const textsOf = (item: unknown): number => {
  if (typeof item === 'string') return item.length;
  if (typeof item !== 'object' || item === null) return 0;
  let size = 0;
  for (const field of Object.values(item)) if (typeof field === 'string') size += field.length;
  return size;
};
