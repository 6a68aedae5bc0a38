// The saves benchmark's reading of V8's --trace-gc-nvp lines (scripts/bench/gcTrace.ts): the main
// thread is the isolate that allocated the most, young and full collections are told apart, and the
// other lines of the server's output are ignored.
import { summarizeGcTrace } from '../../scripts/bench/gcTrace';

const line = (isolate: string, ms: number, fields: string) => `[28327:${isolate}]  ${ms} ms: ${fields}`;
const MAIN = '0x37897b50';
const QA_THREAD = '0x7f70f0001000';

const output = [
  'Nysa listening on http://127.0.0.1:41234 — store: sqlite',
  line(MAIN, 5975, 'pause=4.1 mutator=2074.5 gc=s reduce_memory=0 scavenge=3.84 allocated=14230168 promoted=2351184 new_space_survived=276136 promotion_ratio=13.9%'),
  line(MAIN, 6066, 'pause=1.6 mutator=90.0 gc=s reduce_memory=0 scavenge=1.45 allocated=18019176 promoted=273416 new_space_survived=704560'),
  line(QA_THREAD, 4193, 'pause=1.1 mutator=2242.6 gc=s allocated=6730440 promoted=300840 new_space_survived=151656'),
  line(MAIN, 6120, 'pause=2.0 mutator=50.0 gc=s allocated=12000000 promoted=100000 new_space_survived=400000'),
  line(MAIN, 7001, 'pause=6.2 mutator=881.0 gc=mc reduce_memory=0 allocated=1000000 promoted=0'),
  'GET /health 200 0.4ms [abc]',
].join('\n');

test("sums up the main thread's collections: pauses by kind, what was allocated, the median kept", () => {
  expect(summarizeGcTrace(output)).toEqual({
    isolate: MAIN,
    young: { count: 3, p50Ms: 2.0, p99Ms: 4.1, maxMs: 4.1, totalMs: 1.6 + 2.0 + 4.1 },
    full: { count: 1, p50Ms: 6.2, p99Ms: 6.2, maxMs: 6.2, totalMs: 6.2 },
    allocatedBytes: 14230168 + 18019176 + 12000000 + 1000000,
    // Kept by each young collection: 2,627,320, 977,976 and 500,000 bytes.
    survivingBytesMedian: 273416 + 704560,
  });
});

test('says nothing when the output has no trace', () => {
  expect(summarizeGcTrace('Nysa listening on http://127.0.0.1:41234\n')).toBeNull();
});

test('reads a count V8 printed below zero (an unsigned wrap, some 2^64) as nothing, not as the isolate that allocated most', () => {
  const wrapped = [output, line(QA_THREAD, 4300, 'pause=0.8 mutator=100.0 gc=ms allocated=18446744073709549568 promoted=0 new_space_survived=18446744073709551000')].join('\n');

  expect(summarizeGcTrace(wrapped)).toMatchObject({ isolate: MAIN, allocatedBytes: 14230168 + 18019176 + 12000000 + 1000000 });
});
