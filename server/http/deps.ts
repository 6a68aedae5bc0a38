// What the HTTP layer is built from: the command context plus the MT job scheduler, the TMX import
// scheduler, live updates (the feeds the store publishes on, and who is editing what) and the limits
// on failed sign-ins.
import type { LoginThrottle } from '../commands/auth/loginThrottle';
import type { CommandContext, MtJobScheduler } from '../commands/context';
import type { LiveDeps } from '../commands/live/watchDocument';
import type { TmxImportScheduler } from '../commands/tm/tmxImports';

export type AppDeps = CommandContext & LiveDeps & { mtJobs: MtJobScheduler; tmxImports: TmxImportScheduler; loginThrottle: LoginThrottle };
