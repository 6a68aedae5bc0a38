// The event-loop guard: while a test runs, GET /health every 20 ms (one at a time, in a bounded loop)
// from a process of its own (healthProbeProcess.ts) and record the longest answer. A request that holds
// the server's only thread makes /health wait; over MAX_HEALTH_WAIT_MS the suite fails. (On a machine
// shared with other work, the operating system's scheduling adds to the figure: RELIABILITY_MAX_HEALTH_MS
// may raise the bound there, and says so.)
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const MAX_HEALTH_WAIT_MS = Number(process.env.RELIABILITY_MAX_HEALTH_MS ?? 100);

export interface HealthFigures {
  probes: number;
  longestMs: number;
  p99Ms: number;
  /** Probes that got no 200 within 10 s. */
  failures: number;
}

export interface HealthProbe {
  stop(): Promise<HealthFigures>;
}

interface ProbeReport {
  waits: number[];
  failures: number;
}

const running = new Set<ChildProcess>();

/** Ends every probe still running (afterAll: a test that threw never reached its stop()). */
export function stopAllProbes(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** Starts probing; resolves once the first answer to /health came back (the probe is running). */
export async function startHealthProbe(baseUrl: string): Promise<HealthProbe> {
  const child = fork(path.join(__dirname, 'healthProbeProcess.ts'), [baseUrl], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  running.add(child);
  const report = new Promise<ProbeReport>((resolve, reject) => {
    child.on('message', (message: { ready?: boolean } & Partial<ProbeReport>) => {
      if (message.waits) resolve({ waits: message.waits, failures: message.failures ?? 0 });
    });
    child.once('exit', (code, signal) => reject(new Error(`the /health probe exited (${code ?? signal}) without its figures`)));
  });
  report.catch(() => {}); // read by stop(); a probe killed by stopAllProbes has no reader
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { ready?: boolean }) => message.ready && resolve());
    child.once('exit', () => reject(new Error('the /health probe exited before its first answer')));
  });
  return {
    async stop() {
      child.send('stop');
      const { waits, failures } = await report;
      running.delete(child);
      const sorted = [...waits].sort((a, b) => a - b);
      return {
        probes: waits.length,
        longestMs: Math.round(sorted[sorted.length - 1] ?? 0),
        p99Ms: Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0),
        failures,
      };
    },
  };
}
