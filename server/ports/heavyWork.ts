// Where the CPU-heavy pure functions of domain/heavyTasks.ts run: on worker threads in the server
// (server/workers/heavyWorkPool.ts), so that no request holds the event loop while a large document is
// segmented or a large glossary file read; inline in scripts and wherever no pool is given
// (commands/heavyWork.ts). Errors arrive as the domain threw them (same class, code and details).
import type { HeavyTaskInput, HeavyTaskName, HeavyTaskOutput } from '../domain/heavyTasks';

export interface HeavyWork {
  run<K extends HeavyTaskName>(task: K, input: HeavyTaskInput<K>): Promise<HeavyTaskOutput<K>>;
}
