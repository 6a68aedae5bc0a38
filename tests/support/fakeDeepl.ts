// A fake DeepL API server for tests: the subset deepl-node uses, on 127.0.0.1, port 0.
//
// What deepl-node 1.28 sends (read from node_modules/deepl-node/dist, confirmed on the wire):
//   POST /v2/translate   Content-Type: application/x-www-form-urlencoded;charset=utf-8
//                        body: target_lang=pl&source_lang=de[&formality=more][&glossary_id=…]
//                              &show_billed_characters=1&text=…&text=…&tag_handling=xml
//   GET  /v2/usage       no body
//   Every request carries `Authorization: DeepL-Auth-Key <key>`.
// A translate response is `{ translations: [{ detected_source_language, text, billed_characters }] }`;
// errors are JSON `{ message }` with DeepL's statuses (403 auth, 456 quota, 429 too many requests, 5xx).
//
// Accounting: a translate request that is answered with a translation records its texts, batch,
// params and billed characters when it arrives (as DeepL bills it even if the client gives up
// while the answer is held by `delay`). `translateRequests` counts every POST /v2/translate that
// passed authentication, including those answered with a `failNext` status.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The translate parameters of one request, as sent (null when absent). */
export interface FakeTranslateParams {
  source_lang: string | null;
  target_lang: string | null;
  formality: string | null;
  glossary_id: string | null;
  tag_handling: string | null;
}

export interface FakeDeeplStats {
  /** Every HTTP request received, whatever its path or outcome. */
  requests: number;
  /** POST /v2/translate requests with a valid auth key, including those failed on purpose. */
  translateRequests: number;
  /** Translate requests answered with an error status (failNext, or a 400 for a bad request). */
  failedTranslateRequests: number;
  /** Sum of billed characters over every translated text. */
  billedCharacters: number;
  /** Every text translated, in order of arrival. */
  texts: string[];
  /** The texts of each translated request. */
  batches: string[][];
  /** The parameters of each translated request. */
  params: FakeTranslateParams[];
}

export type FakeFailureStatus = 429 | 456 | 500 | 503 | 403 | 400;

export interface FakeDeeplOptions {
  /** The key clients must send; default 'test-key:fx'. */
  authKey?: string;
  /** Replaces the default translation (`PL: ` + text). */
  translate?: (text: string, params: FakeTranslateParams) => string;
  /** Reported by GET /v2/usage as character_limit; default 500000 (not enforced). */
  characterLimit?: number;
}

export interface FakeDeepl {
  /** e.g. http://127.0.0.1:40123, to pass as deepl-node's serverUrl. */
  readonly url: string;
  readonly authKey: string;
  readonly stats: FakeDeeplStats;
  /** Answers the next `times` authenticated translate requests with `status` and a `{ message }` body. */
  failNext(status: FakeFailureStatus, times?: number): void;
  /** Holds every following translate response for `ms` milliseconds (0 turns it off). */
  delay(ms: number): void;
  /** Back to the state after start: empty stats, no pending failures, no delay. */
  reset(): void;
  /** Stops listening, drops open connections and pending delayed answers. */
  close(): Promise<void>;
}

/** DeepL's limit of texts per request. */
export const FAKE_MAX_TEXTS = 50;

const DEFAULT_AUTH_KEY = 'test-key:fx';

const FAILURE_MESSAGES: Record<FakeFailureStatus, string> = {
  400: 'Bad request. Reason: Value for parameter is not supported.',
  403: 'Authorization failed. Please supply a valid auth_key parameter.',
  429: 'Too many requests. Please wait and resend your request.',
  456: 'Quota exceeded. The character limit has been reached.',
  500: 'Internal server error',
  503: 'Service temporarily unavailable',
};

/** The deterministic default translation: prefixes the text, keeps XML tags as they are. */
export function defaultFakeTranslation(text: string): string {
  return `PL: ${text}`;
}

/** Characters DeepL bills for a text: every character as sent (Unicode code points, tags included). */
export function billedCharactersOf(text: string): number {
  return [...text].length;
}

function emptyStats(): FakeDeeplStats {
  return {
    requests: 0,
    translateRequests: 0,
    failedTranslateRequests: 0,
    billedCharacters: 0,
    texts: [],
    batches: [],
    params: [],
  };
}

/** Request parameters from a form-urlencoded or JSON body; repeated keys become arrays. */
type RequestParams = Map<string, string[]>;

function parseBody(contentType: string | undefined, body: string): RequestParams | null {
  const params: RequestParams = new Map();
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    const values = Array.isArray(value) ? value : [value];
    const list = params.get(key) ?? [];
    for (const item of values) list.push(typeof item === 'string' ? item : String(item));
    params.set(key, list);
  };
  if ((contentType ?? '').toLowerCase().includes('application/json')) {
    let parsed: unknown;
    try {
      parsed = body === '' ? {} : JSON.parse(body);
    } catch {
      return null;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    for (const [key, value] of Object.entries(parsed)) add(key, value);
    return params;
  }
  for (const [key, value] of new URLSearchParams(body)) add(key, value);
  return params;
}

