// The real server in a child process (node --import tsx server/main.ts) on 127.0.0.1, port 0, over a
// SQLite file in a data directory that outlives a kill -9, so a restart finds what was committed.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
export const ADMIN = { email: 'admin@nysa.test', password: 'Reliability-Suite-2026' };

export interface NysaProcess {
  baseUrl: string;
  pid: number;
  dataDir: string;
  /** Everything the process wrote to stdout and stderr. */
  output(): string;
  /** SIGKILL: no shutdown, no flush. */
  kill(): Promise<void>;
  /** SIGTERM and wait (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

export const newDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-reliability-'));

export async function startNysa(dataDir: string, env: Record<string, string> = {}): Promise<NysaProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(REPO, 'server', 'main.ts')], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      NYSA_ADMIN_EMAIL: ADMIN.email,
      NYSA_ADMIN_PASSWORD: ADMIN.password,
      // Many clients sign in from one address in these tests.
      LOGIN_MAX_ATTEMPTS: '100000',
      LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Nysa did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`Nysa exited while starting (${child.exitCode ?? child.signalCode}):\n${output}`));
    });
  });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    dataDir,
    output: () => output,
    async kill() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (alive()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
