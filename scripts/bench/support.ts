// What the benchmarks share: finding the built server, starting child servers on 127.0.0.1 with a
// temporary store, a small JSON client, memory readings from /proc, and the machine's description.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The repository root: the nearest folder above this script with package.json (works from dist/ too). */
export const repoRoot = ((): string => {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
})();

export const ADMIN = { email: 'bench-admin@nysa.local', password: 'bench-password-1234' };

export function serverEntry(): string {
  const entry = path.join(repoRoot, 'dist', 'server', 'main.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  return entry;
}

/** A node command running `scripts/bench/<name>`: the compiled .js next to this file, or the .ts through tsx. */
export function benchScriptCommand(name: string): string[] {
  const compiled = __filename.endsWith('.js');
  const file = path.join(__dirname, `${name}${compiled ? '.js' : '.ts'}`);
  return compiled ? [file] : ['--import', 'tsx', file];
}

/** A port that was free a moment ago (listen on 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  baseUrl: string;
  pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs` (default 5 s) if it has not exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `node <args>` with exactly `env` (plus PATH) and resolves once it prints `ready`.
 * `cleanup` runs after the process has exited.
 */
export async function startChild(args: string[], env: Record<string, string>, ready: RegExp, cleanup = () => {}): Promise<ChildServer> {
  const port = Number(env.PORT);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (graceMs = 5000): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('did not start within 20 s')), 20_000);
    const check = () => {
      if (ready.test(output)) done();
    };
    const onExit = () => fail(new Error(`exited with code ${child.exitCode}`));
    const done = () => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', onExit);
      resolve();
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`node ${args.join(' ')}: ${error.message}\n${output}`)));
    };
    child.stdout?.on('data', check);
    child.once('exit', onExit);
  });

  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid as number, output: () => output, stop };
}

/**
 * The environment of a benchmark's Nysa server: a free port on 127.0.0.1, the store in `dataDir`, the
 * bench admin, and `more` (which wins). NODE_PATH is passed on when set (a package from outside node_modules).
 */
export async function nysaEnv(dataDir: string, more: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    NYSA_ADMIN_EMAIL: ADMIN.email,
    NYSA_ADMIN_PASSWORD: ADMIN.password,
    ...(process.env.NODE_PATH ? { NODE_PATH: process.env.NODE_PATH } : {}),
    ...more,
  };
}

/**
 * The built Nysa server on a free port with a fresh SQLite store in a temporary folder; no DeepL, no
 * MongoDB. `args` replaces the command `node dist/server/main.js` (e.g. the sources through tsx).
 */
export async function startNysa(args: string[] = [serverEntry()], extraEnv: Record<string, string> = {}): Promise<ChildServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-'));
  return startChild(args, await nysaEnv(dataDir, extraEnv), /listening on/, () => fs.rmSync(dataDir, { recursive: true, force: true }));
}

/** A JSON client for the API, authenticated with a bearer token once `signIn` ran. */
export class Api {
  private authorization: string | null = null;

  constructor(readonly baseUrl: string) {}

  get token(): string {
    if (this.authorization === null) throw new Error('not signed in');
    return this.authorization.slice('Bearer '.length);
  }

  async request<T>(method: string, urlPath: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.authorization) headers.authorization = this.authorization;
    const response = await fetch(this.baseUrl + urlPath, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${urlPath} → ${response.status}: ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** Logs in as the bench admin and exchanges the session cookie for an API token. */
  async signIn(): Promise<void> {
    const login = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    if (!login.ok) throw new Error(`login → ${login.status}: ${await login.text()}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const tokenResponse = await fetch(`${this.baseUrl}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'bench' }),
    });
    if (!tokenResponse.ok) throw new Error(`POST /api/tokens → ${tokenResponse.status}: ${await tokenResponse.text()}`);
    const { token } = (await tokenResponse.json()) as { token: string };
    this.authorization = `Bearer ${token}`;
  }

  async createProject(name: string): Promise<string> {
    const project = await this.request<{ id: string }>('POST', '/api/projects', { name, sourceLang: 'de', targetLang: 'pl' });
    return project.id;
  }

  /** All segments of a document, in pages of 500. */
  async allSegments(documentId: string): Promise<SegmentView[]> {
    const items: SegmentView[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await this.request<{ items: SegmentView[]; total: number }>('GET', `/api/documents/${documentId}/segments?offset=${offset}&limit=500`);
      items.push(...page.items);
      if (page.items.length === 0 || items.length >= page.total) return items;
    }
  }
}

export interface SegmentView {
  id: string;
  index: number;
  source: string;
  target: string | null;
  state: string;
  version: number;
}

/** Resident memory of a process in MiB: now (VmRSS) and the peak so far (VmHWM). Linux only. */
export function memoryOf(pid: number): { rssMiB: number; peakMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}

const clockTicks = ((): number => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time a process has used so far (user + system, ms; 10 ms resolution). Less disturbed by other
 * load on the machine than wall-clock time, so it is printed next to it. Linux only.
 */
export function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // fields[0] is field 3, "state"
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}

/** The code measured: the git commit and how many files differ from it (or "unknown" outside git). */
export function revision(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const changed = git('status', '--porcelain').split('\n').filter(Boolean).length;
    return `commit ${git('rev-parse', '--short', 'HEAD').trim()}${changed ? ` + ${changed} changed files` : ''}`;
  } catch {
    return 'unknown revision';
  }
}

export function machine(): string {
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const memGiB = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${memGiB} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}, load average ${load}`;
}

/** Waits (up to `maxWaitMs`) until the 1-minute load average is below `maxLoad`; says so either way. */
export async function waitForQuietMachine(maxLoad = 3, maxWaitMs = 180_000): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  while (os.loadavg()[0] > maxLoad) {
    if (Date.now() >= deadline) {
      console.log(`! load average ${os.loadavg()[0].toFixed(2)} is still above ${maxLoad}: the figures below are disturbed`);
      return;
    }
    console.log(`load average ${os.loadavg()[0].toFixed(2)} > ${maxLoad}: waiting 30 s for a quieter machine…`);
    await new Promise((resolve) => setTimeout(resolve, 30_000));
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A right-aligned table: the first row is the header. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '))
    .join('\n');
}
