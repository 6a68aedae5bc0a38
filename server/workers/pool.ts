// A small pool of worker threads running named tasks: each task goes to an idle thread or waits its
// turn (first come, first served). Threads start on the first task that needs them, so a server
// that never gets a large input never starts one; an idle thread does not keep the process alive.
// A thread that dies (an out-of-memory crash, say) fails the task it was running and is replaced on
// the next task.
//
// Large results come in parts. Receiving a message copies it into this thread in one go (a structured
// clone of 100,000 glossary terms took 150–350 ms), so a thread sends each array of its result that is
// longer than one part (RESULT_PART_ITEMS items or RESULT_PART_CHARS characters) in parts before the
// rest: one part, then the next only once this side has received it and let the event loop turn (its
// `ack`). Whoever runs a task sees one whole result, as inline.
import type { Worker } from 'node:worker_threads';
import { boundedBatches } from '../slices';
import { startThread } from './thread';
import { fromWireError, type WireError } from './wireErrors';

/** Items of a result's array sent in one message (pool.ts, heavyWorker.ts) … */
export const RESULT_PART_ITEMS = 2000;
/**
 * … and characters of their text: 2,000 segments of 5,000 characters (a file of one 29 MB line, cut by
 * the segmenter) were 20 MB in one message, and the young-generation collection that copied them after
 * they arrived held the main thread over 100 ms.
 */
export const RESULT_PART_CHARS = 1_000_000;

/** The characters of an item's text: its strings, and those of its fields and their arrays (one level down). */
export function textCharsOf(item: unknown): number {
  if (typeof item === 'string') return item.length;
  if (typeof item !== 'object' || item === null) return 0;
  let chars = 0;
  for (const value of Object.values(item)) {
    if (typeof value === 'string') chars += value.length;
    else if (Array.isArray(value)) for (const element of value) if (typeof element === 'string') chars += element.length;
  }
  return chars;
}

/** `items` in order, in parts of at most RESULT_PART_ITEMS items and RESULT_PART_CHARS characters (a longer item alone). */
export const resultParts = <T>(items: readonly T[], maxItems = RESULT_PART_ITEMS, maxChars = RESULT_PART_CHARS): T[][] =>
  boundedBatches(items, maxItems, maxChars, textCharsOf);

/** What a pool's thread receives: a task, or the go-ahead for the next part of the result it is sending … */
export type TaskMessage = { id: number; task: string; input: unknown } | { ack: number };

/** … and answers: parts of the result's long arrays (`key` of the result object), then the result without them. */
export type TaskReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WireError }
  | { id: number; part: { key: string; items: unknown[] } };

interface Pending {
  message: { id: number; task: string; input: unknown };
  /** Parts of the result received so far, by key. */
  parts: Map<string, unknown[][]>;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  running: Pending | null;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly entry: string,
    private readonly size: number,
  ) {
    if (!(size >= 1)) throw new Error(`a worker pool needs at least one thread, not ${size}`);
  }

  /** Threads started and alive (for tests and diagnostics). */
  get threads(): number {
    return this.slots.length;
  }

  run(task: string, input: unknown): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ message: { id: this.nextId++, task, input }, parts: new Map(), resolve, reject });
      this.dispatch();
    });
  }

  /** Fails waiting tasks and stops every thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the worker pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((candidate) => candidate.running === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.running = pending;
      slot.worker.ref();
      slot.worker.postMessage(pending.message);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startThread(this.entry), running: null };
    slot.worker.on('message', (reply: TaskReply) => {
      const pending = slot.running;
      if (!pending || pending.message.id !== reply.id) return;
      if ('part' in reply) {
        const { key, items } = reply.part;
        const parts = pending.parts.get(key);
        if (parts) parts.push(items);
        else pending.parts.set(key, [items]);
        setImmediate(() => slot.running === pending && slot.worker.postMessage({ ack: reply.id } satisfies TaskMessage));
        return;
      }
      slot.running = null;
      slot.worker.unref();
      if (reply.ok) pending.resolve(withParts(reply.value, pending.parts));
      else pending.reject(fromWireError(reply.error));
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      slot.running?.reject(error);
      slot.running = null;
      void slot.worker.terminate();
      this.dispatch();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`a worker thread (${this.entry}) stopped with exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }
}

/** The result with each array sent in parts put back together. */
function withParts(value: unknown, parts: Map<string, unknown[][]>): unknown {
  if (parts.size === 0) return value;
  const whole = value as Record<string, unknown>;
  for (const [key, pieces] of parts) whole[key] = pieces.flat(1);
  return whole;
}
