// The regex shapes in which ./srx.ts writes the rules of ./rules.ts as SRX rules, and reads them back.
// Every regex is valid in ICU (what SRX tools use) and in JavaScript with the `u` flag.
import { escapeRegExp } from './compiled';
import type { AbbreviationKind } from './rules';

/** Not glued to a letter, digit, period, @, / or _ ("(vgl." yes, "x.usw." no). */
export const GLUE_BOUNDARY = '(?<![\\p{L}\\p{N}.@/_])';
/** At the start of a whitespace-delimited token, after opening quotes and brackets. */
export const TOKEN_BOUNDARY = '(?<![^\\s„"\'(«»‚\\[])';
// Braces, brackets and hyphens are escaped in classes: ICU reads "{…}" and "&&" in a set specially.
const OPENERS = '["\'»«“”„‚‘’(\\[\\{›‹¿¡–—\\-]*';
const CLOSERS = '["\'»«“”‘’)\\]\\}›‹]*';
const WORD_END = '(?![\\p{L}\\p{N}])';
const ROMAN = '(?=[IVXLCDM]{2})M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';

/** A word as a pattern: "ca." → "[cC]a\.", so the capitalised form matches too (as in the segmenter). */
function wordPattern(word: string, capitalisedToo: boolean): string {
  const first = word[0] ?? '';
  const upper = first.toUpperCase();
  const head = capitalisedToo && first !== upper ? `[${first}${upper}]` : escapeRegExp(first);
  return head + escapeRegExp(word.slice(1));
}

const alternation = (words: string[], capitalisedToo = false): string =>
  `(?:${words.map((w) => wordPattern(w, capitalisedToo)).join('|')})`;

/** "z. B." → "[zZ]\.\s*B\." : internal periods may be followed by whitespace. */
export function abbreviationPattern(abbreviation: string): string {
  const compact = abbreviation.replace(/\s+/g, '');
  return wordPattern(compact, true).replace(/\\\.(?!$)/g, '\\.\\s*');
}

export const starterGuard = (starters: string[]): string =>
  `\\s+(?!${OPENERS}${alternation(starters)}(?![\\p{L}\\p{N}.]))`;
/** After a `may_end` abbreviation where nouns are not capitalised: any capitalised non-acronym ends. */
export const CAPITAL_GUARD = `\\s+(?!${OPENERS}\\p{Lu}(?![\\p{Lu}.]))`;

export const SHAPES = {
  /** One abbreviation, or several as one rule ("(?:…|…)"). */
  abbreviations: (texts: string[]) =>
    GLUE_BOUNDARY + (texts.length === 1 ? abbreviationPattern(texts[0] as string) : `(?:${texts.map(abbreviationPattern).join('|')})`),
  afterAbbreviation: { never_ends: '\\s', before_number: '\\s+\\p{N}' } as Record<AbbreviationKind, string>,
  suffix: (suffix: string) => `${GLUE_BOUNDARY}\\p{L}+${escapeRegExp(suffix)}`,
  number: `${TOKEN_BOUNDARY}\\p{N}+\\.`,
  beforeNumber: '\\s+\\p{N}',
  months: (months: string[]) => `\\s+${OPENERS}${alternation(months)}${WORD_END}`,
  ordinalContext: (words: string[], digits: number) =>
    `${TOKEN_BOUNDARY}${alternation(words, true)}\\s+\\p{N}{1,${digits}}\\.`,
  ordinalJoiners: (words: string[], digits: number) =>
    `${TOKEN_BOUNDARY}\\p{N}{1,${digits}}\\.\\s+${alternation(words, true)}\\s+\\p{N}{1,${digits}}\\.`,
  ordinalAlone: (digits: number) => `${TOKEN_BOUNDARY}\\p{N}{1,${digits}}\\.`,
  roman: `${TOKEN_BOUNDARY}\\p{Lu}\\p{Ll}+\\s+${ROMAN}\\.`,
  initial: `${TOKEN_BOUNDARY}\\p{L}\\.`,
  breaks: [
    { before: `[?!][.!?…]*${CLOSERS}`, after: `\\s+(?!${OPENERS}\\p{Ll})` },
    { before: `(?:…|\\.\\.)[.…]*${CLOSERS}`, after: `\\s+${OPENERS}\\p{Lu}` },
    { before: `\\.${CLOSERS}`, after: `\\s+${OPENERS}[\\p{Lu}\\p{N}]` },
  ],
};

// Reading back. Each parser returns null when the regex does not have its shape.

const REGEX_META = '.*+?^${}()|[]\\/-';

/** The literal a pattern stands for, when it is one ("Dr\." → "Dr."), else null. */
function literal(pattern: string): string | null {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined || !REGEX_META.includes(next)) return null;
      out += next;
      i++;
    } else if (REGEX_META.includes(ch) && ch !== '/' && ch !== '-') return null;
    else out += ch;
  }
  return out;
}

