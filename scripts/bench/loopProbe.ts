// Preloaded into the servers the event-loop benchmark starts (`node --require …/loopProbe.js main.js`).
// A timer ticks every 5 ms; every 200 ms the probe prints the longest gap between two ticks since its
// last line (the event loop's longest stall) and, of that kind of gap, how much was the main thread's
// own CPU time (from /proc/self/task/<pid>/stat, Linux, in 10 ms clock ticks): on a machine busy with
// other work a gap can be the thread waiting for a CPU, not running anything of ours. Lines read
// `loop-probe <longest stall ms> <when it began> <longest busy stall ms> <when it began>` (epoch ms),
// parsed by loopLoad.ts, which counts a stall for the operation running when it began. A preload runs
// in worker threads too (they inherit --require): only the main thread is probed, since a worker busy
// for seconds is what a worker is for.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const TICK_MS = 5;
const stat = `/proc/self/task/${process.pid}/stat`;
const ticksPerMs = 100 / 1000;

/** The main thread's CPU time in ms (user + system), or NaN where /proc is not there. */
function threadCpuMs(): number {
  try {
    const fields = fs.readFileSync(stat, 'utf8');
    const rest = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) / ticksPerMs;
  } catch {
    return Number.NaN;
  }
}

function probe(): void {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  const longest = { ms: 0, at: 0 };
  const busy = { ms: 0, at: 0 };
  setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    const gap = now - last;
    const began = Date.now() - gap;
    if (gap > longest.ms) Object.assign(longest, { ms: gap, at: began });
    const held = Math.min(gap, cpu - lastCpu);
    if (held > busy.ms) Object.assign(busy, { ms: held, at: began });
    last = now;
    lastCpu = cpu;
  }, TICK_MS).unref();
  setInterval(() => {
    process.stdout.write(`loop-probe ${longest.ms.toFixed(1)} ${Math.round(longest.at)} ${busy.ms.toFixed(1)} ${Math.round(busy.at)}\n`);
    Object.assign(longest, { ms: 0, at: 0 });
    Object.assign(busy, { ms: 0, at: 0 });
  }, 200).unref();
}

if (isMainThread) probe();
