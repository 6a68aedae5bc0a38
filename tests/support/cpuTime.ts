// The CPU time a piece of work takes, the best of a few runs: a busy machine (CI, parallel jest workers)
// delays a run in wall time but does not add to the CPU it uses, while a quadratic step costs seconds of
// CPU on every run. For the hostile-input guards, which must tell linear from quadratic work.

/** Milliseconds of CPU (user + system) of the fastest of `runs` calls of `work`. */
export function bestCpuMs(work: () => void, runs = 3): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Milliseconds of CPU (user + system) of one call of `work`. */
export const cpuMs = (work: () => void): number => bestCpuMs(work, 1);
