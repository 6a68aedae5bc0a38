// Webhook delivery: 1,000 events through the durable outbox (SQLite) and the real HTTP sender to a
// receiver on 127.0.0.1, measured end to end; then a receiver that answers 500 for a while and 200
// afterwards, which must get every event exactly once by id (counting only the requests it accepted).
//
//   npm run bench:webhooks            (= npx tsx scripts/bench/webhooks.ts [--events 1000] [--concurrency 8] [--outage-ms 2000])
//
// The second part shortens the backoff (first retry 100 ms, at most 400 ms apart) so the run takes
// seconds; the rule it exercises (retry until a 2xx, same delivery id) is the one of the real schedule.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { CommandContext } from '../../server/commands/context';
import { DEFAULT_PROJECT_SETTINGS } from '../../server/commands/projects/settings';
import { WebhookDispatcher, type WebhookDispatcherOptions } from '../../server/commands/webhooks/dispatcher';
import { enqueueWebhookEvent } from '../../server/commands/webhooks/emit';
import { loadConfig } from '../../server/config';
import { createHttpWebhookSender } from '../../server/integrations/webhooks/httpSender';
import { uuidGenerator } from '../../server/ports/ids';
import { systemClock } from '../../server/ports/system';
import { createSqliteStore } from '../../server/storage/sqlite';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { machine, revision } from './support';

const USAGE = 'Usage: npx tsx scripts/bench/webhooks.ts [--events 1000] [--concurrency 8] [--outage-ms 2000]\n';
const options = flagsOrExit('bench:webhooks', USAGE, (argv) => {
  const flags = parseFlags(argv, { events: {}, concurrency: {}, 'outage-ms': {} });
  return {
    events: integerFlag(flags.events, 'events', 1000),
    concurrency: integerFlag(flags.concurrency, 'concurrency', 8),
    outageMs: integerFlag(flags['outage-ms'], 'outage-ms', 2000),
  };
});

interface Receiver {
  url: string;
  /** Answered 2xx, by delivery id: how many times each. */
  accepted: Map<string, number>;
  /** Event ids of the bodies accepted, by delivery id. */
  eventIds: Map<string, string>;
  requests: number;
  refused: number;
  close(): Promise<void>;
}

/** A receiver that answers 500 while `failing()` says so, else 204. */
async function startReceiver(failing: () => boolean): Promise<Receiver> {
  const receiver = { accepted: new Map<string, number>(), eventIds: new Map<string, string>(), requests: 0, refused: 0 } as Receiver;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      receiver.requests++;
      if (failing()) {
        receiver.refused++;
        res.writeHead(500).end();
        return;
      }
      const delivery = String(req.headers['x-nysa-delivery']);
      receiver.accepted.set(delivery, (receiver.accepted.get(delivery) ?? 0) + 1);
      receiver.eventIds.set(delivery, (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string }).id);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

async function run(receiver: Receiver, dispatcherOptions: WebhookDispatcherOptions = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-webhooks-'));
  const store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
  const base = loadConfig({});
  const config = { ...base, webhooks: { ...base.webhooks, allowPrivateAddresses: true, concurrency: options.concurrency } };
  const ctx = { config, store, clock: systemClock, ids: uuidGenerator } as unknown as CommandContext;
  try {
    const at = systemClock.now().toISOString();
    await store.projects.create({ id: 'bench-project', name: 'Bench', sourceLang: 'de', targetLang: 'pl', settings: DEFAULT_PROJECT_SETTINGS, members: [], createdBy: 'bench', createdAt: at });
    await store.webhooks.create({
      id: 'bench-webhook', projectId: 'bench-project', url: receiver.url, events: ['document.approved'], secret: 'bench-secret-0123456789',
      active: true, disabledReason: null, consecutiveFailures: 0, createdBy: 'bench', createdAt: at, updatedAt: at,
    });
    const enqueueStarted = performance.now();
    for (let i = 0; i < options.events; i++) {
      await enqueueWebhookEvent(ctx, { event: 'document.approved', projectId: 'bench-project', documentId: `document-${i}`, data: { segments: i } });
    }
    const enqueueMs = performance.now() - enqueueStarted;
    const dispatcher = new WebhookDispatcher(ctx, createHttpWebhookSender(config.webhooks), dispatcherOptions);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    dispatcher.start();
    // Bounded: the dispatcher goes idle between retries, so wait until the outbox holds nothing pending.
    for (let round = 0; round < 6000 && (await store.webhooks.nextDueAt()) !== null; round++) {
      await dispatcher.idle();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await dispatcher.idle();
    const deliverMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    // The receiver runs in this process too: its share is in the figure (a fair upper bound for the sender).
    const cpuMs = (cpu.user + cpu.system) / 1000;
    await dispatcher.stop();
    const log = await store.webhooks.listDeliveries('bench-webhook', 0, options.events);
    return { enqueueMs, deliverMs, cpuMs, delivered: log.items.filter((item) => item.status === 'delivered').length, attempts: log.items.reduce((sum, item) => sum + item.attempts.length, 0) };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`bench:webhooks — ${options.events} events, concurrency ${options.concurrency}, ${machine()}, ${revision()}`);

  const steady = await startReceiver(() => false);
  const first = await run(steady);
  await steady.close();
  const perSecond = options.events / (first.deliverMs / 1000);
  console.log(
    `healthy receiver: enqueued in ${first.enqueueMs.toFixed(0)} ms, delivered ${first.delivered}/${options.events} in ${first.deliverMs.toFixed(0)} ms: ` +
      `${perSecond.toFixed(0)} deliveries/s, ${(first.cpuMs / options.events).toFixed(2)} ms CPU per delivery (sender and receiver)`,
  );

  let outageEnds = Number.POSITIVE_INFINITY;
  const flaky = await startReceiver(() => {
    if (outageEnds === Number.POSITIVE_INFINITY) outageEnds = Date.now() + options.outageMs; // the outage starts with the first request
    return Date.now() < outageEnds;
  });
  const second = await run(flaky, { retry: { firstRetryMs: 100, longestRetryMs: 400, windowMs: 10 * 60_000 } });
  await flaky.close();
  const counts = [...flaky.accepted.values()];
  const exactlyOnce = flaky.accepted.size === options.events && counts.every((n) => n === 1) && new Set(flaky.eventIds.values()).size === options.events;
  console.log(
    `receiver answering 500 for ${options.outageMs} ms, then 204: ${flaky.requests} requests (${flaky.refused} refused), ` +
      `${flaky.accepted.size} distinct deliveries accepted, each ${Math.min(...counts)}–${Math.max(...counts)} time(s); ` +
      `all delivered in ${second.deliverMs.toFixed(0)} ms; every event exactly once by id: ${exactlyOnce ? 'yes' : 'NO'}`,
  );
  console.log(
    JSON.stringify({
      bench: 'webhooks',
      events: options.events,
      concurrency: options.concurrency,
      healthy: { enqueueMs: Math.round(first.enqueueMs), deliverMs: Math.round(first.deliverMs), cpuMsPerDelivery: Number((first.cpuMs / options.events).toFixed(2)), perSecond: Math.round(perSecond), delivered: first.delivered },
      outage: { outageMs: options.outageMs, requests: flaky.requests, refused: flaky.refused, accepted: flaky.accepted.size, attempts: second.attempts, deliverMs: Math.round(second.deliverMs), exactlyOnce },
    }),
  );
  if (!exactlyOnce || first.delivered !== options.events) process.exitCode = 1;
}

void main();
