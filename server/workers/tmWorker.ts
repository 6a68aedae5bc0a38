// The entry of the translation memory's thread (tmWorkerEngine.ts): one TranslationMemory
// (domain/tm/memory.ts), requests handled one by one in the order they came, and the memory's snapshot
// on disk (snapshotFile.ts) restored and saved here, off the server's main thread.
//
// A save writes part by part, answering the requests that came meanwhile between parts: reads
// (lookups, searches, sizes) at once, and, from the first request that would change the memory, every
// request after it only once the save is done (so the file is one consistent memory, and a lookup never
// overtakes an apply sent before it).
import { parentPort, workerData } from 'node:worker_threads';
import { memoryFormatFingerprint, TranslationMemory, type TranslationMemoryImage } from '../domain/tm/memory';
import type { TmSnapshotMark } from '../ports/tmEngine';
import { readSnapshot, readSnapshotMeta, writeSnapshot } from './snapshotFile';
import { toWireError, type WireError } from './wireErrors';

export interface TmWorkerData {
  /** Where the memory is saved; null: never saved. */
  snapshotFile: string | null;
}

export interface TmRequest {
  id: number;
  op: 'apply' | 'assign' | 'scopeSize' | 'lookup' | 'search' | 'restore' | 'save';
  args: unknown[];
}

export type TmReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

interface SnapshotMeta extends TmSnapshotMark {
  format: string;
}

const READS = new Set<TmRequest['op']>(['scopeSize', 'lookup', 'search']);

const port = parentPort;
if (!port) throw new Error('tmWorker.ts runs on a worker thread (server/workers/tmWorkerEngine.ts)');
const { snapshotFile } = workerData as TmWorkerData;
const format = memoryFormatFingerprint();
let memory = new TranslationMemory();
let saving = false;
const waiting: TmRequest[] = [];

const reply = (message: TmReply) => port.postMessage(message);
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

function restore(storeId: string, revision: number): TmSnapshotMark | null {
  if (!snapshotFile) return null;
  const meta = readSnapshotMeta(snapshotFile) as SnapshotMeta | null;
  if (!meta || meta.format !== format || meta.storeId !== storeId || meta.maxSeen > revision) return null;
  try {
    memory = TranslationMemory.fromImage(readSnapshot(snapshotFile) as TranslationMemoryImage);
  } catch (error) {
    console.error('The saved translation memory could not be read; it is built again:', error);
    memory = new TranslationMemory();
    return null;
  }
  return { storeId: meta.storeId, cursor: meta.cursor, maxSeen: meta.maxSeen };
}

async function save(request: TmRequest): Promise<void> {
  saving = true;
  try {
    if (!snapshotFile) return reply({ id: request.id, ok: true, value: false });
    const meta: SnapshotMeta = { ...(request.args[0] as TmSnapshotMark), format };
    await writeSnapshot(snapshotFile, meta, memory.image(), pause);
    reply({ id: request.id, ok: true, value: true });
  } catch (error) {
    reply({ id: request.id, ok: false, error: toWireError(error) });
  } finally {
    saving = false;
    while (!saving && waiting.length > 0) handle(waiting.shift()!);
  }
}

function handle(request: TmRequest): void {
  if (saving && (waiting.length > 0 || !READS.has(request.op))) {
    waiting.push(request);
    return;
  }
  if (request.op === 'save') {
    void save(request);
    return;
  }
  try {
    const args = request.args as never[];
    let value: unknown;
    switch (request.op) {
      case 'apply':
        value = memory.apply(args[0]);
        break;
      case 'assign':
        for (const [projectId, scope] of args[0] as [string, string][]) memory.assign(projectId, scope);
        break;
      case 'scopeSize':
        value = memory.scopeSize(args[0]);
        break;
      case 'lookup':
        value = memory.lookupAll(args[0], args[1], args[2]);
        break;
      case 'search':
        value = memory.search(args[0], args[1], args[2], args[3], args[4]);
        break;
      case 'restore':
        value = restore(args[0], args[1]);
        break;
    }
    reply({ id: request.id, ok: true, value });
  } catch (error) {
    reply({ id: request.id, ok: false, error: toWireError(error) });
  }
}

port.on('message', handle);
