// Two Nysa processes on one SQLite file, as two instances behind a balancer (docs/deployment.md): each is
// the real server (server/main.ts) in a child process, sharing DATA_DIR, with DeepL faked on 127.0.0.1.
// What one instance does must be seen by the other: live updates and presence through the change log,
// jobs through their leases, sign-in limits through the failures kept in the store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEventStream, type EventStream } from '../support/eventStream';
import { startFakeDeepl, type FakeDeepl } from '../support/fakeDeepl';
import { startNysaProcess, type NysaProcess } from '../support/nysaProcess';

jest.setTimeout(120_000);

const ADMIN = { email: 'admin@nysa.test', password: 'Grenzfluss-Neisse-2026' };
const SENTENCES = [
  'Die Brücke über die Neiße wird im Mai gesperrt.',
  'Umleitungen sind ausgeschildert.',
  'Der Busverkehr fährt nach dem Sonderfahrplan.',
  'Fußgänger dürfen die Brücke weiter benutzen.',
  'Die Arbeiten dauern voraussichtlich sechs Wochen.',
  'Auskünfte erteilt das Bauamt der Stadt Zgorzelec.',
];
// Twice the heartbeat and more: a busy machine must not stall A's heartbeats past its lease before the kill.
const LEASE_MS = 3_000;

interface Instance {
  process: NysaProcess;
  request(method: string, urlPath: string, body?: unknown): Promise<{ status: number; body: any }>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two Nysa processes on one SQLite file', () => {
  let dataDir: string;
  let deepl: FakeDeepl;
  let a: Instance;
  let b: Instance;
  let token: string;
  const streams: EventStream[] = [];

