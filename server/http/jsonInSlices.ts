// A JSON answer with one long list (a preview of 46,000 segments, 9 MB of JSON), written a slice of the
// list at a time with the event loop turning in between: one JSON.stringify of it held the server for
// some 60 ms, on top of what made the list. The body is the same JSON as res.json would send (the list
// comes last among the keys); it goes out chunked, without a Content-Length.
import type { Response } from 'express';
import { yieldToEventLoop } from '../slices';

/** List items per slice: a few milliseconds of JSON.stringify each. */
const ITEMS_PER_SLICE = 2000;

/**
 * Answers 200 with `{ ...head, [listKey]: list.map(present) }` as JSON, presenting the items a slice at a
 * time too; resolves when all of it is written (or the client left).
 */
export async function sendJsonInSlices<T>(res: Response, head: Record<string, unknown>, listKey: string, list: readonly T[], present: (item: T) => unknown): Promise<void> {
  const opening = JSON.stringify({ ...head, [listKey]: [] }).slice(0, -2); // `{…,"segments":[`
  res.status(200).type('json');
  res.write(opening);
  for (let from = 0; from < list.length; from += ITEMS_PER_SLICE) {
    // Also before the first slice: the list has usually just been made, or received from a thread.
    await yieldToEventLoop();
    if (res.destroyed) return;
    const slice = list.slice(from, from + ITEMS_PER_SLICE).map((item) => JSON.stringify(present(item)) ?? 'null');
    // Backpressure: a slow client does not make the server hold the whole answer in memory at once.
    if (!res.write((from > 0 ? ',' : '') + slice.join(','))) await drainedOrClosed(res);
  }
  res.end(']}');
}

/** Resolves once the response can take more, or is closed (never rejects: an error closes it too). */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
