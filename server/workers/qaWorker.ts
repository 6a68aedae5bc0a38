// The entry of the QA thread (qaThread.ts): keeps the glossaries it is sent, checks each job of a message
// against its glossary and settings, answers all of them in one message, and drops the glossaries it
// is told to drop.
import { parentPort } from 'node:worker_threads';
import type { ContextTerm } from '../domain/glossary/context';
import { checkQaBatch } from '../domain/qa/batch';
import type { QaThreadMessage, QaThreadResult } from './qaThread';
import { toWireError } from './wireErrors';

const port = parentPort;
if (!port) throw new Error('qaWorker.ts runs on a worker thread (server/workers/qaThread.ts)');

/** The glossaries the main thread says this thread holds (it decides which, qaThread.ts). */
const glossaries = new Map<number, ContextTerm[]>();

port.on('message', (message: QaThreadMessage) => {
  for (const [id, terms] of message.glossaries) glossaries.set(id, terms);
  const results: QaThreadResult[] = message.jobs.map((job) => {
    try {
      const terms = glossaries.get(job.glossary);
      if (!terms) throw new Error(`the QA thread does not hold glossary ${job.glossary}`);
      return { id: job.id, issues: checkQaBatch({ settings: job.settings, terms, items: job.items }).issues };
    } catch (error) {
      return { id: job.id, error: toWireError(error) };
    }
  });
  for (const id of message.forget) glossaries.delete(id);
  port.postMessage(results);
});
