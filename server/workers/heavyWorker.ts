// The entry of a heavy-work thread (heavyWorkPool.ts): runs the named pure function of
// domain/heavyTasks.ts on each message and posts its result, or the error it threw.
import { parentPort } from 'node:worker_threads';
import { runHeavyTask, type HeavyTaskName } from '../domain/heavyTasks';
import type { TaskMessage, TaskReply } from './pool';
import { toWireError } from './wireErrors';

const port = parentPort;
if (!port) throw new Error('heavyWorker.ts runs on a worker thread (server/workers/heavyWorkPool.ts)');

port.on('message', (message: TaskMessage) => {
  let reply: TaskReply;
  try {
    reply = { id: message.id, ok: true, value: runHeavyTask(message.task as HeavyTaskName, message.input as never) };
  } catch (error) {
    reply = { id: message.id, ok: false, error: toWireError(error) };
  }
  port.postMessage(reply);
});
