// Where the QA checks of a few segments run (a save's one target, a propagation's twins): on a thread
// of their own in the server (server/workers/qaThread.ts), so that the checks, the largest pure work of a
// save, run beside the main thread; inline wherever none is given (commands/qa/checkSegments.ts).
import type { QaBatch } from '../domain/qa/batch';
import type { QaIssue } from '../domain/qa/types';

export interface QaChecks {
  /** The issues of each item, in the items' order: exactly what checkQaBatch finds. */
  check(batch: QaBatch): Promise<QaIssue[][]>;
}
