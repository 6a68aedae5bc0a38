// What the HTTP layer is built from: the command context plus the MT job scheduler, the TMX import
// scheduler, and live updates (the change feed the store publishes on, and who is editing what).
import type { CommandContext, MtJobScheduler } from '../commands/context';
import type { LiveDeps } from '../commands/live/watchDocument';
import type { SessionStreams } from '../commands/live/sessionStreams';
import type { TmxImportScheduler } from '../commands/tm/tmxImports';

export type AppDeps = CommandContext &
  LiveDeps & {
    mtJobs: MtJobScheduler;
    tmxImports: TmxImportScheduler;
    /** The per-session event streams (GET /api/me/events), for whatever ends a session to end them; the app keeps its own when absent. */
    sessionStreams?: SessionStreams;
  };
