// A long answer written a part at a time with the event loop turning before each part: one
// JSON.stringify or one file of many megabytes would hold the server for as long as it takes to make
// it (a 100,000-term glossary as TBX: some 900 ms). Parts are made only when they are written, and a
// slow client holds them back (backpressure), so the answer is never all in memory at once.
import type { Response } from 'express';
import { yieldToEventLoop } from '../slices';

/**
 * Writes each part of `parts` (made as it is reached; read from the store as it goes, for an async
 * iterable), then ends the response; resolves when all of it is written, or when the client has left
 * (the rest is then not made).
 */
export async function writeInTurns(res: Response, parts: Iterable<string> | AsyncIterable<string>): Promise<void> {
  for await (const part of parts) {
    // Also before the first part: what the parts come from has usually just been read or made.
    await yieldToEventLoop();
    if (res.destroyed) return;
    if (!res.write(part)) await drainedOrClosed(res);
  }
  if (!res.destroyed) res.end();
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
