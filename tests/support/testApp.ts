// The real app on 127.0.0.1:0 over a temporary SQLite file, with helpers to create people and send
// requests. Defaults: the disabled translator, the real MtJobRunner, a login limit high enough never to
// trigger, fast MT retries. Everything is overridable through options.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { CommandContext, MtJobScheduler } from '../../server/commands/context';
import { createInProcessAccountFeed, createInProcessFeed } from '../../server/commands/live/inProcessFeed';
import { PresenceRegistry } from '../../server/commands/live/presenceRegistry';
import { withChangeFeed } from '../../server/commands/live/publishingStore';
import { sessionCacheFor } from '../../server/commands/auth/sessionCache';
import { createLoginThrottle } from '../../server/commands/auth/loginThrottle';
import { withAccountFeed } from '../../server/commands/users/publishingAccounts';
import { MtJobRunner } from '../../server/commands/mt/runJob';
import { TmxImportRunner, type TmxImportRunnerOptions } from '../../server/commands/tm/runTmxImport';
import { createLocalImportFiles } from '../../server/storage/importFiles';
import { TmService } from '../../server/commands/tm/tmService';
import { WebhookDispatcher, type WebhookDispatcherOptions } from '../../server/commands/webhooks/dispatcher';
import { createHttpWebhookSender } from '../../server/integrations/webhooks/httpSender';
import type { WebhookSender } from '../../server/ports/webhookSender';
import { hashPassword } from '../../server/commands/auth/passwords';
import { openSession } from '../../server/commands/auth/secrets';
import { loadConfig, type Config } from '../../server/config';
import type { Role, User } from '../../server/domain/users/types';
import { createApp } from '../../server/http/app';
import { createHttpServer } from '../../server/http/httpServer';
import type { AppDeps } from '../../server/http/deps';
import { SESSION_COOKIE } from '../../server/http/sessionCookie';
import { commonPasswords } from '../../server/integrations/commonPasswords';
import { createDisabledTranslator } from '../../server/integrations/deepl';
import type { MachineTranslator } from '../../server/ports/machineTranslator';
import { uuidGenerator } from '../../server/ports/ids';
import type { Store } from '../../server/ports/repositories';
import { systemClock, type Clock } from '../../server/ports/system';
import { createSqliteStore } from '../../server/storage/sqlite';
import { createHeavyWorkPool, type HeavyWorkPool } from '../../server/workers/heavyWorkPool';
import { createQaThread } from '../../server/workers/qaThread';

/** Config overrides; nested groups (login, mt, admin, tm, jobs, live, webhooks) may be given in part. */
export type ConfigOverrides = { [K in keyof Config]?: Config[K] extends readonly unknown[] ? Config[K] : Config[K] extends object ? Partial<Config[K]> : Config[K] };

export interface TestAppOptions {
  translator?: MachineTranslator;
  config?: ConfigOverrides;
  /** A scheduler, or a factory given the command context; default: a real MtJobRunner. */
  mtJobs?: MtJobScheduler | ((ctx: CommandContext) => MtJobScheduler);
  /** Options of the TMX import runner (a real one, files under dataDir/imports). */
  tmxImports?: TmxImportRunnerOptions;
  clock?: Clock;
  /** The webhook sender (default: the real HTTP one, under config.webhooks) and dispatcher options. */
  webhookSender?: WebhookSender;
  webhookDispatcher?: WebhookDispatcherOptions;
  /** The QA checks of saves on a thread of their own, as in the server (default: inline). */
  qaThread?: boolean;
}

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** JSON-encoded; a string or Buffer is sent as it is (Content-Type application/json unless set in headers). */
  body?: unknown;
  headers?: Record<string, string>;
  /** A Cookie header value, e.g. the `cookie` returned by login(). */
  cookie?: string;
}

export interface TestResponse {
  status: number;
  /** Parsed JSON when the response is JSON, otherwise null. Typed loosely for terse assertions. */
  body: any;
  text: string;
  headers: Headers;
}

export interface CreateUserOptions {
  roles: Role[];
  email?: string;
  name?: string;
  password?: string;
}

export interface TestUser {
  user: User;
  /** A real API token, issued by the token command. */
  token: string;
  password: string;
}

