// What V8's `--trace-gc-nvp` lines say about a server's garbage collection: how often each kind ran,
// how long it held the thread, and how much was allocated and survived. The saves benchmark starts Nysa
// with the flag when asked (`saves.js --gc`): a save's tail latency is partly the pauses of its thread.
//
// One line per collection, per isolate (the main thread and each worker thread have their own), e.g.
//   [28327:0x37897b50]     5975 ms: pause=4.1 mutator=2074.5 gc=s … allocated=14230168 promoted=2351184 new_space_survived=276136 …
// `gc=s` is a young-generation collection (a scavenge); `mc`, `ms` and the like are full ones.
import { quantile } from './loopLoad';

export interface GcPauses {
  count: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  totalMs: number;
}

export interface GcSummary {
  /** The isolate that allocated the most: the server's main thread. */
  isolate: string;
  young: GcPauses;
  full: GcPauses;
  /** Bytes allocated, summed over the isolate's collections (each says what was allocated since the last). */
  allocatedBytes: number;
  /** The median bytes a young collection kept (copied within the young generation, or promoted). */
  survivingBytesMedian: number;
}

interface Collection {
  young: boolean;
  pauseMs: number;
  allocated: number;
  surviving: number;
}

const LINE = /^\[\d+:(0x[0-9a-f]+)\]\s+[\d.]+ ms: (pause=.*)$/;

function pausesOf(collections: readonly Collection[]): GcPauses {
  const sorted = collections.map((collection) => collection.pauseMs).sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0, p50Ms: 0, p99Ms: 0, maxMs: 0, totalMs: 0 };
  return {
    count: sorted.length,
    p50Ms: quantile(sorted, 0.5),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1]!,
    totalMs: sorted.reduce((sum, ms) => sum + ms, 0),
  };
}

/** The main thread's collections in `output` (a process's stdout with --trace-gc-nvp), or null if there are none. */
export function summarizeGcTrace(output: string): GcSummary | null {
  const byIsolate = new Map<string, Collection[]>();
  for (const line of output.split('\n')) {
    const match = LINE.exec(line.trim());
    if (!match) continue;
    const fields = new Map(match[2]!.split(/\s+/).map((pair) => pair.split('=', 2) as [string, string]));
    const number = (name: string) => Number(fields.get(name) ?? 0);
    // V8 prints these counts unsigned: a count that went below zero shows as some 2^64, and means nothing.
    const count = (name: string) => (number(name) < 2 ** 53 ? number(name) : 0);
    const collections = byIsolate.get(match[1]!) ?? [];
    collections.push({
      young: fields.get('gc') === 's',
      pauseMs: number('pause'),
      allocated: count('allocated'),
      surviving: count('new_space_survived') + count('promoted'),
    });
    byIsolate.set(match[1]!, collections);
  }
  let main: [string, Collection[]] | null = null;
  let mostAllocated = -1;
  for (const [isolate, collections] of byIsolate) {
    const allocated = collections.reduce((sum, collection) => sum + collection.allocated, 0);
    if (allocated > mostAllocated) [main, mostAllocated] = [[isolate, collections], allocated];
  }
  if (!main) return null;
  const [isolate, collections] = main;
  const young = collections.filter((collection) => collection.young);
  const surviving = young.map((collection) => collection.surviving).sort((a, b) => a - b);
  return {
    isolate,
    young: pausesOf(young),
    full: pausesOf(collections.filter((collection) => !collection.young)),
    allocatedBytes: mostAllocated,
    survivingBytesMedian: surviving.length === 0 ? 0 : quantile(surviving, 0.5),
  };
}