  const start = async (instanceId: string): Promise<Instance> => {
    const process = await startNysaProcess({
      dataDir,
      env: {
        INSTANCE_ID: instanceId,
        NYSA_ADMIN_EMAIL: ADMIN.email,
        NYSA_ADMIN_PASSWORD: ADMIN.password,
        DEEPL_AUTH_KEY: deepl.authKey,
        DEEPL_SERVER_URL: deepl.url,
        MT_BATCH_SIZE: '2',
        MT_RETRY_BASE_MS: '10',
        JOB_LEASE_MS: String(LEASE_MS),
        JOB_HEARTBEAT_MS: '500',
        JOB_SWEEP_MS: '200',
        LIVE_FEED: 'store',
        LIVE_FEED_POLL_MS: '50',
        LOGIN_MAX_ATTEMPTS: '3',
      },
    });
    const request = async (method: string, urlPath: string, body?: unknown) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(process.baseUrl + urlPath, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : JSON.parse(text) };
    };
    return { process, request };
  };

  const login = (instance: Instance, body: unknown) =>
    fetch(`${instance.process.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  /** A project with one document of SENTENCES, created through A; returns the document's id and its segments. */
  const submitDocument = async () => {
    const project = await a.request('POST', '/api/projects', { name: 'Grenzraumstudie 2026', sourceLang: 'de', targetLang: 'pl' });
    expect(project.status).toBe(201);
    const document = await a.request('POST', `/api/projects/${project.body.id}/documents`, { title: 'Förderaufruf', format: 'text', content: SENTENCES.join('\n\n') + '\n' });
    expect(document.status).toBe(201);
    const segments = await a.request('GET', `/api/documents/${document.body.id}/segments?limit=500`);
    return { documentId: document.body.id as string, segments: segments.body.items as { id: string; version: number; target: string | null }[] };
  };

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-instances-'));
    deepl = await startFakeDeepl();
    // One after the other: the first creates the database and the admin, the second finds both.
    a = await start('instance-a');
    b = await start('instance-b');
    const session = await login(a, ADMIN);
    expect(session.status).toBe(200);
    const cookie = session.headers.getSetCookie()[0].split(';')[0];
    const issued = await fetch(`${a.process.baseUrl}/api/tokens`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'test' }) });
    expect(issued.status).toBe(201);
    token = ((await issued.json()) as { token: string }).token;
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.close();
    await Promise.all([a?.process.stop(), b?.process.stop()]);
    await deepl.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('an edit saved through A reaches the event stream of the document opened on B within 1 s, and so does presence', async () => {
    const { documentId, segments } = await submitDocument();
    const stream = await openEventStream(b.process, `/api/documents/${documentId}/events`, { token });
    streams.push(stream);
    expect(stream.status).toBe(200);

    const saved = await a.request('PATCH', `/api/segments/${segments[1].id}`, { target: 'Wnioski należy składać do 31.03.2027.', version: segments[1].version });
    expect(saved.status).toBe(200);
    const edit = await stream.next(1_000);
    expect([edit.event, edit.json.segments.map((segment: { id: string; target: string }) => [segment.id, segment.target])]).toEqual([
      'segments',
      [[segments[1].id, 'Wnioski należy składać do 31.03.2027.']],
    ]);

    expect((await a.request('POST', `/api/segments/${segments[2].id}/presence`, { editing: true })).status).toBe(204);
    // The saved segment's QA result may be announced in between (a `segments` event): look past it.
    let presence = await stream.next(1_000);
    while (presence.event !== 'presence') presence = await stream.next(1_000);
    expect([presence.event, presence.json.segmentId, presence.json.editing]).toEqual(['presence', segments[2].id, true]);
  });

  test('saves of one segment alternating between A and B each see the other\'s: no instance answers from a row it kept before the other wrote', async () => {
    const { segments } = await submitDocument();
    const id = segments[3].id;
    // Both read it first, so both keep it (storage/sqlite/rowCache.ts).
    expect((await a.request('GET', `/api/segments/${id}`)).body.version).toBe(segments[3].version);
    expect((await b.request('GET', `/api/segments/${id}`)).body.version).toBe(segments[3].version);

    const targets = ['Piesi mogą nadal korzystać z mostu.', 'Piesi nadal mogą korzystać z mostu.', 'Piesi mogą dalej korzystać z mostu.', 'Piesi mogą wciąż korzystać z mostu.'];
    let version = segments[3].version;
    const answers: [string, number, number, string][] = [];
    for (const [n, target] of targets.entries()) {
      const instance = n % 2 === 0 ? a : b;
      const saved = await instance.request('PATCH', `/api/segments/${id}`, { target, version });
      answers.push([n % 2 === 0 ? 'A' : 'B', saved.status, saved.body.version, saved.body.target]);
      version = saved.body.version;
    }
    const first = segments[3].version;
    expect(answers).toEqual(targets.map((target, n) => [n % 2 === 0 ? 'A' : 'B', 200, first + n + 1, target]));
    // A stale version is refused on either, with the current text.
    const stale = await a.request('PATCH', `/api/segments/${id}`, { target: 'Piesi mogą przechodzić przez most.', version: first + 2 });
    expect([stale.status, stale.body.error, stale.body.details.current.target]).toEqual([409, 'version_conflict', targets[3]]);
    expect((await b.request('GET', `/api/segments/${id}`)).body.target).toBe(targets[3]);
  });

  test('signing out through A ends the event stream that session opened on B, and B refuses the session from then on', async () => {
    const { documentId } = await submitDocument();
    const session = await login(a, ADMIN);
    const cookie = session.headers.getSetCookie()[0].split(';')[0];
    const stream = await openEventStream(b.process, `/api/documents/${documentId}/events`, { cookie });
    streams.push(stream);
    expect(stream.status).toBe(200);
    // B has read the session now (and keeps it: SESSION_CACHE_MS); the notice of the logout must drop it.
    expect((await fetch(`${b.process.baseUrl}/api/me`, { headers: { cookie } })).status).toBe(200);

    const loggedOut = await fetch(`${a.process.baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie } });

    expect(loggedOut.status).toBe(204);
    expect(await stream.ended(2_000)).toBe(true);
    expect((await fetch(`${b.process.baseUrl}/api/me`, { headers: { cookie } })).status).toBe(401);
  });

  test('when A is killed (SIGKILL) in the middle of an MT job, B takes the job over once its lease expires and finishes it, re-sending one batch', async () => {
    const { documentId } = await submitDocument();
    deepl.delay(30_000); // A's first batch gets no answer before A dies
    expect((await a.request('POST', `/api/documents/${documentId}/mt`)).status).toBe(202);
    for (const deadline = Date.now() + 10_000; deepl.stats.batches.length === 0 && Date.now() < deadline; ) await sleep(20);
    expect(deepl.stats.batches).toEqual([SENTENCES.slice(0, 2)]);

    await a.process.stop('SIGKILL');
    deepl.delay(0);
    const killedAt = Date.now();
    let job: any = null;
    for (const deadline = Date.now() + 20_000; job?.status !== 'done' && Date.now() < deadline; await sleep(100)) {
      job = (await b.request('GET', `/api/documents/${documentId}/mt`)).body;
    }

    if (job?.status !== 'done') console.log(b.process.output());
    expect(job).toMatchObject({ status: 'done', done: SENTENCES.length, total: SENTENCES.length });
    expect(Date.now() - killedAt).toBeGreaterThanOrEqual(LEASE_MS - 500); // not before A's lease ran out
    expect(deepl.stats.batches).toEqual([SENTENCES.slice(0, 2), SENTENCES.slice(0, 2), SENTENCES.slice(2, 4), SENTENCES.slice(4, 6)]);
    const segments = await b.request('GET', `/api/documents/${documentId}/segments?limit=500`);
    expect(segments.body.items.map((segment: { target: string }) => segment.target)).toEqual(SENTENCES.map((sentence) => `PL: ${sentence}`));
  });

  test('failed sign-ins count on both: two on A and one on B lock the account on both; malformed requests do not count', async () => {
    const wrong = { email: ADMIN.email, password: 'falsch-falsch-falsch' };
    const statuses: number[] = [];
    for (const [instance, body] of [
      [a, wrong],
      [a, wrong],
      [b, { email: ADMIN.email }],
      [b, { email: ADMIN.email, password: 'x', remember: true }],
      [b, wrong],
      [b, ADMIN],
      [a, ADMIN],
    ] as const) {
      statuses.push((await login(instance, body)).status);
    }

    expect(statuses).toEqual([401, 401, 400, 400, 401, 429, 429]);
  });
});
