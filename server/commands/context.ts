// What every command receives besides its props: the ports, never express or a driver.
import type { Config } from '../config';
import type { HeavyWork } from '../ports/heavyWork';
import type { CommonPasswords } from '../domain/users/passwordPolicy';
import type { MachineTranslator } from '../ports/machineTranslator';
import type { QaChecks } from '../ports/qaChecks';
import type { ReportPdf } from '../ports/reportPdf';
import type { Store } from '../ports/repositories';
import type { Clock, IdGenerator } from '../ports/system';
import type { SessionCache } from './auth/sessionCache';
import type { TmService } from './tm/tmService';

export interface CommandContext {
  config: Config;
  store: Store;
  translator: MachineTranslator;
  clock: Clock;
  ids: IdGenerator;
  /** The password policy's list of common passwords (integrations/commonPasswords). */
  commonPasswords: CommonPasswords;
  /** The translation memory held in memory, one per process (commands/tm); scripts may leave it out (tmServiceOf makes one). */
  tm?: TmService;
  /** Worker threads for CPU-heavy pure work (ports/heavyWork.ts); without it, heavyWorkOf runs the work inline. */
  heavyWork?: HeavyWork;
  /** A thread for the QA checks of a few segments at a time (ports/qaChecks.ts); without it, they run inline. */
  qaChecks?: QaChecks;
  /** Writes quality reports as PDF files on a thread (ports/reportPdf.ts); without it, the route writes them inline. */
  reportPdf?: ReportPdf;
  /** Told when deliveries were added to the webhook outbox (commands/webhooks/dispatcher.ts); scripts may leave it out (deliveries wait for the next start). */
  webhookDispatch?: WebhookWaker;
  /** Sessions recently presented, dropped when the account feed says they ended (commands/auth/sessionCache.ts); without it, every request reads its session. */
  sessionCache?: SessionCache;
}

/** Starts sending what the webhook outbox holds without waiting for it. */
export interface WebhookWaker {
  wake(): void;
}

/** Runs MT jobs in the background (commands/mt). The HTTP layer only starts jobs and reads them. */
export interface MtJobScheduler {
  /** Starts (or resumes) a job without waiting for it. */
  start(jobId: string): void;
  /** Resolves when no job is running (tests and shutdown). */
  idle(): Promise<void>;
  /** Stops taking new batches; running requests finish or are abandoned. */
  stop(): Promise<void>;
}

/** The last instant written out, and how: a save asks for the time several times within one millisecond. */
let lastMs = Number.NaN;
let lastIso = '';

export const nowIso = (ctx: Pick<CommandContext, 'clock'>): string => {
  const now = ctx.clock.now();
  const ms = now.getTime();
  if (ms !== lastMs) {
    lastIso = now.toISOString(); // throws for an invalid date, as before
    lastMs = ms;
  }
  return lastIso;
};
