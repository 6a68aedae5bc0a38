// The QA checks of saves on a thread of their own (ports/qaChecks.ts).
//
// Why: the checks of one saved target (numbers, words, punctuation …) were the largest pure work a save
// did on the main thread (docs/performance.md, "QA of a save on a thread", has the profile). On a
// thread they run beside the main thread, which meanwhile reads and writes the other saves.
//
// How: the batches asked for during one turn of the event loop go to the thread in one message, and
// come back in one (some twenty saves arrive in one turn when 32 translators save at once). A project's
// glossary goes to the thread once per array (projectTerms hands out the same array until the glossary
// changes), not with every save: the thread keeps the last GLOSSARIES_KEPT of them, and this side decides
// which, so both always agree on what the thread holds. A thread that fails (it crashed, it could not
// start) fails nobody: the batches it held are checked here, inline, and the next batch starts a new
// thread; after THREAD_FAILURES_AT_MOST failures in a row, the checks stay inline.
import type { Worker } from 'node:worker_threads';
import type { ContextTerm } from '../domain/glossary/context';
import { checkQaBatch, type QaBatch, type QaBatchItem } from '../domain/qa/batch';
import type { QaSettings } from '../domain/qa/registry';
import type { QaIssue } from '../domain/qa/types';
import type { QaChecks } from '../ports/qaChecks';
import { startThread } from './thread';
import { fromWireError, type WireError } from './wireErrors';

/** Glossaries the thread keeps (as many as projectTerms keeps projects). */
export const GLOSSARIES_KEPT = 16;
/** Failures of the thread in a row after which the checks stay on the main thread. */
export const THREAD_FAILURES_AT_MOST = 3;

export interface QaThreadJob {
  id: number;
  /** Which glossary the thread holds for this job (QaThreadMessage.glossaries). */
  glossary: number;
  settings: QaSettings;
  items: readonly QaBatchItem[];
}

/**
 * One message to the thread: glossaries it does not hold yet, the jobs, and the glossaries it drops
 * after them (never one of this message's jobs uses).
 */
export interface QaThreadMessage {
  glossaries: [number, ContextTerm[]][];
  forget: number[];
  jobs: QaThreadJob[];
}

export type QaThreadResult = { id: number; issues: QaIssue[][] } | { id: number; error: WireError };

export interface QaThread extends QaChecks {
  /** What has crossed so far (tests and diagnostics). */
  readonly sent: { messages: number; jobs: number; glossaries: number };
  /** Whether a thread is running now. */
  readonly running: boolean;
  /**
   * Starts the thread now rather than with the first batch, which would wait for it to load the checks
   * first: the first save after a restart answers as fast as the others.
   */
  warmUp(): void;
  close(): Promise<void>;
}

interface Waiting {
  batch: QaBatch;
  resolve(issues: QaIssue[][]): void;
  reject(error: Error): void;
}

/** Only the fields the checks read cross to the thread (a stored term has ids and dates besides). */
const contextTerm = ({ de, pl, caseSensitive, compound, forbidden, status }: ContextTerm): ContextTerm => ({ de, pl, caseSensitive, compound, forbidden, status });

/** `startWorker`: how the thread is started (tests give one that fails). */
export function createQaThread(startWorker: () => Worker = () => startThread('qaWorker')): QaThread {
  let worker: Worker | null = null;
  let failures = 0;
  let closed = false;
  let nextJob = 1;
  let nextGlossary = 1;
  const sent = { messages: 0, jobs: 0, glossaries: 0 };
  /** A number per glossary array; the array itself is what projectTerms hands out. */
  const glossaryIds = new WeakMap<readonly ContextTerm[], number>();
  /** The glossaries the thread holds, least recently used first. */
  const held = new Map<number, true>();
  /** Jobs sent and not answered, by id. */
  const inFlight = new Map<number, Waiting>();
  /** Batches asked for in this turn, sent together once it ends. */
  let queued: Waiting[] = [];

  const inline = (waiting: Waiting) => {
    try {
      waiting.resolve(checkQaBatch(waiting.batch).issues);
    } catch (error) {
      waiting.reject(error as Error);
    }
  };

  const fail = (failed: Worker) => {
    if (failed !== worker) return;
    worker = null;
    failures++;
    held.clear();
    void failed.terminate();
    const lost = [...inFlight.values()];
    inFlight.clear();
    lost.forEach(inline);
  };

  const start = (): Worker => {
    const started = startWorker();
    started.on('message', (results: QaThreadResult[]) => {
      failures = 0;
      for (const result of results) {
        const waiting = inFlight.get(result.id);
        if (!waiting) continue;
        inFlight.delete(result.id);
        if ('error' in result) waiting.reject(fromWireError(result.error));
        else waiting.resolve(result.issues);
      }
      if (inFlight.size === 0) started.unref(); // an idle thread does not keep the process alive
    });
    started.on('error', () => fail(started));
    started.on('exit', () => fail(started));
    return started;
  };

  const glossaryOf = (terms: readonly ContextTerm[], message: QaThreadMessage): number => {
    let id = glossaryIds.get(terms);
    if (id === undefined) glossaryIds.set(terms, (id = nextGlossary++));
    if (!held.delete(id)) message.glossaries.push([id, terms.map(contextTerm)]);
    held.set(id, true); // the most recently used goes last
    return id;
  };

  /** The least recently used glossaries beyond GLOSSARIES_KEPT, none that a job of this message uses. */
  const forgetOld = (message: QaThreadMessage) => {
    const used = new Set(message.jobs.map((job) => job.glossary));
    for (const id of held.keys()) {
      if (held.size <= GLOSSARIES_KEPT) break;
      if (used.has(id)) continue;
      held.delete(id);
      message.forget.push(id);
    }
  };

  const flush = () => {
    const batches = queued;
    queued = [];
    if (closed || failures >= THREAD_FAILURES_AT_MOST) {
      batches.forEach(inline);
      return;
    }
    worker ??= start();
    const message: QaThreadMessage = { glossaries: [], forget: [], jobs: [] };
    for (const waiting of batches) {
      const id = nextJob++;
      inFlight.set(id, waiting);
      const { settings, terms, items } = waiting.batch;
      message.jobs.push({ id, glossary: glossaryOf(terms, message), settings, items });
    }
    forgetOld(message);
    try {
      worker.postMessage(message);
    } catch {
      // Nothing crossed (a value that cannot be copied): these batches are checked here, the thread is kept.
      for (const job of message.jobs) inFlight.delete(job.id);
      for (const [id] of message.glossaries) held.delete(id);
      batches.forEach(inline);
      return;
    }
    worker.ref();
    sent.messages++;
    sent.jobs += message.jobs.length;
    sent.glossaries += message.glossaries.length;
  };

  return {
    sent,
    get running() {
      return worker !== null;
    },
    warmUp() {
      if (closed || worker !== null || failures >= THREAD_FAILURES_AT_MOST) return;
      worker = start();
      worker.unref(); // idle until the first batch
    },
    check(batch) {
      return new Promise((resolve, reject) => {
        queued.push({ batch, resolve, reject });
        // After this turn's I/O callbacks and the promise chains they started, like a group commit.
        if (queued.length === 1) setImmediate(flush);
      });
    },
    async close() {
      closed = true;
      const running = worker;
      worker = null;
      held.clear();
      const lost = [...inFlight.values()];
      inFlight.clear();
      lost.forEach(inline);
      await running?.terminate();
    },
  };
}
