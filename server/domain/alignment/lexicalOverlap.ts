// Lexical evidence without a dictionary: German and Polish share international words, names, numbers
// and codes ("Projekt"/"projekt", "Festival"/"festiwal", "Interreg", "B178"). Both sides are reduced
// to letter trigrams of a common spelling; a bead's evidence is the cosine of its two trigram sets
// (shared / √(|German| · |Polish|), so long sentences do not share more by chance), and its cost is
// what that says about "translation" against "two unrelated sentences". Without this term two orphans
// of similar length look like a pair, and a German sentence whose translation was dropped slides into
// the next bead.

/** Lower edges of the cosine buckets; below the first is bucket 0. */
export const TRIGRAM_COSINE_EDGES = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4] as const;
/**
 * Cost (nats) by cosine bucket: twice the log-ratio of the bucket's frequency in true 1-1 pairs and in
 * pairs of unrelated sentences of the same document, measured on the 184 1-1 beads of documents 01–04
 * of tests/fixtures/alignment (true: 0.22 0.03 0.06 0.03 0.04 0.05 0.10 0.46; unrelated: 0.59 0.17
 * 0.11 0.05 0.03 0.01 0.03 0.01), made monotone. The factor 2 was chosen on the same documents; the
 * others are the held-out check (docs/benchmarks.md).
 */
export const TRIGRAM_COSINE_COST = [2.0, 2.0, 1.2, 1.2, -0.8, -2.5, -2.7, -6.7] as const;

/** The cost of `shared` trigrams between sides of `germanSize` and `polishSize` trigrams. */
export function trigramCost(shared: number, germanSize: number, polishSize: number): number {
  const cosine = shared / Math.sqrt(Math.max(1, germanSize * polishSize));
  let bucket = 0;
  while (bucket < TRIGRAM_COSINE_EDGES.length && cosine >= (TRIGRAM_COSINE_EDGES[bucket] as number)) bucket++;
  return TRIGRAM_COSINE_COST[bucket] as number;
}

/** A sentence of a 2-1 or 1-2 bead that shares no trigram with the other side: likely an orphan glued on. */
export const MERGED_WITHOUT_EVIDENCE_COST = 2;

/**
 * Cost by the difference in commas, semicolons, brackets, dashes and colons between the two sides
 * (0, 1, 2+): the log-ratio of its frequency in true 1-1 pairs (0.96, 0.03, 0.005) and in unrelated
 * pairs (0.48, 0.30, 0.23) of documents 01–04. German and Polish both set commas around every
 * subordinate clause, so the count survives translation.
 */
export const PUNCTUATION_DIFFERENCE_COST = [-0.7, 2.2, 3.8] as const;

const PUNCTUATION_MARKS = /[,;()–\-:]/g;

/** How many commas, semicolons, brackets, dashes and colons a sentence has. */
export function punctuationMarks(sentence: string): number {
  return sentence.match(PUNCTUATION_MARKS)?.length ?? 0;
}

/**
 * A word's spelling reduced so that German and Polish forms of an international word meet: no case,
 * no diacritics, w→v, y→i, z→c, ph→f, th→t, doubled letters single ("Programm"/"program",
 * "Konzert"/"koncert", "Kriterien"/"kryteriów", "Million"/"milion").
 */
export function commonSpelling(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/z/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/(.)\1+/g, '$1');
}

/** The distinct letter/digit trigrams of a sentence's words in common spelling. */
export function trigramsOf(sentence: string): Set<string> {
  const grams = new Set<string>();
  for (const match of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = commonSpelling(match[0]);
    for (let k = 0; k + 3 <= word.length; k++) grams.add(word.slice(k, k + 3));
  }
  return grams;
}

/**
 * Each sentence's trigrams as sorted integer ids, keeping only trigrams that occur on both sides of
 * the document (the others can never be shared, and dropping them keeps the merges short).
 */
export function sharedTrigramIds(de: readonly string[], pl: readonly string[]): { german: Int32Array[]; polish: Int32Array[]; ids: number } {
  const german = de.map(trigramsOf);
  const polish = pl.map(trigramsOf);
  const onBothSides = new Set<string>();
  const inGerman = new Set<string>();
  for (const grams of german) for (const gram of grams) inGerman.add(gram);
  for (const grams of polish) for (const gram of grams) if (inGerman.has(gram)) onBothSides.add(gram);
  const ids = new Map<string, number>();
  const toIds = (grams: Set<string>) => {
    const list: number[] = [];
    for (const gram of grams) {
      if (!onBothSides.has(gram)) continue;
      let id = ids.get(gram);
      if (id === undefined) ids.set(gram, (id = ids.size));
      list.push(id);
    }
    return Int32Array.from(list).sort();
  };
  return { german: german.map(toIds), polish: polish.map(toIds), ids: ids.size };
}

/** A German sentence's trigrams marked in a table of all ids, and the counts found with it so far. */
interface MarkedRow {
  sentence: number;
  marks: Uint8Array;
  counts: Int32Array;
  /** The generation each count was made in; an older one is stale. */
  countedFor: Int32Array;
  generation: number;
}

/**
 * Shared trigram counts of German sentence i and Polish sentence j. The search and the posterior passes
 * go row by row and ask only about German sentences i−2 … i, so the last few German sentences are kept
 * marked in a table of all trigram ids, with their counts per Polish sentence: a count costs one pass
 * over the Polish sentence's trigrams, once.
 */
export class SharedTrigramCounter {
  private readonly rows: MarkedRow[] = [];
  private next = 0;
  /** Bumped whenever a row takes another German sentence, so its old counts need no clearing. */
  private generation = 0;

  constructor(
    private readonly german: readonly Int32Array[],
    private readonly polish: readonly Int32Array[],
    private readonly ids: number,
    rowsKept = 4,
  ) {
    for (let k = 0; k < rowsKept; k++) {
      this.rows.push({ sentence: -1, marks: new Uint8Array(ids), counts: new Int32Array(polish.length), countedFor: new Int32Array(polish.length).fill(-1), generation: -1 });
    }
  }

  count(i: number, j: number): number {
    const row = this.row(i);
    if (row.countedFor[j] === row.generation) return row.counts[j] as number;
    let count = 0;
    const marks = row.marks;
    const trigrams = this.polish[j] as Int32Array;
    for (let k = 0; k < trigrams.length; k++) count += marks[trigrams[k] as number] as number;
    row.counts[j] = count;
    row.countedFor[j] = row.generation;
    return count;
  }

  private row(i: number): MarkedRow {
    for (const row of this.rows) if (row.sentence === i) return row;
    const row = this.rows[this.next] as MarkedRow;
    this.next = (this.next + 1) % this.rows.length;
    if (row.sentence >= 0) for (const id of this.german[row.sentence] as Int32Array) row.marks[id] = 0;
    for (const id of this.german[i] as Int32Array) row.marks[id] = 1;
    row.sentence = i;
    row.generation = ++this.generation;
    return row;
  }
}
