// A fake DeepL API server for tests: the subset deepl-node uses, on 127.0.0.1, port 0.
//
// What deepl-node 1.28 sends (read from node_modules/deepl-node/dist, confirmed on the wire):
//   POST /v2/translate   Content-Type: application/x-www-form-urlencoded;charset=utf-8
//                        body: target_lang=pl&source_lang=de[&formality=more][&glossary_id=…]
//                              &show_billed_characters=1&text=…&text=…&tag_handling=xml
//   GET  /v2/usage       no body
//   POST   /v3/glossaries                     form: name, dictionaries[0].source_lang/target_lang/entries (TSV)/entries_format
//   GET    /v3/glossaries/{id}                 the glossary's info (DELETE removes it: 204)
//   GET    /v3/glossaries/{id}/entries         ?source_lang&target_lang: the dictionary as TSV
//   PUT    /v3/glossaries/{id}/dictionaries    form: source_lang, target_lang, entries, entries_format
//   (GET /v3/glossaries, the list, is not spoken: deepl-node's listing is not used.)
//   Glossary requests are recorded in `glossaryStats`, apart from `stats`, whose shape tests pin.
//   Every request carries `Authorization: DeepL-Auth-Key <key>`.
// A translate response is `{ translations: [{ detected_source_language, text, billed_characters }] }`;
// errors are JSON `{ message }` with DeepL's statuses (403 auth, 456 quota, 429 too many requests, 5xx),
// with a Retry-After header when `failNext` was given one; a request body over `maxRequestBytes`
// (DeepL's 128 KiB) is answered 413 like DeepL does.
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

export type FakeFailureStatus = 429 | 456 | 500 | 503 | 403 | 400 | 413;

export interface FakeDeeplOptions {
  /** The key clients must send; default 'test-key:fx'. */
  authKey?: string;
  /** Replaces the default translation (`PL: ` + text). */
  translate?: (text: string, params: FakeTranslateParams) => string;
  /** Reported by GET /v2/usage as character_limit; default 500000 (not enforced). */
  characterLimit?: number;
  /** A translate request body larger than this is answered 413; default 128 KiB, as DeepL. */
  maxRequestBytes?: number;
}

/** A glossary as the fake holds it (one dictionary per language pair). */
export interface FakeGlossary {
  glossary_id: string;
  name: string;
  creation_time: string;
  dictionaries: { source_lang: string; target_lang: string; entries: [string, string][] }[];
}

export interface FakeGlossaryStats {
  /** Every /v3/glossaries request with a valid auth key, including those failed on purpose. */
  requests: number;
  /** Every glossary created, in order, with the entries it was created with. */
  created: FakeGlossary[];
  /** Ids of deleted glossaries, in order. */
  deleted: string[];
  /** Dictionaries replaced through PUT …/dictionaries: glossary id and the new entries. */
  replaced: { glossary_id: string; entries: [string, string][] }[];
}

export interface FakeDeepl {
  /** e.g. http://127.0.0.1:40123, to pass as deepl-node's serverUrl. */
  readonly url: string;
  readonly authKey: string;
  readonly stats: FakeDeeplStats;
  /** Answers the next `times` authenticated translate requests with `status` and a `{ message }` body (and a Retry-After header when given). */
  failNext(status: FakeFailureStatus, times?: number, retryAfter?: string): void;
  /** What the glossary endpoints received (see the header). */
  readonly glossaryStats: FakeGlossaryStats;
  /** The glossaries that exist now, by id. */
  readonly glossaries: ReadonlyMap<string, FakeGlossary>;
  /** Answers the next `times` authenticated glossary requests (of `method`, when given) with `status` and a `{ message }` body. */
  failNextGlossary(status: FakeFailureStatus, times?: number, method?: string): void;
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
  413: 'Request Entity Too Large',
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

function emptyGlossaryStats(): FakeGlossaryStats {
  return { requests: 0, created: [], deleted: [], replaced: [] };
}

/** A dictionary's TSV entries as pairs; null when a line has no tab (DeepL answers 400). */
function parseTsv(tsv: string): [string, string][] | null {
  const pairs: [string, string][] = [];
  for (const line of tsv.split(/\r\n|\n|\r/)) {
    if (line === '') continue;
    const [source, target, extra] = line.split('\t');
    if (target === undefined || extra !== undefined) return null;
    pairs.push([source!, target]);
  }
  return pairs;
}

const glossaryInfo = (glossary: FakeGlossary) => ({
  glossary_id: glossary.glossary_id,
  name: glossary.name,
  ready: true,
  creation_time: glossary.creation_time,
  dictionaries: glossary.dictionaries.map((d) => ({ source_lang: d.source_lang, target_lang: d.target_lang, entry_count: d.entries.length })),
});

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

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.writableEnded || res.destroyed) return;
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

