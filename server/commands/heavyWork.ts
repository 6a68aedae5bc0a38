// The context's HeavyWork (worker threads in the server), or the same functions run inline.
import { runHeavyTask } from '../domain/heavyTasks';
import type { HeavyWork } from '../ports/heavyWork';
import type { CommandContext } from './context';

export const inlineHeavyWork: HeavyWork = {
  async run(task, input) {
    return runHeavyTask(task, input);
  },
};

export const heavyWorkOf = (ctx: Pick<CommandContext, 'heavyWork'>): HeavyWork => ctx.heavyWork ?? inlineHeavyWork;
