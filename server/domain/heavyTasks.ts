// The pure functions heavy enough to hold the event loop on a large input, by name: drafting a
// document, reading a glossary file, drafting an alignment. The server runs them on worker threads
// (ports/heavyWork.ts, server/workers); each takes and returns plain data that crosses a thread.
import { draftAlignment } from './alignment/draft';
import { draftDocument } from './documents/draft';
import { readGlossaryFile, type GlossaryFileFormat } from './glossary/files';

export const HEAVY_TASKS = {
  draftDocument,
  readGlossaryFile: ({ format, content }: { format: GlossaryFileFormat; content: string }) => readGlossaryFile(format, content),
  draftAlignment,
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

/** Characters (or bytes) of the texts in a task's input: what decides whether it leaves the main thread. */
export function heavyInputSize(input: object): number {
  let size = 0;
  for (const value of Object.values(input)) {
    if (typeof value === 'string') size += value.length;
    else if (value instanceof Uint8Array) size += value.byteLength;
  }
  return size;
}
