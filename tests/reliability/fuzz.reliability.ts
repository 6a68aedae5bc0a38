// A seeded fuzzer over every declared route (support/routes.ts reads them from express): 10,000
// requests with random methods, ids, bodies, query strings and headers, four at a time, against the
// real server. No answer may be a 5xx, every request must be answered within 10 s (no hang), every
// 4xx has the error shape, and /health stays responsive (the event-loop guard). A failure prints the
// seed and the request, so it replays exactly: RELIABILITY_FUZZ_SEED=<seed>.
import fs from 'node:fs';
import { startFakeDeepl, type FakeDeepl } from '../support/fakeDeepl';
import { call, setUpTeam, submitSentences, type Answer } from './support/api';
import { MAX_HEALTH_WAIT_MS, startHealthProbe, stopAllProbes } from './support/healthProbe';
import { newDataDir, startNysa, type NysaProcess } from './support/nysaProcess';
import { declaredRoutes } from './support/routes';

const REQUESTS = Number(process.env.RELIABILITY_FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.RELIABILITY_FUZZ_SEED ?? 20261203);
const PARALLEL = 4;
/** After this many requests unanswered within 10 s the server is held: stop, and report what was seen. */
const MAX_HANGS = 3;

/** mulberry32: small and deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = [
  'target', 'version', 'reason', 'contextSpecific', 'editing', 'overrideQa', 'segmentIds', 'name', 'email', 'password', 'roles', 'active',
  'title', 'format', 'content', 'dueDate', 'sourceLang', 'targetLang', 'settings', 'formality', 'allowSelfApproval', 'qa', 'tm', 'userId',
  'de', 'pl', 'rules', 'abbreviations', 'exceptions', 'source', 'status', 'note', 'forbidden', 'beads', 'index', 'at', 'currentPassword',
  'newPassword', 'token', 'expiresAt', 'disabled', 'severity', 'threshold', 'shareMemory', '__proto__', 'constructor', '$where', 'a.b', 'x\u0000',
];
const QUERY_KEYS = ['state', 'offset', 'limit', 'format', 'allowUnapproved', 'q', 'text', 'mine', 'since', 'days', 'kind', 'cursor', 'x', 'lang', 'page'];
const STRINGS = [
  '', ' ', 'x', 'draft', 'translated', 'approved', 'new', 'de', 'pl', 'en', 'text', 'markdown', 'srx', 'json', 'csv', 'tbx', 'tmx', 'more', 'less',
  'translator', 'reviewer', 'coordinator', 'admin', 'editor', 'Ein Satz.', 'Zdanie.', '\u0000', '\ud800', '\uE000', '👩‍👩‍👧', '\u200f', 'a'.repeat(300),
  'b'.repeat(30_000), '../../etc/passwd', "' OR 1=1 --", '%ZZ', '2027-01-01T00:00:00Z', '-1', '1e999', 'NaN', '{1}x{/1}', '<x>&amp;</x>',
  '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>', '=HYPERLINK("http://evil.example")', '- '.repeat(60) + 'Tief',
  '> '.repeat(120) + 'Zitat', 'Satz eins. Satz zwei.\n\nSatz drei.', '(x+x+)+y', '[', '\\', '$', '.',
];
const HEADERS: Record<string, string>[] = [
  {}, { 'accept-language': 'pl' }, { 'accept-language': 'de-DE,de;q=0.9' }, { 'accept-language': '*;q=x' }, { 'content-type': 'text/plain' },
  { 'content-type': 'application/xml' }, { 'content-type': 'text/csv' }, { 'content-type': 'application/json; charset=latin1' },
  { 'content-encoding': 'gzip' }, { cookie: 'nysa_session=abc' }, { origin: 'http://evil.example' }, { 'sec-fetch-site': 'cross-site' },
  { 'x-forwarded-for': '1.2.3.4, 5.6.7.8' }, { 'if-none-match': '*' }, { range: 'bytes=0-10' }, { accept: 'text/event-stream' },
];

/** encodeURIComponent, but a lone surrogate (which it refuses) is sent as its invalid UTF-8 escape. */
const encode = (text: string) => text.split(/([\uD800-\uDFFF])/u).map((part, i) => (i % 2 ? '%ED%A0%80' : encodeURIComponent(part))).join('');

