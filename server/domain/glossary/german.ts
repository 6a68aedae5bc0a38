// Finding glossary terms in a German source text, inflected forms and (for terms that allow it)
// compounds included.
//
// How a German word matches one word of a term (both sides NFC, "ß" read as "ss"; lower-cased unless the
// term is case-sensitive):
//   - exactly, or as the term word followed by an inflection ending: -e -n -s -r -m -en -er -es -em -ns
//     -ens -ern ("Grenzraum" → "Grenzraumes", "Grenzraume"; "Sächsische" → "Sächsischen");
//   - a plural with umlaut: the word equals the term word after folding ä/ö/ü to a/o/u, followed by
//     nothing, -e, -n, -en, -er or -ern ("Raum" → "Räume", "Vater" → "Väter"); only for term words of
//     four letters or more;
//   - term words shorter than three letters ("EU") match exactly only.
// A multi-word term matches consecutive words in order, separated only by spaces, hyphens, dashes,
// quotes or inline placeholders (see words.ts). Hyphenated compounds are separate words, so
// "EU-Grenzraum" contains "Grenzraum" for any term.
// A one-word term marked compound-friendly also matches a closed compound it starts ("Grenzraumstudie":
// at least three more letters) or ends, lower-cased as the compound writes it, with an inflection
// ending ("Förderstudien" for "Studie"). Without the flag a compound never matches.
// Terms are indexed by their first word (lower-cased, umlauts folded), and terms of several words by
// their first two; a text word looks up its own key less 0–3 letters (the inflection endings), with the
// next word's for a pair, so a segment costs a few lookups per word, whatever the size of the glossary.
// The pair keeps the candidates few where thousands of terms share a first word ("Landkreis Görlitz",
// "Landkreis Bautzen" …): each occurrence of that word was compared with all of them.
import type { GlossaryTermFields } from './types';
import { joined, wordsOf } from './words';
import { appendAll } from '../arrays';

export type SourceTerm = Pick<GlossaryTermFields, 'de' | 'caseSensitive' | 'compound'>;

export type SourceHitKind = 'exact' | 'inflected' | 'compound';

export interface SourceHit<T extends SourceTerm = SourceTerm> {
  term: T;
  /** Offsets into the source as given (placeholders included); `text` is source.slice(start, end). */
  start: number;
  end: number;
  text: string;
  kind: SourceHitKind;
}

const SUFFIXES = new Set(['', 'e', 'n', 's', 'r', 'm', 'en', 'er', 'es', 'em', 'ns', 'ens', 'ern']);
const UMLAUT_PLURAL_SUFFIXES = new Set(['', 'e', 'n', 'en', 'er', 'ern']);
const COMPOUND_MIN_REST = 3;
/** Inflection endings are at most this long: a text word's key less 0…3 letters is its term's key. */
const LONGEST_SUFFIX = Math.max(...[...SUFFIXES].map((suffix) => suffix.length));

