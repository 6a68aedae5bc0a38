// The event-loop guard's probe, in a process of its own (started by healthProbe.ts): GET /health every
// 20 ms, one at a time, in a bounded loop, until the parent sends "stop"; then it sends back every wait
// and the number of failures. A probe in the test's own process would count the test's clients too: their
// answers, parsed on the same thread, delayed its timers and its reads by tens of milliseconds.
import http from 'node:http';

const INTERVAL_MS = 20;
/** At most this many probes (30 min at 20 ms): the loop is bounded even if "stop" never comes. */
const MAX_PROBES = 90_000;
const baseUrl = process.argv[2];

/** The status of GET /health on a connection of its own, or 0 when none came within 10 s. */
function getHealth(): Promise<number> {
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

let stopped = false;
process.on('message', () => (stopped = true));
process.on('disconnect', () => (stopped = true));

void (async () => {
  const waits: number[] = [];
  let failures = 0;
  for (let i = 0; i < MAX_PROBES && !stopped; i++) {
    const started = performance.now();
    if ((await getHealth()) !== 200) failures++;
    waits.push(performance.now() - started);
    if (i === 0) process.send?.({ ready: true });
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
  process.send?.({ waits, failures }, () => process.disconnect?.());
})();
