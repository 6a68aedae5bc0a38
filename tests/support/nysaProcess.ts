// The real server (server/main.ts, node with tsx's loader) in a child process on 127.0.0.1, port 0, for tests that
// need what only separate processes show: several instances on one store, a kill -9. The address is
// read from the "Nysa listening on" line; MONGODB_URI from the test's environment is never passed on,
// so the store is SQLite in `dataDir` unless the test sets it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface NysaProcess {
  baseUrl: string;
  child: ChildProcessWithoutNullStreams;
  /** Everything written to stdout and stderr so far (shown when a test fails). */
  output(): string;
  /** Sends `signal` and resolves once the process has exited (SIGKILL after 10 s if it has not). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface NysaProcessOptions {
  dataDir: string;
  /** Settings (server/config.ts), on top of PORT=0 and HOST=127.0.0.1. */
  env: Record<string, string>;
  /** How long to wait for the server to listen; default 60 s (tsx compiles at start, on a busy machine). */
  startTimeoutMs?: number;
}

/** Starts the server and resolves once it listens. */
export async function startNysaProcess(options: NysaProcessOptions): Promise<NysaProcess> {
  const { MONGODB_URI: _ignored, ...inherited } = process.env;
  // node itself, not the tsx command: that one runs the server in a child of its own, which a SIGKILL
  // of the command would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server', 'main.ts')], {
    cwd: ROOT,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', DATA_DIR: options.dataDir, CLIENT_DIR: path.join(options.dataDir, 'no-client'), ...options.env },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Nysa did not start within ${options.startTimeoutMs ?? 60_000} ms`)), options.startTimeoutMs ?? 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output}`));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Nysa listening on http:\/\/localhost:(\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    });
    child.once('exit', (code, signal) => fail(new Error(`Nysa exited before listening (code ${code}, signal ${signal})`)));
  });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
