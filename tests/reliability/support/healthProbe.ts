// The event-loop guard: while a test runs, GET /health every 20 ms (one at a time, in a bounded loop)
// and record the longest answer. A request that holds the server's only thread makes /health wait;
// over MAX_HEALTH_WAIT_MS the suite fails. (On a machine shared with other work, the operating system's
// scheduling adds to the figure: RELIABILITY_MAX_HEALTH_MS may raise the bound there, and says so.)
import http from 'node:http';

export const MAX_HEALTH_WAIT_MS = Number(process.env.RELIABILITY_MAX_HEALTH_MS ?? 100);
const INTERVAL_MS = 20;
/** At most this many probes (30 min at 20 ms): the loop is bounded even if stop() is never called. */
const MAX_PROBES = 90_000;

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

/**
 * GET /health on a connection of its own (no keep-alive pool shared with the test's requests, whose
 * sockets a server may close after refusing an upload); the status, or 0 when none came within 10 s.
 */
function getHealth(baseUrl: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(`${baseUrl}/health`, { agent: false, timeout: 10_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

const running = new Set<() => void>();

/** Ends every probe still running (afterAll: a test that threw never reached its stop()). */
export function stopAllProbes(): void {
  for (const stop of running) stop();
}

export function startHealthProbe(baseUrl: string): HealthProbe {
  let stopped = false;
  const end = () => {
    stopped = true;
  };
  running.add(end);
  const waits: number[] = [];
  let failures = 0;
  const loop = (async () => {
    for (let i = 0; i < MAX_PROBES && !stopped; i++) {
      const started = performance.now();
      if ((await getHealth(baseUrl)) !== 200) failures++;
      waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
    }
  })();
  return {
    async stop() {
      end();
      running.delete(end);
      await loop;
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