describe('reliability: a seeded fuzz over every route', () => {
  const dataDir = newDataDir();
  let nysa: NysaProcess;
  let deepl: FakeDeepl;
  afterAll(async () => {
    stopAllProbes();
    await nysa?.stop();
    await deepl?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test(`${REQUESTS} random requests: 0 answers 5xx, 0 hangs, every 4xx with the error shape`, async () => {
    const routes = declaredRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(60);
    // MT configured (against the fake DeepL), so MT routes do their work instead of answering 503 mt_not_configured.
    deepl = await startFakeDeepl();
    nysa = await startNysa(dataDir, { DEEPL_AUTH_KEY: deepl.authKey, DEEPL_SERVER_URL: deepl.url, MT_RETRY_BASE_MS: '5' });
    const team = await setUpTeam(nysa.baseUrl, 2);
    const { documentId, segmentIds } = await submitSentences(nysa.baseUrl, team, 12);
    const alignment = await call(nysa.baseUrl, 'POST', `/api/projects/${team.projectId}/alignments`, { token: team.coordinator, body: { de: 'Ein Satz. Zwei Sätze.', pl: 'Jedno zdanie. Dwa zdania.' } });
    const term = await call(nysa.baseUrl, 'POST', `/api/projects/${team.projectId}/glossary`, { token: team.coordinator, body: { source: 'Landkreis', target: 'powiat' } });
    const realIds = [team.projectId, documentId, ...segmentIds, alignment.body?.id, term.body?.id, ...team.ids.translators, team.ids.reviewer].filter((id): id is string => typeof id === 'string');
    const tokens = [team.admin, team.coordinator, ...team.translators, team.reviewer];

    const next = random(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const value = (depth: number): unknown => {
      const roll = next();
      if (roll < 0.08) return null;
      if (roll < 0.16) return next() < 0.5;
      if (roll < 0.3) return pick([0, -1, 1, 2, 1.5, -0, 42, 2 ** 53, 1e308, 100, 101, 50]);
      if (roll < 0.6) return pick(STRINGS);
      if (roll < 0.72) return pick(realIds);
      if (depth > 3) return 'deep';
      if (roll < 0.85) return Array.from({ length: Math.floor(next() * 5) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick(FIELDS), value(depth + 1)]));
    };
    const pathId = () => (next() < 0.6 ? pick(realIds) : encode(pick(STRINGS).slice(0, 250)));

    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let hangs = 0;
    let sent = 0;
    const probe = startHealthProbe(nysa.baseUrl);

    const one = async (i: number): Promise<void> => {
      const route = pick(routes);
      const method = next() < 0.85 ? route.method : pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
      let path = route.path.replace(/:(\w+)/g, () => pathId());
      if (next() < 0.4) {
        const pairs = Array.from({ length: 1 + Math.floor(next() * 3) }, () => `${pick(QUERY_KEYS)}${next() < 0.2 ? '[]' : ''}=${encode(String(value(3)).slice(0, 500))}`);
        path += `?${pairs.join('&')}`;
      }
      const who = next();
      const token = who < 0.85 ? pick(tokens) : who < 0.93 ? 'not-a-token' : undefined;
      let body: unknown;
      if (method !== 'GET' && method !== 'HEAD' && next() < 0.85) {
        const shape = next();
        body =
          shape < 0.55
            ? Object.fromEntries(Array.from({ length: 1 + Math.floor(next() * 4) }, () => [pick(FIELDS), value(1)]))
            : shape < 0.75
              ? (value(0) ?? {})
              : pick(['{', '[1,', 'null', '"x"', '{"version":NaN}', '\u0000', '{"a":'.repeat(2000), '[]', '{"target":"x","version":1}', 'a,b\n1,2\n']);
      }
      const headers = pick(HEADERS);
      let answer: Answer;
      try {
        answer = await call(nysa.baseUrl, method, path, { token, body, headers, timeoutMs: 10_000 });
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') hangs++;
        failures.push(`#${i} ${method} ${path.slice(0, 150)} → ${name}: ${(error as Error).message}`);
        return;
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const shown = `#${i} ${method} ${path.slice(0, 150)} ${JSON.stringify(headers)} ${JSON.stringify(body ?? null)?.slice(0, 200)} → ${answer.status} ${answer.text.slice(0, 200)}`;
      if (answer.status >= 500) failures.push(shown);
      else if (answer.status >= 400 && method !== 'HEAD' && answer.status !== 431) {
        const { error, message } = answer.body ?? {};
        if (typeof error !== 'string' || !/^[a-z]+(?:_[a-z]+)*$/.test(error) || typeof message !== 'string' || message === '') failures.push(`bad error shape: ${shown}`);
      }
    };

    // PARALLEL workers take request numbers in turn; the generator is consumed in request order per worker step.
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        while (sent < REQUESTS && hangs < MAX_HANGS) await one(sent++);
      }),
    );
    const health = await probe.stop();
    const shown = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    console.log(`fuzz, seed ${SEED}: ${sent} requests over ${routes.length} routes; statuses ${shown}; ${hangs} hangs; /health longest ${health.longestMs} ms, p99 ${health.p99Ms} ms over ${health.probes} probes`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(hangs).toBe(0);
    expect([health.failures, health.longestMs <= MAX_HEALTH_WAIT_MS]).toEqual([0, true]);
  });
});
