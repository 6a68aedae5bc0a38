// Does a period end a sentence? The questions the segmenter (./sentences.ts) asks at each period
// followed by whitespace, answered from the compiled language rules (./compiled.ts). Kept in one
// module because it runs for every period of every text.
import type { CompiledRules } from './compiled';
import type { AbbreviationKind } from './rules';

const SPACE = /\s/;
/** Characters that glue an abbreviation to what precedes it ("x.usw." or "info@usw." is no abbreviation). */
const GLUE = /[\p{L}\p{N}.@/_]/u;
/** Openers stripped from the word before a period ("(vgl.", "„2."). */
const WORD_OPENERS = new Set('„"\'(«»‚[');
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGITS = /^\p{Nd}+$/u;
const NAME = /^\p{Lu}\p{Ll}+$/u;
/** A letter, or letters joined by periods ("J.K", "U.S.A"): initials, before the final period. */
const INITIALS = /^(?:\p{L}\.){0,4}\p{L}$/u;
/** An amount: "800", "1,5", "12.000". */
const NUMBER = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u;
/** A number that may count sentences or sections: "3", "12", "2.1". */
const LIST_NUMBER = /^\p{Nd}{1,3}(?:\.\p{Nd}{1,3}){0,3}$/u;
const ROMAN = /^(?=[IVXLCDM]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/**
 * How far back a token is read: longer "words" are no abbreviation, number or initial anyway, and a
 * bound keeps a 100,000-character token of "A.A.A…" linear.
 */
const MAX_TOKEN = 64;

/** `\s` for one UTF-16 code unit, without a regex for the common cases. */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && SPACE.test(String.fromCharCode(code));
}

function isGlue(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 46 && code <= 57) || code === 64 || code === 95;
  }
  return GLUE.test(String.fromCharCode(code));
}

/**
 * What the period at `dot` (the index of its final period) in `text` closes: the kind of the longest
 * abbreviation that ends there and starts after whitespace or a character that does not glue ("(vgl.",
 * "Dipl.-Ing."; spaced forms are joined: "z. B." is looked up as "z.B."), or 'continues' when it is the
 * leading part of an abbreviation that the text from `next` completes ("Dz.| U.").
 */
function abbreviationAt(
  text: string,
  dot: number,
  next: number,
  rules: CompiledRules,
): AbbreviationKind | 'continues' | undefined {
  let compact = '';
  let end = dot + 1;
  let found: AbbreviationKind | undefined;
  for (let part = 0; part < rules.maxParts; part++) {
    let start = end;
    const limit = Math.max(0, end - MAX_TOKEN);
    while (start > limit && !isSpace(text.charCodeAt(start - 1))) start--;
    const token = text.slice(start, end);
    compact = token + compact;
    // Try the starts inside this token, longest first (none longer than the longest abbreviation);
    // starts in later tokens were tried before.
    for (let p = Math.max(0, compact.length - rules.maxLength); p < token.length; p++) {
      if (p > 0 && isGlue(compact.charCodeAt(p - 1)) && !afterAbbreviation(compact, p, rules)) continue;
      const entry = rules.abbreviations.get(compact.slice(p));
      if (!entry) continue;
      if (part === 0 && entry.rests && completes(text, next, entry.rests)) return 'continues';
      if (entry.kind) {
        found = entry.kind;
        break;
      }
    }
    if (part === 0 && !found && rules.suffixes.some((s) => token.endsWith(s)) && rules.suffix?.test(token)) {
      found = 'never_ends';
    }
    // Spaced abbreviations go on only over a token that ends with a period ("z.| B.").
    let before = start;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
    if (before === start || text.charCodeAt(before - 1) !== 46) break;
    end = before;
  }
  return found;
}

/** Does `compact` hold an abbreviation right before `p`, from its start ("Prof." of "Prof.Dr.")? */
function afterAbbreviation(compact: string, p: number, rules: CompiledRules): boolean {
  if (compact.charCodeAt(p - 1) !== 46) return false;
  return rules.abbreviations.get(stripOpeners(compact.slice(0, p)))?.kind !== undefined;
}

function completes(text: string, next: number, rests: string[]): boolean {
  const ahead = text.slice(next, next + 40).replace(/\s+/g, '');
  return rests.some((rest) => ahead.startsWith(rest));
}

/** Does `word` (the next word, and the character after it) start a sentence by the starter list? */
function isStarter(word: string, after: string, rules: CompiledRules): boolean {
  return rules.starters.has(word) && !(after === '.' || LETTER_OR_DIGIT.test(after));
}

/** After a `may_end` abbreviation: a starter, or in a language without capitalised nouns any capitalised non-acronym. */
function startsSentence(word: string, after: string, rules: CompiledRules): boolean {
  if (isStarter(word, after, rules)) return true;
  if (rules.nounsCapitalised) return false;
  return UPPER.test(word[0] ?? '') && !UPPER.test(word[1] ?? '') && after !== '.';
}

