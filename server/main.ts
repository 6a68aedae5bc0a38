// Composition root: config → store → integrations → commands → app → listen.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLoginThrottle } from './commands/auth/loginThrottle';
import { ensureAdmin } from './commands/users/ensureAdmin';
import { withAccountFeed } from './commands/users/publishingAccounts';
import type { CommandContext } from './commands/context';
import { createInProcessAccountFeed, createInProcessFeed } from './commands/live/inProcessFeed';
import { PresenceRegistry } from './commands/live/presenceRegistry';
import { withChangeFeed } from './commands/live/publishingStore';
import { MtJobRunner } from './commands/mt/runJob';
import { TmxImportRunner } from './commands/tm/runTmxImport';
import { TmService } from './commands/tm/tmService';
import { loadConfig } from './config';
import { passwordNotice } from './consoleNotice';
import { createApp } from './http/app';
import { commonPasswords } from './integrations/commonPasswords';
import { createMachineTranslator } from './integrations/deepl';
import { uuidGenerator } from './ports/ids';
import { systemClock } from './ports/system';
import { createStore } from './storage';
import { createLocalImportFiles } from './storage/importFiles';

async function main(): Promise<void> {
  const config = loadConfig();
  // Every committed segment change is announced to the documents' live watchers (GET /api/documents/:id/events),
  // and every ended session and changed account too, so that what they had open ends at once.
  const changeFeed = createInProcessFeed();
  const accountFeed = createInProcessAccountFeed();
  const store = withAccountFeed(withChangeFeed(await createStore(config), changeFeed), accountFeed);
  const ctx: CommandContext = {
    config,
    store,
    translator: createMachineTranslator(config),
    clock: systemClock,
    ids: uuidGenerator,
    commonPasswords: commonPasswords(),
  };
  // One in-memory translation memory per process, caught up with the store before each use.
  ctx.tm = new TmService(store);

  const admin = await ensureAdmin(ctx);
  if (admin.created) console.log(`Created the first admin account: ${admin.email}`);

  const mtJobs = new MtJobRunner(ctx);
  const resumed = await mtJobs.resumeUnfinished();
  if (resumed > 0) console.log(`Resumed ${resumed} machine translation job(s)`);

  const tmxImports = new TmxImportRunner(ctx, createLocalImportFiles(path.join(config.dataDir, 'imports')));
  const resumedImports = await tmxImports.resumeUnfinished();
  if (resumedImports > 0) console.log(`Resumed ${resumedImports} TMX import(s)`);

  const presence = new PresenceRegistry(ctx.clock, changeFeed);
  const loginThrottle = createLoginThrottle(config, ctx.clock);
  const app = createApp({ ...ctx, mtJobs, tmxImports, changeFeed, presence, accountFeed, loginThrottle });
  const server = app.listen(config.port, config.host, () => {
    const mt = ctx.translator.configured ? 'DeepL configured' : 'machine translation off (DEEPL_AUTH_KEY not set)';
    // The bound port, not the configured one: PORT=0 (tests) lets the system choose.
    const { port } = server.address() as AddressInfo;
    console.log(`Nysa listening on http://localhost:${port} — store: ${store.kind}, ${mt}`);
    // Last, after the build output and the lines above, so it cannot be missed.
    if (admin.generatedPassword) console.log(passwordNotice('The first admin account was created.', admin.email, admin.generatedPassword));
  });

  const shutdown = (signal: string) => {
    console.log(`${signal}: shutting down`);
    server.close();
    server.closeAllConnections(); // open live update streams would otherwise keep it waiting
    presence.close();
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