const first = (params: RequestParams, key: string): string | null => params.get(key)?.[0] ?? null;

const truthy = (value: string | null): boolean => value !== null && ['1', 'true', 'on'].includes(value.toLowerCase());

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

export async function startFakeDeepl(options: FakeDeeplOptions = {}): Promise<FakeDeepl> {
  const authKey = options.authKey ?? DEFAULT_AUTH_KEY;
  const translate = options.translate ?? defaultFakeTranslation;
  const characterLimit = options.characterLimit ?? 500_000;

  const stats = emptyStats();
  let failures: FakeFailureStatus[] = [];
  let delayMs = 0;
  const pendingTimers = new Set<NodeJS.Timeout>();

  const hold = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve();
      const timer = setTimeout(() => {
        pendingTimers.delete(timer);
        resolve();
      }, ms);
      pendingTimers.add(timer);
    });

  const authorized = (req: http.IncomingMessage, params: RequestParams | null): boolean => {
    const header = req.headers.authorization;
    if (header !== undefined) return header === `DeepL-Auth-Key ${authKey}`;
    // The legacy form parameter, still accepted by DeepL.
    return params !== null && first(params, 'auth_key') === authKey;
  };

  async function handleTranslate(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> {
    const params = parseBody(req.headers['content-type'], body);
    if (!authorized(req, params)) {
      sendJson(res, 403, { message: FAILURE_MESSAGES[403] });
      return;
    }
    stats.translateRequests += 1;
    const failure = failures.shift();
    if (failure !== undefined) {
      stats.failedTranslateRequests += 1;
      await hold(delayMs);
      sendJson(res, failure, { message: FAILURE_MESSAGES[failure] });
      return;
    }
    const badRequest = (message: string): void => {
      stats.failedTranslateRequests += 1;
      sendJson(res, 400, { message });
    };
    if (params === null) return badRequest('Invalid request body.');
    const texts = params.get('text') ?? [];
    const recorded: FakeTranslateParams = {
      source_lang: first(params, 'source_lang'),
      target_lang: first(params, 'target_lang'),
      formality: first(params, 'formality'),
      glossary_id: first(params, 'glossary_id'),
      tag_handling: first(params, 'tag_handling'),
    };
    if (recorded.target_lang === null) return badRequest("Value for 'target_lang' not supported.");
    if (texts.length === 0) return badRequest("Parameter 'text' not specified.");
    if (texts.length > FAKE_MAX_TEXTS) return badRequest(`Too many texts: at most ${FAKE_MAX_TEXTS} per request.`);

    const showBilled = truthy(first(params, 'show_billed_characters'));
    const detected = (recorded.source_lang ?? 'de').toUpperCase();
    const translations = texts.map((text) => {
      const billed = billedCharactersOf(text);
      stats.texts.push(text);
      stats.billedCharacters += billed;
      return {
        detected_source_language: detected,
        text: translate(text, recorded),
        ...(showBilled ? { billed_characters: billed } : {}),
      };
    });
    stats.batches.push([...texts]);
    stats.params.push(recorded);

    await hold(delayMs);
    sendJson(res, 200, { translations });
  }

  const server = http.createServer((req, res) => {
    stats.requests += 1;
    readBody(req)
      .then(async (body) => {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (path === '/v2/translate' && req.method === 'POST') {
          await handleTranslate(req, res, body);
        } else if (path === '/v2/usage' && (req.method === 'GET' || req.method === 'POST')) {
          if (!authorized(req, parseBody(req.headers['content-type'], body))) {
            sendJson(res, 403, { message: FAILURE_MESSAGES[403] });
          } else {
            sendJson(res, 200, { character_count: stats.billedCharacters, character_limit: characterLimit });
          }
        } else {
          sendJson(res, 404, { message: `Not found: ${req.method ?? 'GET'} ${path}` });
        }
      })
      .catch((error: unknown) => {
        sendJson(res, 500, { message: `fake DeepL failed: ${String(error)}` });
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  let closed: Promise<void> | null = null;

  return {
    url: `http://127.0.0.1:${port}`,
    authKey,
    stats,
    failNext(status, times = 1) {
      for (let i = 0; i < times; i += 1) failures.push(status);
    },
    delay(ms) {
      delayMs = Math.max(0, ms);
    },
    reset() {
      Object.assign(stats, emptyStats());
      failures = [];
      delayMs = 0;
    },
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        for (const timer of pendingTimers) clearTimeout(timer);
        pendingTimers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        // deepl-node keeps connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