export interface TestApp {
  baseUrl: string;
  deps: AppDeps;
  store: Store;
  config: Config;
  /** The app's worker threads for large inputs (threads start with the first one). */
  heavyWork: HeavyWorkPool;
  /** The background sender of webhook deliveries; `idle()` waits for what is due now. */
  webhooks: WebhookDispatcher;
  request(method: string, urlPath: string, options?: RequestOptions): Promise<TestResponse>;
  /** A user stored directly (any roles, even none), with a real bearer token; neither is audited. */
  createUser(options: CreateUserOptions): Promise<TestUser>;
  /** POST /api/auth/login; `cookie` is the session cookie ready for RequestOptions.cookie (null when refused). */
  login(email: string, password: string, headers?: Record<string, string>): Promise<TestResponse & { cookie: string | null }>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'geheim-haslo-2026';
/** Cheap scrypt parameters: fixtures need speed, not strength (verification reads them from the hash). */
const FIXTURE_SCRYPT = { N: 1024, r: 8, p: 1 };

function testConfig(dataDir: string, overrides: ConfigOverrides = {}): Config {
  const base = loadConfig({});
  const merged: Config = {
    ...base,
    host: '127.0.0.1',
    port: 0,
    dataDir,
    mongodbUri: null,
    admin: { email: 'admin@nysa.test', password: null },
    login: { ...base.login, maxAttempts: 1_000_000, maxAttemptsPerIp: 1_000_000 },
    mt: { ...base.mt, retryBaseMs: 5 },
    logRequests: false,
  };
  const { admin, login, mt, tm, jobs, live, webhooks, sqlite, ...flat } = overrides;
  return {
    ...merged,
    ...flat,
    admin: { ...merged.admin, ...admin },
    login: { ...merged.login, ...login },
    mt: { ...merged.mt, ...mt },
    tm: { ...merged.tm, ...tm },
    jobs: { ...merged.jobs, ...jobs },
    live: { ...merged.live, ...live },
    sqlite: { ...merged.sqlite, ...sqlite },
    webhooks: { ...merged.webhooks, ...webhooks },
  };
}

/** The `name=value` part of the session cookie set by a response, if any. */
export function sessionCookieOf(headers: Headers): string | null {
  const line = headers.getSetCookie().find((value) => value.startsWith(`${SESSION_COOKIE}=`));
  return line ? line.split(';')[0] : null;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-test-'));
  const config = testConfig(dir, options.config);
  const changeFeed = createInProcessFeed();
  const accountFeed = createInProcessAccountFeed();
  const store = withAccountFeed(withChangeFeed(createSqliteStore({ file: path.join(dir, 'nysa.sqlite') }), changeFeed), accountFeed);
  // Worker threads as in the server; they start only for inputs of at least config.workerMinChars.
  const heavyWork = createHeavyWorkPool({ threads: config.workerThreads, minInputSize: config.workerMinChars });
  const ctx: CommandContext = {
    config,
    store,
    translator: options.translator ?? createDisabledTranslator(),
    clock: options.clock ?? systemClock,
    ids: uuidGenerator,
    commonPasswords: commonPasswords(),
    tm: new TmService(store),
    heavyWork,
    sessionCache: sessionCacheFor(config.sessionCacheMs, accountFeed, options.clock ?? systemClock),
  };
  const qaThread = options.qaThread ? createQaThread() : null;
  if (qaThread) ctx.qaChecks = qaThread;
  const webhooks = new WebhookDispatcher(ctx, options.webhookSender ?? createHttpWebhookSender(config.webhooks), options.webhookDispatcher);
  ctx.webhookDispatch = webhooks;
  const mtJobs = typeof options.mtJobs === 'function' ? options.mtJobs(ctx) : (options.mtJobs ?? new MtJobRunner(ctx));
  const tmxImports = new TmxImportRunner(ctx, createLocalImportFiles(path.join(config.dataDir, 'imports')), options.tmxImports);
  const presence = new PresenceRegistry(ctx.clock, changeFeed);
  const deps: AppDeps = { ...ctx, mtJobs, tmxImports, changeFeed, presence, accountFeed, loginThrottle: createLoginThrottle(config, ctx.clock, store.loginAttempts) };
  const server: Server = await new Promise((resolve) => {
    const listening = createHttpServer(createApp(deps)).listen(0, '127.0.0.1', () => resolve(listening));
  });
  // The server shares the test's thread: a test that holds it for seconds (a large parse) lets node's
  // 5 s keep-alive timer and fetch's pooled socket expire together, and the next request is written to
  // a socket the server is closing (ECONNRESET), depending on test order. close() ends every connection.
  server.keepAliveTimeout = 10 * 60_000;
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let users = 0;
  let closed = false;

  async function request(method: string, urlPath: string, opts: RequestOptions = {}): Promise<TestResponse> {
    const headers: Record<string, string> = {};
    if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie !== undefined) headers.cookie = opts.cookie;
    let body: string | Buffer | undefined;
    if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof opts.body === 'string' || Buffer.isBuffer(opts.body) ? opts.body : JSON.stringify(opts.body);
    }
    Object.assign(headers, opts.headers);
    const response = await fetch(baseUrl + urlPath, { method, headers, body });
    // An event stream (GET /api/documents/:id/events) never ends by itself: its status and headers are
    // the answer, and the connection is dropped. Tests that read events use fetch directly.
    const streaming = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
    const text = streaming ? (await response.body?.cancel(), '') : await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
    return { status: response.status, body: isJson ? JSON.parse(text) : null, text, headers: response.headers };
  }

  async function createUser(userOptions: CreateUserOptions): Promise<TestUser> {
    users += 1;
    const password = userOptions.password ?? TEST_PASSWORD;
    const user: User = {
      id: uuidGenerator.next(),
      email: (userOptions.email ?? `user${users}@nysa.test`).trim().toLowerCase(),
      name: userOptions.name ?? `Test User ${users}`,
      roles: userOptions.roles,
      passwordHash: await hashPassword(password, FIXTURE_SCRYPT),
      active: true,
      createdAt: ctx.clock.now().toISOString(),
    };
    await store.users.create(user);
    // Stored directly, like the user: fixture set-up leaves no entry in the audit trail.
    const { secret: token } = await openSession(ctx, { userId: user.id, kind: 'token', name: 'test', expiresAt: null });
    return { user, token, password };
  }

  async function login(email: string, password: string, headers?: Record<string, string>) {
    const response = await request('POST', '/api/auth/login', { body: { email, password }, headers });
    return { ...response, cookie: response.status === 200 ? sessionCookieOf(response.headers) : null };
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    presence.close();
    await mtJobs.stop();
    await tmxImports.stop();
    await webhooks.stop();
    await heavyWork.close();
    await qaThread?.close();
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  return { baseUrl, deps, store, config, heavyWork, webhooks, request, createUser, login, close };
}
