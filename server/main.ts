// Composition root: config → store → integrations → commands → app → listen.
import path from 'node:path';
import { ensureAdmin } from './commands/users/ensureAdmin';
import type { CommandContext } from './commands/context';
import { createInProcessFeed } from './commands/live/inProcessFeed';
import { PresenceRegistry } from './commands/live/presenceRegistry';
import { SessionStreams } from './commands/live/sessionStreams';
import { OverdueWatcher } from './commands/notifications/overdue';
import { withChangeFeed } from './commands/live/publishingStore';
import { MtJobRunner } from './commands/mt/runJob';
import { TmxImportRunner } from './commands/tm/runTmxImport';
import { TmService } from './commands/tm/tmService';
import { loadConfig } from './config';
import { createApp } from './http/app';
import { createMachineTranslator } from './integrations/deepl';
import { uuidGenerator } from './ports/ids';
import { systemClock } from './ports/system';
import { createStore } from './storage';
import { createLocalImportFiles } from './storage/importFiles';

async function main(): Promise<void> {
  const config = loadConfig();
  // Every committed segment change is announced to the documents' live watchers (GET /api/documents/:id/events).
  const changeFeed = createInProcessFeed();
  const store = withChangeFeed(await createStore(config), changeFeed);
  const ctx: CommandContext = { config, store, translator: createMachineTranslator(config), clock: systemClock, ids: uuidGenerator };
  // One in-memory translation memory per process, caught up with the store before each use.
  ctx.tm = new TmService(store);

  const admin = await ensureAdmin(ctx);
  if (admin.created) {
    console.log(`Created the first admin account: ${admin.email}`);
    if (admin.generatedPassword) console.log(`Its generated password (shown only now): ${admin.generatedPassword}`);
  }

  const mtJobs = new MtJobRunner(ctx);
  const resumed = await mtJobs.resumeUnfinished();
  if (resumed > 0) console.log(`Resumed ${resumed} machine translation job(s)`);

  const tmxImports = new TmxImportRunner(ctx, createLocalImportFiles(path.join(config.dataDir, 'imports')));
  const resumedImports = await tmxImports.resumeUnfinished();
  if (resumedImports > 0) console.log(`Resumed ${resumedImports} TMX import(s)`);

  const presence = new PresenceRegistry(ctx.clock, changeFeed);
  // Steps past their due date: their assignees are notified once per step and due date.
  const overdue = new OverdueWatcher(ctx, config.overdueCheckMs);
  const sessionStreams = new SessionStreams();
  const app = createApp({ ...ctx, mtJobs, tmxImports, changeFeed, presence, sessionStreams });
  const server = app.listen(config.port, config.host, () => {
    const mt = ctx.translator.configured ? 'DeepL configured' : 'machine translation off (DEEPL_AUTH_KEY not set)';
    console.log(`Nysa listening on http://localhost:${config.port} — store: ${store.kind}, ${mt}`);
  });

  const shutdown = (signal: string) => {
    console.log(`${signal}: shutting down`);
    server.close();
    server.closeAllConnections(); // open live update streams would otherwise keep it waiting
    presence.close();
    overdue.stop();
    void Promise.all([mtJobs.stop(), tmxImports.stop()])
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Nysa could not start:', error);
  process.exit(1);
});