const fold = (text: string, caseSensitive: boolean): string => {
  const nfc = text.normalize('NFC').replace(/ß/gu, 'ss').replace(/ẞ/gu, 'SS');
  return caseSensitive ? nfc : nfc.toLocaleLowerCase('de');
};
const foldUmlauts = (text: string): string =>
  text.replace(/[äöüÄÖÜ]/gu, (c) => ({ ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' })[c] ?? c);

/** A word in the shapes matching needs, computed once per word. */
interface Folded {
  /** NFC, ß as ss, case kept (for case-sensitive terms). */
  cased: string;
  /** The same lower-cased. */
  lower: string;
}

const foldWord = (text: string): Folded => {
  const cased = fold(text, true);
  return { cased, lower: cased.toLocaleLowerCase('de') };
};

function matchFolded(w: string, t: string): 'exact' | 'inflected' | null {
  if (w === t) return 'exact';
  if (t.length < 3) return null;
  if (w.startsWith(t) && SUFFIXES.has(w.slice(t.length))) return 'inflected';
  if (t.length >= 4) {
    const fw = foldUmlauts(w);
    const ft = foldUmlauts(t);
    if (fw !== w && fw.startsWith(ft) && UMLAUT_PLURAL_SUFFIXES.has(fw.slice(ft.length))) return 'inflected';
  }
  return null;
}

function compoundFolded(w: Folded, t: Folded, caseSensitive: boolean): boolean {
  const tw = caseSensitive ? t.cased : t.lower;
  const ww = caseSensitive ? w.cased : w.lower;
  if (tw.length < 3) return false;
  if (ww.startsWith(tw) && ww.length - tw.length >= COMPOUND_MIN_REST) return true;
  // As the head, the term is written in lower case inside the compound, followed by an inflection
  // ending at most LONGEST_SUFFIX long: only the last few starting places can hold it.
  const last = w.lower.length - t.lower.length;
  for (let cut = Math.max(COMPOUND_MIN_REST, last - LONGEST_SUFFIX); cut <= last; cut++) {
    if (w.lower.startsWith(t.lower, cut) && SUFFIXES.has(w.lower.slice(cut + t.lower.length))) return true;
  }
  return false;
}

/** How a text word matches a term word ('exact' or 'inflected'), or null. */
export function matchGermanWord(word: string, termWord: string, caseSensitive: boolean): 'exact' | 'inflected' | null {
  return matchFolded(fold(word, caseSensitive), fold(termWord, caseSensitive));
}

/** Whether `word` is a closed compound the one-word term starts or ends. */
export function isGermanCompound(word: string, term: string, caseSensitive: boolean): boolean {
  return compoundFolded(foldWord(word), foldWord(term), caseSensitive);
}

interface Compiled<T extends SourceTerm> {
  term: T;
  /** Position in the glossary, for a stable order. */
  order: number;
  words: Folded[];
}

interface SourceIndex<T extends SourceTerm> {
  /** One-word terms by the lookup key of their word. */
  byKey: Map<string, Compiled<T>[]>;
  /** Terms of several words by the lookup keys of their first two words (pairKey). */
  byPair: Map<string, Compiled<T>[]>;
  /** Compound-friendly one-word terms by the lookup key of their word. */
  compounds: Map<string, Compiled<T>[]>;
  /** The lengths of those keys: the only lengths of a word's pieces worth looking up. */
  compoundKeyLengths: number[];
}

/** The lookup key of a word: lower-cased, umlauts folded ("Räume" and "Raum" share "raum"). */
const keyOf = (folded: Folded): string => foldUmlauts(folded.lower);

/** The lookup key of two words (a key holds no NUL: words are letters, marks and digits, words.ts). */
const pairKey = (first: string, second: string): string => `${first}\u0000${second}`;

const indexes = new WeakMap<readonly SourceTerm[], SourceIndex<SourceTerm>>();

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Terms indexed per step of indexTermsInSteps: a few milliseconds of work. */
export const TERMS_PER_INDEX_STEP = 1000;

/**
 * Builds the index of a glossary array a step of `termsPerStep` terms at a time, yielding between steps
 * so that a caller can let other work run (a glossary of 100,000 terms takes hundreds of ms to index); the
 * index is kept for the array at the end, as findTermsInSource would keep it. Nothing to do for an array
 * already indexed.
 */
export function* indexTermsInSteps<T extends SourceTerm>(terms: readonly T[], termsPerStep = TERMS_PER_INDEX_STEP): Generator<void> {
  const index: SourceIndex<T> = { byKey: new Map(), byPair: new Map(), compounds: new Map(), compoundKeyLengths: [] };
  for (let from = 0; from < terms.length || from === 0; from += termsPerStep) {
    if (indexes.has(terms)) return; // indexed meanwhile by a search that could not wait
    if (from > 0) yield;
    for (let order = from; order < Math.min(from + termsPerStep, terms.length); order++) {
      const term = terms[order]!;
      const words = wordsOf(term.de).map((w) => foldWord(w.text));
      if (words.length === 0) continue;
      const compiled = { term, order, words };
      if (words.length === 1) push(index.byKey, keyOf(words[0]!), compiled);
      else push(index.byPair, pairKey(keyOf(words[0]!), keyOf(words[1]!)), compiled);
      if (term.compound && words.length === 1) push(index.compounds, keyOf(words[0]!), compiled);
    }
  }
  index.compoundKeyLengths = [...new Set([...index.compounds.keys()].map((key) => key.length))];
  indexes.set(terms, index as SourceIndex<SourceTerm>);
}

function indexOf<T extends SourceTerm>(terms: readonly T[]): SourceIndex<T> {
  if (!indexes.has(terms)) for (const _step of indexTermsInSteps(terms, Infinity));
  return indexes.get(terms) as SourceIndex<T>;
}

/** A word's key less 0 to LONGEST_SUFFIX letters (never all of them): the keys of term words it could match. */
function keyStems(key: string): string[] {
  const stems: string[] = [];
  for (let cut = 0; cut <= LONGEST_SUFFIX && cut < key.length; cut++) stems.push(key.slice(0, key.length - cut));
  return stems;
}

/**
 * Terms that could start at this word: one-word terms by its key, terms of several words by its key and
 * the next word's (`nextKey`, null at the end), each less up to LONGEST_SUFFIX letters.
 */
function candidates<T extends SourceTerm>(index: SourceIndex<T>, key: string, nextKey: string | null): Compiled<T>[] {
  const found: Compiled<T>[] = [];
  // A key may hold more terms than a call takes arguments (../arrays.ts).
  const add = (list: readonly Compiled<T>[] | undefined) => list && appendAll(found, list);
  const stems = keyStems(key);
  for (const stem of stems) add(index.byKey.get(stem));
  if (nextKey === null || index.byPair.size === 0) return found;
  const nextStems = keyStems(nextKey);
  for (const stem of stems) for (const next of nextStems) add(index.byPair.get(pairKey(stem, next)));
  return found;
}

/**
 * Compound-friendly terms this word could be a compound of: a start of three letters or more, or a
 * piece after the first three letters that ends 0…LONGEST_SUFFIX letters before the word's end. Only
 * pieces as long as some term's key are looked up, so a long word costs what a short one does.
 */
function compoundCandidates<T extends SourceTerm>(index: SourceIndex<T>, key: string): Compiled<T>[] {
  if (index.compounds.size === 0) return [];
  const found = new Set<Compiled<T>>();
  const lookUp = (piece: string) => {
    for (const c of index.compounds.get(piece) ?? []) found.add(c);
  };
  for (const length of index.compoundKeyLengths) {
    if (length >= 3 && length <= key.length) lookUp(key.slice(0, length));
    for (let cut = 0; cut <= LONGEST_SUFFIX; cut++) {
      const start = key.length - cut - length;
      if (start >= COMPOUND_MIN_REST && length >= 1) lookUp(key.slice(start, start + length));
    }
  }
  return [...found];
}

/**
 * Every occurrence of every term in `source`, ordered by start (longer hits first at the same start,
 * then in glossary order). A term found several times gives several hits; overlapping terms
 * ("Freistaat" and "Freistaat Sachsen") are all reported. The glossary is indexed once per array
 * (cached by identity): pass the same array for many segments, and a new one when the glossary changed.
 */
export function findTermsInSource<T extends SourceTerm>(source: string, terms: readonly T[]): SourceHit<T>[] {
  if (terms.length === 0) return []; // a project without a glossary: no word of any source needs folding
  const index = indexOf(terms);
  const words = wordsOf(source);
  const folded = words.map((w) => foldWord(w.text));
  const hits: (SourceHit<T> & { order: number })[] = [];
  const seen = new Set<string>();
  const add = (c: Compiled<T>, from: number, to: number, kind: SourceHitKind) => {
    const id = `${c.order}:${from}:${to}`;
    if (seen.has(id)) return;
    seen.add(id);
    const start = words[from]!.start;
    const end = words[to]!.end;
    hits.push({ term: c.term, start, end, text: source.slice(start, end), kind, order: c.order });
  };

  const keys = folded.map(keyOf);
  for (let i = 0; i < words.length; i++) {
    const key = keys[i]!;
    for (const c of candidates(index, key, i + 1 < keys.length ? keys[i + 1]! : null)) {
      const n = c.words.length;
      if (i + n > words.length) continue;
      const cs = c.term.caseSensitive;
      let inflected = false;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        if (k > 0 && !joined(source, words[i + k - 1]!, words[i + k]!)) ok = false;
        else {
          const how = matchFolded(cs ? folded[i + k]!.cased : folded[i + k]!.lower, cs ? c.words[k]!.cased : c.words[k]!.lower);
          if (how === null) ok = false;
          else if (how === 'inflected') inflected = true;
        }
      }
      if (ok) add(c, i, i + n - 1, inflected ? 'inflected' : 'exact');
    }
    for (const c of compoundCandidates(index, key)) {
      if (seen.has(`${c.order}:${i}:${i}`)) continue;
      if (compoundFolded(folded[i]!, c.words[0]!, c.term.caseSensitive)) add(c, i, i, 'compound');
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  return hits.map(({ order: _order, ...hit }) => hit);
}