/** "[zZ]…" → "z" and the rest; any other pattern → "" and the pattern. */
function capitalisedHead(pattern: string): [string, string] {
  const m = /^\[(\p{Ll})(\p{Lu})\]/u.exec(pattern);
  return m && m[1]!.toUpperCase() === m[2] ? [m[1] as string, pattern.slice(m[0].length)] : ['', pattern];
}

/** "(?:[dD]er|die|X\.)" → ["der", "die", "X."]; words with a "[xX]" head come back lower-case. */
function parseAlternation(pattern: string): string[] | null {
  if (!pattern.startsWith('(?:') || !pattern.endsWith(')')) return null;
  if (pattern === '(?:)') return [];
  const words: string[] = [];
  for (const alternative of pattern.slice(3, -1).split('|')) {
    const [head, rest] = capitalisedHead(alternative);
    const text = literal(rest);
    if (text === null || head + text === '') return null;
    words.push(head + text);
  }
  return words;
}

/** `prefix` + alternation + `suffix` → the words, else null. */
function wordsBetween(pattern: string, prefix: string, suffix: string): string[] | null {
  if (!pattern.startsWith(prefix) || !pattern.endsWith(suffix)) return null;
  return parseAlternation(pattern.slice(prefix.length, pattern.length - suffix.length));
}

const ABBREVIATION_BOUNDARIES = [GLUE_BOUNDARY, '\\b', '(?<!\\w)', '(?<![\\w.])', '(?<!\\S)'];

/** One abbreviation pattern ("[zZ]\.\s*B\.") as text ("z.B."), else null. */
function parseAbbreviationBody(pattern: string): string | null {
  const [head, rest] = capitalisedHead(pattern.replace(/\\\.(?:\\s[*?+]?| [*?+]?)/g, '\\.'));
  const text = literal(rest);
  return text !== null && text.endsWith('.') && /\p{L}/u.test(head + text) ? head + text : null;
}

/** The abbreviations of "(?<!…)[zZ]\.\s*B\.", "\bDr\." or "(?<!…)(?:usw\.|etc\.)", else null. */
export function parseAbbreviations(before: string): string[] | null {
  const boundary = ABBREVIATION_BOUNDARIES.find((b) => before.startsWith(b));
  if (boundary === undefined) return null;
  const body = before.slice(boundary.length);
  const group = body.startsWith('(?:') && body.endsWith(')');
  const texts = (group ? body.slice(3, -1).split('|') : [body]).map(parseAbbreviationBody);
  return texts.every((t) => t !== null) ? (texts as string[]) : null;
}

/** The kind an abbreviation rule's afterbreak gives, with the guard's starters (or null for the capital guard). */
export function parseAbbreviationAfter(after: string): { kind: AbbreviationKind; starters?: string[] | null } | null {
  if (['', '\\s', '\\s+', ' '].includes(after)) return { kind: 'never_ends' };
  if (/^(?:\\s[+*?]?| [+*?]?)(?:\\p\{N\}|\\p\{Nd\}|\\d|\[0-9\])$/.test(after)) return { kind: 'before_number' };
  if (after === CAPITAL_GUARD) return { kind: 'may_end', starters: null };
  const starters = parseStarterGuard(after);
  return starters ? { kind: 'may_end', starters } : null;
}

export function parseStarterGuard(after: string): string[] | null {
  return wordsBetween(after, `\\s+(?!${OPENERS}`, '(?![\\p{L}\\p{N}.]))');
}

export function parseSuffix(before: string): string | null {
  const prefix = `${GLUE_BOUNDARY}\\p{L}+`;
  return before.startsWith(prefix) ? literal(before.slice(prefix.length)) : null;
}

export function parseMonths(after: string): string[] | null {
  return wordsBetween(after, `\\s+${OPENERS}`, WORD_END);
}

/** Context words (or joiners) and the digits of an ordinal rule's beforebreak. */
export function parseOrdinalContext(before: string): { words: string[]; digits: number } | null {
  const m = /^(.*)\\s\+\\p\{N\}\{1,(\d)\}\\\.$/.exec(before);
  if (!m) return null;
  const words = wordsBetween(m[1] as string, TOKEN_BOUNDARY, '');
  return words && { words, digits: Number(m[2]) };
}

export function parseOrdinalJoiners(before: string): { words: string[]; digits: number } | null {
  const m = /^(.*)\\s\+(\(\?:.*\))\\s\+\\p\{N\}\{1,(\d)\}\\\.$/.exec(before);
  if (!m || m[1] !== `${TOKEN_BOUNDARY}\\p{N}{1,${m[3]}}\\.`) return null;
  const words = parseAlternation(m[2] as string);
  return words && { words, digits: Number(m[3]) };
}

export function parseOrdinalAlone(before: string): number | null {
  const m = /^(.*)\\p\{N\}\{1,(\d)\}\\\.$/.exec(before);
  return m && m[1] === TOKEN_BOUNDARY ? Number(m[2]) : null;
}
