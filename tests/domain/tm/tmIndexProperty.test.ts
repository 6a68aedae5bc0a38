// Randomized specification: for every query, the index finds exactly what an exhaustive scan finds.
import { fuzzyScore, TmIndex, type TmMatch } from '../../../server/domain/tm';
import { Corpus, rng as benchRng } from '../../../scripts/bench/tmCorpus';

/** mulberry32, so every run sees the same sentences. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = rng(20240131);
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
/** Skewed to the front: a few words are frequent, most are rare. */
const pick = <T>(list: readonly T[], skew = 2): T => list[Math.floor(list.length * Math.pow(random(), skew))];

const STEMS = ['antrag', 'stadt', 'gemeinde', 'straße', 'brücke', 'schule', 'rat', 'amt', 'plan', 'bau', 'wald', 'förder', 'grenz', 'łąka', 'most'];
const ENDS = ['', 'en', 'es', 'ung', 'mittel', 'sanierung', 'ausschuss', 'verfahren', 'ów', 'ami'];
const WORDS = ['der', 'die', 'das', 'und', 'in', 'am', 'für', 'wurde', 'ist', 'von', ...STEMS.flatMap((s) => ENDS.map((e) => s + e))];
const PUNCT = ['.', ',', ':', '!', '?', '(', ')', '–'];
const NUMBERS = ['1', '2', '12', '2019', '31.01.2019', '30.01.2019', '10:30', '1.000,50', '7'];

