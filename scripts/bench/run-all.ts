// Runs every benchmark against the built server and prints a summary.
//
//   npm run bench        (= npm run build && node dist/scripts/bench/run-all.js)
//   npx tsx scripts/bench/run-all.ts
import { benchmarkSaves, savesOptions } from './saves';
import { benchmarkSubmit, submitOptions } from './submit';
import { machine, table } from './support';

async function main(): Promise<void> {
  const started = new Date();
  const submit = await benchmarkSubmit(submitOptions([]));
  console.log('');
  const saves = await benchmarkSaves(savesOptions([]));

  const m = submit.median;
  console.log(`\nSummary (${started.toISOString()}; ${machine()})`);
  console.log(
    table([
      ['benchmark', 'figure'],
      [`submit ${m.segments} segments (${m.bytes} bytes), median of ${submit.runs.length}`, `${m.requestMs.toFixed(0)} ms (server CPU ${m.serverCpuMs.toFixed(0)} ms), ${m.segmentsPerSecond.toFixed(0)} segments/s`],
      ['submit: server RSS before → peak', `${m.rssBeforeMiB.toFixed(1)} → ${m.peakRssMiB.toFixed(1)} MiB`],
      [`saves, ${saves.connections} connections: Nysa`, `${saves.nysa.requestsPerSecond.toFixed(0)} req/s, p50 ${saves.nysa.p50} ms, p97.5 ${saves.nysa.p97_5} ms, p99 ${saves.nysa.p99} ms, non-2xx ${saves.nysa.non2xx}, server CPU ${saves.nysa.serverCpuMsPerRequest.toFixed(2)} ms/request`],
      [`saves, ${saves.connections} connections: bare express`, `${saves.bare.requestsPerSecond.toFixed(0)} req/s, p50 ${saves.bare.p50} ms, p97.5 ${saves.bare.p97_5} ms, p99 ${saves.bare.p99} ms, non-2xx ${saves.bare.non2xx}, server CPU ${saves.bare.serverCpuMsPerRequest.toFixed(2)} ms/request`],
      [`saves: Nysa / bare express throughput (median of ${saves.rounds.length} rounds)`, `${saves.ratio.toFixed(2)}×`],
    ]),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
