// What the HTTP layer is built from: the command context plus the MT job scheduler.
import type { CommandContext, MtJobScheduler } from '../commands/context';
import type { TmxImportScheduler } from '../commands/tmx/tmxImports';

export type AppDeps = CommandContext & { mtJobs: MtJobScheduler; tmxImports: TmxImportScheduler };