function token(): string {
  const roll = random();
  if (roll < 0.08) return pick(PUNCT, 1);
  if (roll < 0.16) return pick(NUMBERS, 1);
  if (roll < 0.19) return `{${int(1, 3)}/}`;
  const word = pick(WORDS);
  return roll < 0.3 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

const sentence = (): string[] => Array.from({ length: int(1, 16) }, token);

/** One to three edits: a word replaced, dropped or inserted, a case or punctuation or number change, a swap. */
function edit(tokens: string[]): string[] {
  const out = [...tokens];
  for (let n = int(1, 3); n > 0; n--) {
    const at = int(0, Math.max(0, out.length - 1));
    const kind = int(0, 6);
    if (kind === 0 || out.length === 0) out.splice(at, 0, token());
    else if (kind === 1) out.splice(at, 1);
    else if (kind === 2) out[at] = token();
    else if (kind === 3) out[at] = out[at] === out[at].toLowerCase() ? out[at].toUpperCase() : out[at].toLowerCase();
    else if (kind === 4) out[at] = pick(PUNCT, 1);
    else if (kind === 5) out[at] = pick(NUMBERS, 1);
    else if (out.length > 1) [out[at], out[(at + 1) % out.length]] = [out[(at + 1) % out.length], out[at]];
  }
  return out;
}

const text = (tokens: string[]): string => tokens.join(random() < 0.2 ? '  ' : ' ');

const sources: string[] = [];
for (let i = 0; i < 3000; i++) {
  const roll = random();
  sources.push(roll < 0.05 && i > 0 ? sources[int(0, i - 1)] : roll < 0.35 && i > 0 ? text(edit(sources[int(0, i - 1)].split(/ +/))) : text(sentence()));
}
/** Forms no unit holds: the index knows neither them nor (for the words) their keys. */
const UNSEEN = ['«', '»', '¿', 'Xyzzy', 'plugh', '4711', '{9}'];
const queries: string[] = [];
for (let i = 0; i < 400; i++) {
  const roll = random();
  const tokens = roll < 0.05 ? sources[int(0, 2999)].split(/ +/) : roll < 0.9 ? edit(sources[int(0, 2999)].split(/ +/)) : sentence();
  if (random() < 0.15) tokens.splice(int(0, tokens.length), 0, pick(UNSEEN, 1));
  queries.push(text(tokens));
}

const index = new TmIndex();
sources.forEach((source, i) => index.add({ id: `u${i}`, source, target: `t${i}` }));
/** Queries whose best match scores at least 75 (fixed by the seed). */
const EXPECTED_WITH_MATCH = 245;
const brief = (m: TmMatch | null | undefined): [string, number] | null => (m ? [m.unitId, m.score] : null);

describe('TmIndex against an exhaustive scan (3000 generated units, 400 edited queries)', () => {
  it('finds the same best match ≥ 75 as scanBest for every query', () => {
    const best = queries.map((q) => brief(index.scanBest(q, 75)));
    const mismatches = queries.filter((q, i) => JSON.stringify(brief(index.lookup(q)[0])) !== JSON.stringify(best[i]));
    expect(mismatches).toEqual([]);
    // The queries do exercise matches: most have one.
    expect(best.filter((b) => b !== null).length).toBe(EXPECTED_WITH_MATCH);
  });

  it.each([50, 60, 90, 99])('finds the same best match as scanBest at minScore %i', (minScore) => {
    const mismatches = queries
      .slice(0, 100)
      .filter((q) => JSON.stringify(brief(index.lookup(q, { minScore, limit: 1 })[0])) !== JSON.stringify(brief(index.scanBest(q, minScore))));
    expect(mismatches).toEqual([]);
  });

  it('returns the same five best as scoring every source text with fuzzyScore', () => {
    for (const query of queries.slice(0, 40)) {
      const expected = sources
        .map((source, i) => ({ id: `u${i}`, score: fuzzyScore(query, source), i }))
        .filter((m) => m.score >= 70)
        .sort((a, b) => b.score - a.score || b.i - a.i)
        .slice(0, 5)
        .map((m) => [m.id, m.score]);
      expect([query, index.lookup(query, { minScore: 70 }).map(brief)]).toEqual([query, expected]);
    }
  });

  it('still agrees after a third of the units are updated or removed', () => {
    const changed = new TmIndex();
    sources.forEach((source, i) => changed.add({ id: `u${i}`, source, target: `t${i}` }));
    for (let i = 0; i < 3000; i += 3) {
      if (i % 2 === 0) changed.remove(`u${i}`);
      else changed.update({ id: `u${i}`, source: text(edit(sources[i].split(/ +/))), target: 'updated' });
    }
    expect(changed.size).toBe(2500);
    const mismatches = queries.filter((q) => JSON.stringify(brief(changed.lookup(q)[0])) !== JSON.stringify(brief(changed.scanBest(q, 75))));
    expect(mismatches).toEqual([]);
  });
});

describe('TmIndex against an exhaustive scan on the benchmark grammar (4000 units, many near-duplicates)', () => {
  const corpus = new Corpus(benchRng(7));
  const grammar = new TmIndex();
  const units = Array.from({ length: 4000 }, (_, i) => ({ id: `g${i}`, ...corpus.sentence() }));
  units.forEach((unit) => grammar.add(unit));
  const edited = Array.from({ length: 300 }, (_, i) => corpus.edit(units[(i * 7919) % units.length].source));

  it.each([
    ['limit 5', { limit: 5 }],
    ['limit 1', { limit: 1 }],
    ['minScore 85', { minScore: 85 }],
  ])('finds the same best match as scanBest for every query (%s)', (_, options) => {
    const minScore = (options as { minScore?: number }).minScore ?? 75;
    const best = edited.map((q) => brief(grammar.scanBest(q, minScore)));
    const mismatches = edited.filter((q, i) => JSON.stringify(brief(grammar.lookup(q, options)[0])) !== JSON.stringify(best[i]));
    expect(mismatches).toEqual([]);
    expect(best.filter((b) => b !== null).length).toBeGreaterThan(200);
  });

  it('returns the same five best, ties to the more recent, as scoring every source text with fuzzyScore', () => {
    for (const query of edited.slice(0, 25)) {
      const expected = units
        .map((unit, i) => ({ id: unit.id, score: fuzzyScore(query, unit.source), i }))
        .filter((m) => m.score >= 75)
        .sort((a, b) => b.score - a.score || b.i - a.i)
        .slice(0, 5)
        .map((m) => [m.id, m.score]);
      expect([query, grammar.lookup(query).map(brief)]).toEqual([query, expected]);
    }
  });
});
