// HeavyWork on worker threads: a task whose input holds at least `minInputSize` characters (or bytes)
// of text runs on one of `threads` worker threads, a smaller one inline (starting a thread and copying
// the input would cost more than the work). With `threads` 0 everything runs inline.
import { heavyInputSize, runHeavyTask } from '../domain/heavyTasks';
import type { HeavyWork } from '../ports/heavyWork';
import { yieldToEventLoop } from '../slices';
import { WorkerPool } from './pool';

export interface HeavyWorkPoolOptions {
  threads: number;
  minInputSize: number;
}

export interface HeavyWorkPool extends HeavyWork {
  /** Threads running now (they start with the first large task). */
  readonly threads: number;
  close(): Promise<void>;
}

export function createHeavyWorkPool(options: HeavyWorkPoolOptions): HeavyWorkPool {
  const pool = options.threads > 0 ? new WorkerPool('heavyWorker', options.threads) : null;
  return {
    get threads() {
      return pool?.threads ?? 0;
    },
    async run(task, input) {
      if (!pool || heavyInputSize(input) < options.minInputSize) {
        return runHeavyTask(task, input);
      }
      // Handing the input over copies it (tens of ms for an upload of 29 MB): in a turn of its own, not in
      // the one that received it (multer joins an upload's chunks in that turn, as long again).
      await yieldToEventLoop();
      return (await pool.run(task, input)) as ReturnType<typeof runHeavyTask<typeof task>>;
    },
    async close() {
      await pool?.close();
    },
  };
}