/** The whitespace-delimited token that ends at `end` (exclusive), and where it starts. */
function tokenBefore(text: string, end: number): { token: string; start: number } {
  let start = end;
  const limit = Math.max(0, end - MAX_TOKEN);
  while (start > limit && !isSpace(text.charCodeAt(start - 1))) start--;
  return { token: text.slice(start, end), start };
}

/** The token before the one starting at `start`, opening quotes and brackets stripped. */
function previousToken(text: string, start: number): { token: string; start: number } {
  let end = start;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const previous = tokenBefore(text, end);
  return { token: stripOpeners(previous.token), start: previous.start };
}

function stripOpeners(token: string): string {
  let i = 0;
  while (i < token.length && WORD_OPENERS.has(token[i] as string)) i++;
  return i ? token.slice(i) : token;
}

function isOrdinal(view: string, numberStart: number, number: string, next: string, after: string, rules: CompiledRules): boolean {
  if (rules.months.has(next.toLowerCase())) return true;
  if (isStarter(next, after, rules)) return false;
  const { alone, afterContext } = rules.ordinalDigits;
  if (number.length <= alone) return true;
  if (number.length > afterContext) return false;
  const previous = previousToken(view, numberStart);
  const word = previous.token.toLowerCase();
  if (rules.ordinalContext.has(word)) return true;
  if (!rules.ordinalJoiners.has(word)) return false;
  const first = previousToken(view, previous.start).token;
  return first.endsWith('.') && first.length - 1 <= afterContext && DIGITS.test(first.slice(0, -1));
}

/** A period the segmenter asks about, and what follows it. */
export interface PeriodAt {
  /** The block text as the segmenter reads it (placeholders blanked). */
  view: string;
  /** The index of the period (the final one of "z. B."). */
  dot: number;
  /** Where the next word starts (after whitespace, or right after the period when glued). */
  nextStart: number;
  /** The next word and the character after it. */
  next: string;
  after: string;
  /** Where the sentence the period is in starts. */
  sentenceStart: number;
}

/** Does the period end a sentence (followed by whitespace)? */
export function periodEnds(at: PeriodAt, rules: CompiledRules): boolean {
  const { view, dot, nextStart, next, after, sentenceStart } = at;
  const first = next[0] ?? '';
  const digit = DIGIT.test(first);
  if (!digit && !UPPER.test(first)) return false;
  const kind = abbreviationAt(view, dot, nextStart, rules);
  if (kind === 'never_ends' || kind === 'continues') return false;
  if (kind === 'may_end') return !digit && startsSentence(next, after, rules);
  if (kind === 'before_number' && digit) return false;
  const { token, start } = tokenBefore(view, dot);
  const word = stripOpeners(token);
  const wordStart = start + token.length - word.length;
  // "…rolników. 3. Gmina przekaże …", "2.1. Die Gemeinde …", "IV. Der Rat …": a number that opens the
  // sentence numbers it, and the sentence goes on.
  if (start === sentenceStart && (LIST_NUMBER.test(word) || ROMAN.test(word))) return false;
  if (INITIALS.test(word)) {
    // After a number a single letter is a unit ("800 m.", "5 t."), which may end a sentence; elsewhere
    // letters are initials ("J.", "J.K."), which end one only before a sentence starter.
    if (NUMBER.test(previousToken(view, wordStart).token)) return !digit && startsSentence(next, after, rules);
    return !digit && isStarter(next, after, rules);
  }
  if (DIGITS.test(word)) return !digit && !isOrdinal(view, wordStart, word, next, after, rules);
  if (ROMAN.test(word) && NAME.test(previousToken(view, wordStart).token)) {
    return !digit && isStarter(next, after, rules);
  }
  return true;
}

const DOMAIN_SEPARATORS = new Set(['.', '/', '@', ':']);

/**
 * Does the period at `dot`, followed directly by the capital at `nextStart` ("r.Projekt"), end a
 * sentence? Not after a number ("1.Mai", "2,5.Die"), not inside a chain of single letters ("U.S.A.Die")
 * and not in a domain-like word (a ".", "/", "@" or ":" followed by a letter or digit later in the same
 * token: "Firma.Example.com"); otherwise as a period followed by whitespace.
 */
export function gluedPeriodEnds(at: PeriodAt, rules: CompiledRules): boolean {
  const { view, dot, nextStart } = at;
  const before = view.charCodeAt(dot - 1);
  if (before >= 48 && before <= 57) return false;
  if (LETTER.test(view[dot - 1] ?? '') && !LETTER.test(view[dot - 2] ?? '') && view[dot - 2] === '.') return false;
  const limit = Math.min(view.length - 1, nextStart + MAX_TOKEN);
  for (let i = nextStart; i < limit && !isSpace(view.charCodeAt(i)); i++) {
    if (DOMAIN_SEPARATORS.has(view[i] as string) && LETTER_OR_DIGIT.test(view[i + 1] as string)) return false;
  }
  return periodEnds(at, rules);
}
