// The entry of a heavy-work thread (heavyWorkPool.ts): runs the named pure function of
// domain/heavyTasks.ts on each message and posts its result, or the error it threw. An array of the
// result longer than one part (pool.ts, resultParts) goes first, in parts, each after the pool's go-ahead.
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { runHeavyTask, type HeavyTaskName } from '../domain/heavyTasks';
import { resultParts, type TaskMessage, type TaskReply } from './pool';
import { toWireError } from './wireErrors';

const port = parentPort;
if (!port) throw new Error('heavyWorker.ts runs on a worker thread (server/workers/heavyWorkPool.ts)');

/** Parts still to send for the task running, each sent on the pool's `ack`, the reply last. */
let outbox: TaskReply[] = [];

// An idle thread never collects its garbage (V8 collects when it allocates), so the working set of the
// last large task (a Word file's parse: about 90 MiB) would stay resident next to the main thread's.
// A full collection once the reply is out gives it back; it runs on this thread, nobody waits for it.
// V8's `gc` function is reached through a context created after the flag is set; contexts that existed
// before (the main thread's, this thread's own) do not get it.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function send(reply: TaskReply): void {
  port!.postMessage(reply);
  if (outbox.length === 0) setImmediate(collectGarbage);
}

/** The parts of the result's long arrays, then the result without them. */
function repliesFor(id: number, value: unknown): TaskReply[] {
  // A file's bytes (a Word file) are one value, not an object of numbered keys.
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value)) return [{ id, ok: true, value }];
  const rest: Record<string, unknown> = { ...value };
  const parts: TaskReply[] = [];
  for (const [key, items] of Object.entries(rest)) {
    if (!Array.isArray(items)) continue;
    const pieces = resultParts(items);
    if (pieces.length <= 1) continue;
    for (const piece of pieces) parts.push({ id, part: { key, items: piece } });
    rest[key] = [];
  }
  return [...parts, { id, ok: true, value: rest }];
}

port.on('message', (message: TaskMessage) => {
  if ('ack' in message) {
    const next = outbox.shift();
    if (next) send(next);
    return;
  }
  try {
    outbox = repliesFor(message.id, runHeavyTask(message.task as HeavyTaskName, message.input as never));
  } catch (error) {
    outbox = [{ id: message.id, ok: false, error: toWireError(error) }];
  }
  send(outbox.shift()!);
});