export async function startFakeDeepl(options: FakeDeeplOptions = {}): Promise<FakeDeepl> {
  const authKey = options.authKey ?? DEFAULT_AUTH_KEY;
  const translate = options.translate ?? defaultFakeTranslation;
  const characterLimit = options.characterLimit ?? 500_000;
  const maxRequestBytes = options.maxRequestBytes ?? 128 * 1024;

  const stats = emptyStats();
  let failures: { status: FakeFailureStatus; retryAfter?: string }[] = [];
  const glossaryStats = emptyGlossaryStats();
  const glossaries = new Map<string, FakeGlossary>();
  let glossaryFailures: { status: FakeFailureStatus; method?: string }[] = [];
  let glossaryCount = 0;
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
    if (Buffer.byteLength(body) > maxRequestBytes) {
      stats.failedTranslateRequests += 1;
      sendJson(res, 413, { message: FAILURE_MESSAGES[413] });
      return;
    }
    const failure = failures.shift();
    if (failure !== undefined) {
      stats.failedTranslateRequests += 1;
      await hold(delayMs);
      sendJson(res, failure.status, { message: FAILURE_MESSAGES[failure.status] }, failure.retryAfter === undefined ? {} : { 'Retry-After': failure.retryAfter });
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

  /** /v3/glossaries/…: create, read, read entries, replace a dictionary, delete. */
  async function handleGlossary(req: http.IncomingMessage, res: http.ServerResponse, path: string, query: URLSearchParams, body: string): Promise<void> {
    const params = req.method === 'GET' || req.method === 'DELETE' ? new Map<string, string[]>() : parseBody(req.headers['content-type'], body);
    if (!authorized(req, params)) {
      sendJson(res, 403, { message: FAILURE_MESSAGES[403] });
      return;
    }
    glossaryStats.requests += 1;
    const failureAt = glossaryFailures.findIndex((f) => f.method === undefined || f.method === req.method);
    if (failureAt >= 0) {
      const [{ status }] = glossaryFailures.splice(failureAt, 1) as [{ status: FakeFailureStatus }];
      sendJson(res, status, { message: FAILURE_MESSAGES[status] });
      return;
    }
    if (params === null) return sendJson(res, 400, { message: 'Invalid request body.' });
    const [, id, sub] = /^\/v3\/glossaries(?:\/([^/]+))?(?:\/(entries|dictionaries))?$/.exec(path) ?? [];
    const notFound = () => sendJson(res, 404, { message: 'Glossary not found' });

    if (id === undefined && req.method === 'POST') {
      const name = first(params, 'name');
      const sourceLang = first(params, 'dictionaries[0].source_lang');
      const targetLang = first(params, 'dictionaries[0].target_lang');
      const entries = parseTsv(first(params, 'dictionaries[0].entries') ?? '');
      if (!name || !sourceLang || !targetLang || entries === null || first(params, 'dictionaries[0].entries_format') !== 'tsv') {
        return sendJson(res, 400, { message: 'Bad request. Reason: invalid glossary.' });
      }
      glossaryCount += 1;
      const glossary: FakeGlossary = {
        glossary_id: `fake-glossary-${glossaryCount}`,
        name,
        creation_time: new Date(Date.UTC(2026, 0, 1, 0, 0, glossaryCount)).toISOString(),
        dictionaries: [{ source_lang: sourceLang.toLowerCase(), target_lang: targetLang.toLowerCase(), entries }],
      };
      glossaries.set(glossary.glossary_id, glossary);
      glossaryStats.created.push(structuredClone(glossary));
      return sendJson(res, 201, glossaryInfo(glossary));
    }
    const glossary = id === undefined ? undefined : glossaries.get(id);
    if (!glossary) return notFound();
    if (sub === undefined && req.method === 'GET') return sendJson(res, 200, glossaryInfo(glossary));
    if (sub === undefined && req.method === 'DELETE') {
      glossaries.delete(glossary.glossary_id);
      glossaryStats.deleted.push(glossary.glossary_id);
      res.writeHead(204);
      res.end();
      return;
    }
    if (sub === 'entries' && req.method === 'GET') {
      const dictionary = glossary.dictionaries.find(
        (d) => d.source_lang === (query.get('source_lang') ?? '').toLowerCase() && d.target_lang === (query.get('target_lang') ?? '').toLowerCase(),
      );
      if (!dictionary) return notFound();
      const entries = dictionary.entries.map(([source, target]) => `${source}\t${target}`).join('\n');
      return sendJson(res, 200, { dictionaries: [{ source_lang: dictionary.source_lang, target_lang: dictionary.target_lang, entries, entries_format: 'tsv' }] });
    }
    if (sub === 'dictionaries' && req.method === 'PUT') {
      const sourceLang = (first(params, 'source_lang') ?? '').toLowerCase();
      const targetLang = (first(params, 'target_lang') ?? '').toLowerCase();
      const entries = parseTsv(first(params, 'entries') ?? '');
      if (!sourceLang || !targetLang || entries === null) return sendJson(res, 400, { message: 'Bad request. Reason: invalid dictionary.' });
      glossary.dictionaries = [...glossary.dictionaries.filter((d) => d.source_lang !== sourceLang || d.target_lang !== targetLang), { source_lang: sourceLang, target_lang: targetLang, entries }];
      glossaryStats.replaced.push({ glossary_id: glossary.glossary_id, entries: structuredClone(entries) });
      return sendJson(res, 200, { source_lang: sourceLang, target_lang: targetLang, entry_count: entries.length });
    }
    return sendJson(res, 404, { message: `Not found: ${req.method ?? 'GET'} ${path}` });
  }

  const server = http.createServer((req, res) => {
    stats.requests += 1;
    readBody(req)
      .then(async (body) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const path = url.pathname;
        if (path === '/v2/translate' && req.method === 'POST') {
          await handleTranslate(req, res, body);
        } else if ((path === '/v3/glossaries' && req.method === 'POST') || path.startsWith('/v3/glossaries/')) {
          await handleGlossary(req, res, path, url.searchParams, body);
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
    failNext(status, times = 1, retryAfter) {
      for (let i = 0; i < times; i += 1) failures.push({ status, ...(retryAfter === undefined ? {} : { retryAfter }) });
    },
    glossaryStats,
    glossaries,
    failNextGlossary(status, times = 1, method) {
      for (let i = 0; i < times; i += 1) glossaryFailures.push({ status, method });
    },
    delay(ms) {
      delayMs = Math.max(0, ms);
    },
    reset() {
      Object.assign(stats, emptyStats());
      failures = [];
      Object.assign(glossaryStats, emptyGlossaryStats());
      glossaries.clear();
      glossaryFailures = [];
      glossaryCount = 0;
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
