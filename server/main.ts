// Composition root: config → store → integrations → commands → app → listen.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLoginThrottle } from './commands/auth/loginThrottle';
import { sessionCacheFor } from './commands/auth/sessionCache';
import { warmProjectTerms } from './commands/glossary/projectTerms';
import { ensureAdmin } from './commands/users/ensureAdmin';
import { withAccountFeed } from './commands/users/publishingAccounts';
import type { CommandContext } from './commands/context';
import { startLiveFeeds } from './commands/live/liveFeeds';
import { OverdueWatcher } from './commands/notifications/overdue';
import { withChangeFeed } from './commands/live/publishingStore';
import { MtJobRunner } from './commands/mt/runJob';
import { TmxImportRunner } from './commands/tm/runTmxImport';
import { TmService } from './commands/tm/tmService';
import { WebhookDispatcher } from './commands/webhooks/dispatcher';
import { loadConfig } from './config';
import { passwordNotice } from './consoleNotice';
import { createApp } from './http/app';
import { createHttpServer } from './http/httpServer';
import { commonPasswords } from './integrations/commonPasswords';
import { createMachineTranslator } from './integrations/deepl';
import { createHttpWebhookSender } from './integrations/webhooks/httpSender';
import { uuidGenerator } from './ports/ids';
import { systemClock } from './ports/system';
import { createStore } from './storage';
import { createLocalImportFiles } from './storage/importFiles';
import { createHeavyWorkPool } from './workers/heavyWorkPool';
import { createPdfThread } from './workers/pdfThread';
import { createQaThread } from './workers/qaThread';
import { createWorkerTmEngine } from './workers/tmWorkerEngine';

/** The translation memory saved under DATA_DIR (server/workers/snapshotFile.ts). */
const TM_SNAPSHOT_FILE = 'tm-memory.snapshot';

async function main(): Promise<void> {
  const config = loadConfig();
  const stored = await createStore(config);
  // Every committed segment change is announced to the documents' live watchers (GET /api/documents/:id/events),
  // and every ended session and changed account too, so that what they had open ends at once; with
  // LIVE_FEED=store (the default) through the store to the watchers of every instance on it.
  const live = await startLiveFeeds(config, stored, systemClock);
  const { changeFeed, accountFeed, presence } = live;
  const store = withAccountFeed(withChangeFeed(stored, changeFeed), accountFeed);
  // Large documents and glossary files are parsed on worker threads, so no request holds the event loop.
  const heavyWork = createHeavyWorkPool({ threads: config.workerThreads, minInputSize: config.workerMinChars });
  // A save's QA checks run on a thread of their own, beside the main thread (none with WORKER_THREADS=0).
  const qaChecks = config.workerThreads > 0 ? createQaThread() : null;
  qaChecks?.warmUp();
  const reportPdf = config.workerThreads > 0 ? createPdfThread() : null;
  const ctx: CommandContext = {
    config,
    store,
    translator: createMachineTranslator(config),
    clock: systemClock,
    ids: uuidGenerator,
    commonPasswords: commonPasswords(),
    heavyWork,
    ...(qaChecks ? { qaChecks } : {}),
    ...(reportPdf ? { reportPdf } : {}),
    sessionCache: sessionCacheFor(config.sessionCacheMs, accountFeed, systemClock),
  };
  // One in-memory translation memory per process, on its own thread, saved under DATA_DIR so that a
  // restart loads it instead of building it; caught up with the store before each use. Loading starts
  // now and nobody waits for it: the server answers at once, lookups once the memory is ready.
  const tm = new TmService(store, {
    engine: createWorkerTmEngine({ snapshotFile: config.tm.snapshot ? path.join(config.dataDir, TM_SNAPSHOT_FILE) : null }),
    saveAfterChanges: config.tm.saveAfterChanges,
    saveDelayMs: config.tm.saveDelayMs,
  });
  ctx.tm = tm;
  tm.warmUp().catch((error: unknown) => console.error('The translation memory could not be loaded (lookups will try again):', error));
  // The glossaries saves check against, read in the background too (a large one takes a second or more).
  warmProjectTerms(ctx).catch((error: unknown) => console.error('The glossaries could not be read ahead (saves will read them):', error));
  // Webhook deliveries go out in the background; the outbox in the store survives restarts.
  const webhookDispatcher = new WebhookDispatcher(ctx, createHttpWebhookSender(config.webhooks));
  ctx.webhookDispatch = webhookDispatcher;

  const admin = await ensureAdmin(ctx);
  if (admin.created) console.log(`Created the first admin account: ${admin.email}`);

  // Jobs run under a lease in the store: at start this instance resumes those nobody holds, and from then
  // on it takes over the jobs of instances that died (docs/deployment.md).
  const mtJobs = new MtJobRunner(ctx);
  const resumed = await mtJobs.resumeUnfinished();
  if (resumed > 0) console.log(`Resumed ${resumed} machine translation job(s)`);
  mtJobs.startSweeping();

  const tmxImports = new TmxImportRunner(ctx, createLocalImportFiles(path.join(config.dataDir, 'imports')));
  const resumedImports = await tmxImports.resumeUnfinished();
  if (resumedImports > 0) console.log(`Resumed ${resumedImports} TMX import(s)`);
  tmxImports.startSweeping();

  webhookDispatcher.start();

  const loginThrottle = createLoginThrottle(config, ctx.clock, store.loginAttempts);
  // Steps past their due date: their assignees are notified once per step and due date (the store keeps
  // each notification once per key, so several instances checking at once notify once).
  const overdue = new OverdueWatcher(ctx, config.overdueCheckMs);
  const app = createApp({ ...ctx, mtJobs, tmxImports, changeFeed, presence, accountFeed, loginThrottle });
  const server = createHttpServer(app).listen(config.port, config.host, () => {
    const mt = ctx.translator.configured ? 'DeepL configured' : 'machine translation off (DEEPL_AUTH_KEY not set)';
    const { port } = server.address() as AddressInfo; // PORT=0 takes any free port: say which
    console.log(`Nysa listening on http://localhost:${port} — store: ${store.kind}, ${mt}, instance ${config.instanceId}, live feed: ${config.live.feed}`);
    // Last, after the build output and the lines above, so it cannot be missed.
    if (admin.generatedPassword) console.log(passwordNotice('The first admin account was created.', admin.email, admin.generatedPassword));
  });

  const shutdown = (signal: string) => {
    console.log(`${signal}: shutting down`);
    server.close();
    server.closeAllConnections(); // open live update streams would otherwise keep it waiting
    overdue.stop();
    void Promise.all([mtJobs.stop(), tmxImports.stop(), webhookDispatcher.stop(), heavyWork.close(), qaChecks?.close(), reportPdf?.close()])
      .then(() => tm.close()) // saves the memory if it changed since it was last saved
      .then(() => live.close())
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
