// Where a CPU profile's time went: the self time of its samples summed by where the code lives (a folder
// of Nysa, a package, node's internals, garbage collection), over the whole profile or a window of it.
// Native work is counted where it was called from: SQLite's time is that of the store's function that
// ran the statement (server/storage/sqlite). Made for the profiles of `bench:saves --cpu-prof DIR`.
//
//   npx tsx scripts/bench/profileSummary.ts --file FILE.cpuprofile [--from SECONDS] [--to SECONDS] [--functions 15]
//
// --from/--to: seconds since the profile started (the saves benchmark's measured run starts after the
// server started, the document was submitted and the warm-up ran: see the busy seconds printed first).
import fs from 'node:fs';
import { CliUsageError, flagsOrExit, integerFlag, parseFlags } from '../cli';
import { table } from './support';

/** The parts of a .cpuprofile (Chrome DevTools' format, written by node --cpu-prof) that are read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Milliseconds of samples that were not idle, in the window. */
  busyMs: number;
  /** Busy milliseconds in each whole second of the profile (the first is second 0), window or not. */
  busyPerSecond: number[];
  /** Self time by where the code lives, largest first. */
  byPlace: { place: string; ms: number }[];
  /** Self time by function (name, file and line), largest first. */
  byFunction: { name: string; ms: number }[];
}

const IDLE = '(idle)';

/** Where a frame's code lives: a folder of Nysa (two levels), a package, node, or what V8 names itself. */
export function placeOf(url: string, functionName: string): string {
  if (url === '') return functionName === '(garbage collector)' ? 'garbage collection' : functionName.startsWith('(') ? `V8 ${functionName}` : 'node internals';
  if (url.startsWith('node:')) return 'node internals';
  const inPackage = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url); // the innermost package: its code runs
  if (inPackage) return `package ${inPackage[1]}`;
  const inNysa = /\/((?:server|scripts)\/.*)$/.exec(url);
  if (inNysa) {
    const parts = inNysa[1]!.split('/');
    return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, -1).join('/');
  }
  return 'other';
}

/** Sums a profile's self times; `fromS`/`toS` bound the window in seconds since its start. */
export function summarizeProfile(profile: CpuProfile, fromS = 0, toS = Number.POSITIVE_INFINITY): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byPlace = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const busyPerSecond: number[] = [];
  let busyMicros = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    at += micros;
    const frame = frames.get(id);
    if (!frame || frame.functionName === IDLE) return;
    const second = Math.floor(at / 1e6);
    while (busyPerSecond.length <= second) busyPerSecond.push(0);
    busyPerSecond[second]! += micros / 1000;
    if (at < fromS * 1e6 || at >= toS * 1e6) return;
    busyMicros += micros;
    const place = placeOf(frame.url, frame.functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
  });
  const largestFirst = <K extends string>(sums: Map<string, number>, key: K) =>
    [...sums].sort((a, b) => b[1] - a[1]).map(([label, micros]) => ({ [key]: label, ms: micros / 1000 }) as { ms: number } & Record<K, string>);
  return {
    busyMs: busyMicros / 1000,
    busyPerSecond: busyPerSecond.map((ms) => Math.round(ms)),
    byPlace: largestFirst(byPlace, 'place'),
    byFunction: largestFirst(byFunction, 'name'),
  };
}

interface SummaryOptions {
  file: string;
  from: number;
  to: number;
  functions: number;
}

function summaryOptions(args: readonly string[]): SummaryOptions {
  const flags = parseFlags(args, { file: {}, from: {}, to: {}, functions: {} });
  if (!flags.file) throw new CliUsageError('--file names the .cpuprofile to read');
  return {
    file: flags.file,
    from: integerFlag(flags.from, 'from', 0, 0),
    to: flags.to === undefined ? Number.POSITIVE_INFINITY : integerFlag(flags.to, 'to', 0, 1),
    functions: integerFlag(flags.functions, 'functions', 15, 0),
  };
}

const USAGE = 'Usage: npx tsx scripts/bench/profileSummary.ts --file FILE.cpuprofile [--from SECONDS] [--to SECONDS] [--functions 15]\n';

if (require.main === module) {
  const options = flagsOrExit('profileSummary', USAGE, summaryOptions);
  const summary = summarizeProfile(JSON.parse(fs.readFileSync(options.file, 'utf8')) as CpuProfile, options.from, options.to);
  const share = (ms: number) => `${((100 * ms) / summary.busyMs).toFixed(1)} %`;
  console.log(`busy ms per second of the profile: ${summary.busyPerSecond.join(' ')}`);
  console.log(`window ${options.from}–${options.to === Number.POSITIVE_INFINITY ? 'end' : options.to} s: ${summary.busyMs.toFixed(0)} ms busy`);
  console.log(table([['where', 'self ms', 'share'], ...summary.byPlace.map((row) => [row.place, row.ms.toFixed(0), share(row.ms)])]));
  if (options.functions > 0) {
    console.log(table([['function', 'self ms', 'share'], ...summary.byFunction.slice(0, options.functions).map((row) => [row.name, row.ms.toFixed(0), share(row.ms)])]));
  }
}
