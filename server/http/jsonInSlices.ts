// A JSON answer with one long list (a preview of 46,000 segments, 9 MB of JSON), written a slice of the
// list at a time with the event loop turning in between: one JSON.stringify of it held the server for
// some 60 ms, on top of what made the list. The body is the same JSON as res.json would send (the list
// comes last among the keys); it goes out chunked, without a Content-Length.
import type { Response } from 'express';
import { writeInTurns } from './writeInTurns';

/** List items per slice: a few milliseconds of JSON.stringify each. */
const ITEMS_PER_SLICE = 2000;

/** The JSON text of `{ ...head, [listKey]: list.map(present) }`, in parts of ITEMS_PER_SLICE items. */
function* jsonParts<T>(head: Record<string, unknown>, listKey: string, list: readonly T[], present: (item: T) => unknown): Generator<string> {
  yield JSON.stringify({ ...head, [listKey]: [] }).slice(0, -2); // `{…,"segments":[`
  for (let from = 0; from < list.length; from += ITEMS_PER_SLICE) {
    const slice = list.slice(from, from + ITEMS_PER_SLICE).map((item) => JSON.stringify(present(item)) ?? 'null');
    yield (from > 0 ? ',' : '') + slice.join(',');
  }
  yield ']}';
}

/**
 * Answers 200 with `{ ...head, [listKey]: list.map(present) }` as JSON, presenting the items a slice at a
 * time too (http/writeInTurns.ts); resolves when all of it is written (or the client left).
 */
export async function sendJsonInSlices<T>(res: Response, head: Record<string, unknown>, listKey: string, list: readonly T[], present: (item: T) => unknown): Promise<void> {
  res.status(200).type('json');
  await writeInTurns(res, jsonParts(head, listKey, list, present));
}
