// The translation memory on its own worker thread (tmWorker.ts), saved to `snapshotFile`: the server's
// TmEngine (main.ts). The thread starts with the first request; it keeps the process alive only while
// a request is open. If it dies (out of memory, say), the open requests fail, `generation` goes up and
// the next request starts a new, empty thread: the service then loads the saved memory again
// (commands/tm/tmService.ts).
import type { Worker } from 'node:worker_threads';
import type { TmEngine } from '../ports/tmEngine';
import { startThread } from './thread';
import type { TmReply, TmRequest, TmWorkerData } from './tmWorker';
import { fromWireError } from './wireErrors';

export interface WorkerTmEngineOptions {
  /** Where the memory is saved (DATA_DIR/tm-memory.snapshot in the server); null: never saved. */
  snapshotFile: string | null;
}

interface Open {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export function createWorkerTmEngine(options: WorkerTmEngineOptions): TmEngine {
  let worker: Worker | null = null;
  let generation = 0;
  let nextId = 1;
  let closed = false;
  const open = new Map<number, Open>();

  const lose = (error: Error) => {
    if (!worker) return;
    worker = null;
    generation++;
    for (const request of open.values()) request.reject(error);
    open.clear();
  };

  const thread = (): Worker => {
    if (worker) return worker;
    const data: TmWorkerData = { snapshotFile: options.snapshotFile };
    const started = startThread('tmWorker', { workerData: data });
    started.on('message', (message: TmReply) => {
      const request = open.get(message.id);
      if (!request) return;
      open.delete(message.id);
      if (open.size === 0) started.unref();
      if (message.ok) request.resolve(message.value);
      else request.reject(fromWireError(message.error));
    });
    started.on('error', (error) => lose(error));
    started.on('exit', (code) => lose(new Error(`the translation memory's thread stopped (exit code ${code})`)));
    worker = started;
    return started;
  };

  const request = <T>(op: TmRequest['op'], ...args: unknown[]): Promise<T> => {
    if (closed) return Promise.reject(new Error('the translation memory is closed'));
    const target = thread();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      open.set(id, { resolve: resolve as (value: unknown) => void, reject });
      target.ref();
      target.postMessage({ id, op, args } satisfies TmRequest);
    });
  };

  return {
    saves: options.snapshotFile !== null,
    get generation() {
      return generation;
    },
    apply: (changes) => request('apply', changes),
    assign: (assignments) => request('assign', assignments),
    scopeSize: (scope) => request('scopeSize', scope),
    lookup: (scope, queries, lookupOptions) => request('lookup', scope, queries, lookupOptions),
    search: (scope, query, lang, offset, limit) => request('search', scope, query, lang, offset, limit),
    restore: (storeId, revision) => request('restore', storeId, revision),
    save: (mark) => request('save', mark),
    async close() {
      closed = true;
      const stopping = worker;
      worker = null;
      for (const pending of open.values()) pending.reject(new Error('the translation memory is closed'));
      open.clear();
      await stopping?.terminate();
    },
  };
}
