// The entry of the PDF thread (pdfThread.ts): writes the quality report it is sent as a PDF and posts
// the bytes, or the error it threw. Answers come in the order the tasks came (one at a time: the pool
// sends the next task only after this one's answer).
import { parentPort } from 'node:worker_threads';
import { qualityReportPdf } from '../integrations/pdf/qualityReportPdf';
import type { PdfTaskInput } from './pdfThread';
import type { TaskMessage, TaskReply } from './pool';
import { toWireError } from './wireErrors';

const port = parentPort;
if (!port) throw new Error('pdfWorker.ts runs on a worker thread (server/workers/pdfThread.ts)');

port.on('message', (message: TaskMessage) => {
  if ('ack' in message) return; // a PDF is one value, never sent in parts
  const { report, lang, createdAt } = message.input as PdfTaskInput;
  qualityReportPdf(report, lang, new Date(createdAt)).then(
    (pdf) => port.postMessage({ id: message.id, ok: true, value: pdf } satisfies TaskReply),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, error: toWireError(error) } satisfies TaskReply),
  );
});
