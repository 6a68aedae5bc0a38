// Server-sent event streams (GET /api/documents/:id/events, GET /api/me/events): the headers, one frame
// per event, and a comment line now and then that keeps proxies and browsers from timing the stream out.
import type { Request, Response } from 'express';

/** A comment line this often keeps proxies and browsers from timing the stream out. */
export const PING_MS = 15_000;

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-store',
  // nginx and friends would otherwise hold events back in their buffers.
  'X-Accel-Buffering': 'no',
};

/** One SSE frame; JSON never contains a raw line break, so one `data:` line holds it. */
export const writeEvent = (res: Response, event: string, data: unknown): void => {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
};

/**
 * Starts the stream (a HEAD request gets the headers alone: false) and pings it until it closes; `onClose`
 * runs once when the client goes or the stream is ended.
 */
export function startEventStream(req: Request, res: Response, onClose: () => void): boolean {
  res.writeHead(200, SSE_HEADERS);
  if (req.method === 'HEAD') {
    res.end();
    return false;
  }
  res.flushHeaders();
  res.socket?.setNoDelay(true);
  const ping = setInterval(() => res.write(': ping\n\n'), PING_MS);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(ping);
    onClose();
  };
  req.on('close', close);
  res.on('close', close);
  return true;
}
