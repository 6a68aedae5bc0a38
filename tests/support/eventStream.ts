// A Server-Sent Events client for tests: fetch with the body read as a stream and parsed into events,
// the way EventSource would (`event:` and `data:` lines, a blank line ends an event, `:` starts a comment).
import type { TestApp } from './testApp';

export interface ServerSentEvent {
  event: string;
  /** The data lines joined with "\n". */
  data: string;
}

export interface EventStream {
  status: number;
  headers: Headers;
  /** The next event not yet taken; rejects when none arrives within `timeoutMs`. */
  next(timeoutMs?: number): Promise<ServerSentEvent & { json: any }>;
  /** Resolves with the events that arrive within `ms` (taking them). */
  drain(ms: number): Promise<ServerSentEvent[]>;
  /** Comment lines received so far (`: ping` → "ping"). */
  comments: string[];
  /** Drops the connection (as a closed browser tab does). */
  close(): void;
  /** Resolves true when the server ends the stream within `timeoutMs`, false otherwise. */
  ended(timeoutMs?: number): Promise<boolean>;
}

export interface OpenEventStreamOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

/** Opens `urlPath` and starts parsing; a response that is not an event stream is still returned (status, headers). */
export async function openEventStream(app: Pick<TestApp, 'baseUrl'>, urlPath: string, options: OpenEventStreamOptions = {}): Promise<EventStream & { body: string }> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(app.baseUrl + urlPath, { headers, signal: controller.signal });
  const isStream = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
  const body = isStream ? '' : await response.text();

  const queue: ServerSentEvent[] = [];
  const comments: string[] = [];
  /** Resolves the pending next() wait, if any. */
  const waiter: { wake: (() => void) | null } = { wake: null };
  let buffer = '';
  let serverEnded = false;
  const endWaiters = new Set<() => void>();

  const parse = (block: string) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim());
      else if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) queue.push({ event, data: data.join('\n') });
  };

  if (isStream && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            parse(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
          waiter.wake?.();
        }
        serverEnded = true;
        for (const wake of endWaiters) wake();
      } catch {
        // aborted by close()
      }
    })();
  }

  const waitFor = (timeoutMs: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        waiter.wake = null;
        resolve();
      }, timeoutMs);
      waiter.wake = () => {
        clearTimeout(timer);
        waiter.wake = null;
        resolve();
      };
    });

  return {
    status: response.status,
    headers: response.headers,
    body,
    comments,
    async next(timeoutMs = 1000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no server-sent event within ${timeoutMs} ms`);
        await waitFor(left);
      }
      const event = queue.shift()!;
      return { ...event, json: JSON.parse(event.data) };
    },
    async drain(ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return queue.splice(0);
    },
    close() {
      controller.abort();
    },
    ended(timeoutMs = 1000) {
      if (serverEnded) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          endWaiters.delete(wake);
          resolve(true);
        };
        const timer = setTimeout(() => {
          endWaiters.delete(wake);
          resolve(false);
        }, timeoutMs);
        endWaiters.add(wake);
      });
    },
  };
}
