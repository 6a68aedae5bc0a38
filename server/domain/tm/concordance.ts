// Concordance search: where in the translation memory does a German or Polish word or phrase occur?
//
// Text is compared word by word after folding: lower case, diacritics removed (ä→a, ó→o, ł→l,
// ß→ss), so "lodz" finds "Łódź" and "strasse" finds "Straße". A word is a run of letters, marks and
// digits; hyphens and apostrophes separate words (so "Görlitz" is found in "Görlitz-Zgorzelec"),
// inline placeholders ({1}, {/1}, {2/}) are not words. Highlights are offsets in the original text.
//
// Query syntax: words are all required, in any order ("Förderung Verein"); a query in double quotes
// is a phrase, its words consecutive ("\"kleine Projekte\""); a word ending in * matches every word
// starting with it ("Förder*"), in both forms.

export interface ConcordanceToken {
  /** The folded word. */
  norm: string;
  /** Offsets in the original text: text.slice(start, end) is the word as written. */
  start: number;
  end: number;
}

export interface ConcordanceTerm {
  /** The folded word, without a trailing `*`. */
  norm: string;
  prefix: boolean;
}

export interface ConcordanceQuery {
  terms: ConcordanceTerm[];
  phrase: boolean;
}

export interface Highlight {
  start: number;
  end: number;
}

const WORD = /\{\/?\d+\/?\}|([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)/gu;
const MARKS = /\p{M}+/gu;
/** Letters NFD does not decompose, and ligatures, folded by hand. */
const SPECIAL: Record<string, string> = { ł: 'l', ß: 'ss', ẞ: 'ss', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe', ı: 'i' };
const SPECIAL_RE = /[łßẞđøæœı]/gu;

/** Lower case without diacritics: the form words are compared in. */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(MARKS, '').replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** The words of a text, folded, with their offsets. */
export function concordanceTokens(text: string): ConcordanceToken[] {
  const tokens: ConcordanceToken[] = [];
  const re = new RegExp(WORD);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1] === undefined) continue;
    const norm = foldWord(m[1]);
    if (norm !== '') tokens.push({ norm, start: m.index, end: m.index + m[1].length });
  }
  return tokens;
}

/** The distinct folded words of a text (what an inverted index stores). */
export function concordanceWords(text: string): string[] {
  return [...new Set(concordanceTokens(text).map((t) => t.norm))];
}

/** Parses a query; null when it holds no word to look for. */
export function parseConcordanceQuery(input: string): ConcordanceQuery | null {
  const trimmed = input.trim();
  const phrase = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"');
  const body = phrase ? trimmed.slice(1, -1) : trimmed;
  const terms: ConcordanceTerm[] = [];
  const re = new RegExp(WORD);
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (m[1] === undefined) continue;
    const norm = foldWord(m[1]);
    if (norm === '') continue;
    terms.push({ norm, prefix: body[m.index + m[1].length] === '*' });
  }
  if (terms.length === 0) return null;
  // Words in any order: a repeated word adds nothing.
  const unique = phrase ? terms : terms.filter((t, i) => terms.findIndex((u) => u.norm === t.norm && u.prefix === t.prefix) === i);
  return { terms: unique, phrase };
}

export const termMatches = (term: ConcordanceTerm, word: string): boolean =>
  term.prefix ? word.startsWith(term.norm) : word === term.norm;

/**
 * Where the query occurs in `text`: the highlights (sorted, not overlapping), or null when it does
 * not occur. Words: every term must match some word, each matching word is highlighted. Phrase: each
 * run of consecutive words matching the terms in order is highlighted as one span.
 */
export function matchConcordance(text: string, query: ConcordanceQuery): Highlight[] | null {
  const tokens = concordanceTokens(text);
  const spans: Highlight[] = [];
  if (query.phrase) {
    const n = query.terms.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let all = true;
      for (let j = 0; j < n && all; j++) all = termMatches(query.terms[j], tokens[i + j].norm);
      if (!all) continue;
      spans.push({ start: tokens[i].start, end: tokens[i + n - 1].end });
      i += n - 1;
    }
    return spans.length > 0 ? spans : null;
  }
  const found = new Array<boolean>(query.terms.length).fill(false);
  for (const token of tokens) {
    let hit = false;
    query.terms.forEach((term, k) => {
      if (termMatches(term, token.norm)) {
        found[k] = true;
        hit = true;
      }
    });
    if (hit) spans.push({ start: token.start, end: token.end });
  }
  return found.every(Boolean) ? spans : null;
}
