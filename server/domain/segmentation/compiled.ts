// Language rules turned into fast lookups, once per rules object. The segmenter asks these questions at
// each period; only exceptions are regexes, and only when a language has them.
import type { AbbreviationKind, LanguageRules, SegmentationException } from './rules';

const SPACE = /\s/;
/** Characters that glue an abbreviation to what precedes it ("x.usw." or "info@usw." is no abbreviation). */
const GLUE = /[\p{L}\p{N}.@/_]/u;
const LOWER_FIRST = /^\p{Ll}/u;
const UPPER = /\p{Lu}/u;

export interface CompiledException {
  break: boolean;
  /** `before`, anchored at the end of the text it is tried on. */
  before: RegExp;
  /** `after`, sticky: tried at `lastIndex`. */
  after: RegExp;
  /** `before`, global: finds the positions a `break` exception may force. */
  scan: RegExp;
}

export interface CompiledRules {
  abbreviations: Map<string, AbbreviationKind>;
  /** The most periods in an abbreviation: how many tokens back "u. v. m." looks. */
  maxParts: number;
  /** The leading parts of abbreviations and what completes them: "Dz." → ["U.", "Urz."]. */
  continuations: Map<string, string[]>;
  suffix: RegExp | null;
  starters: Set<string>;
  nounsCapitalised: boolean;
  months: Set<string>;
  ordinalContext: Set<string>;
  ordinalJoiners: Set<string>;
  ordinalDigits: { afterContext: number; alone: number };
  exceptions: CompiledException[];
  forcing: CompiledException[];
}

/** `\s` for one UTF-16 code unit, without a regex for the common cases. */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 128 && SPACE.test(String.fromCharCode(code));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileException(rule: SegmentationException): CompiledException {
  return {
    break: rule.break,
    before: new RegExp(`(?:${rule.before})$`, 'u'),
    after: new RegExp(rule.after, 'uy'),
    scan: new RegExp(rule.before, 'gu'),
  };
}

function compile(rules: LanguageRules): CompiledRules {
  const abbreviations = new Map<string, AbbreviationKind>();
  let maxParts = 1;
  for (const [written, kind] of Object.entries(rules.abbreviations)) {
    const compact = written.replace(/\s+/g, '');
    if (!compact) continue;
    abbreviations.set(compact, kind);
    maxParts = Math.max(maxParts, compact.split('.').length - 1);
  }
  // "ca." also matches "Ca.", unless "Ca." has a kind of its own.
  for (const [compact, kind] of [...abbreviations]) {
    const capitalised = compact[0]!.toUpperCase() + compact.slice(1);
    if (LOWER_FIRST.test(compact) && !abbreviations.has(capitalised)) abbreviations.set(capitalised, kind);
  }
  const continuations = new Map<string, string[]>();
  for (const compact of abbreviations.keys()) {
    for (let i = compact.indexOf('.'); i >= 0 && i < compact.length - 1; i = compact.indexOf('.', i + 1)) {
      const head = compact.slice(0, i + 1);
      continuations.set(head, [...(continuations.get(head) ?? []), compact.slice(i + 1)]);
    }
  }
  const suffixes = rules.abbreviationSuffixes.map(escapeRegExp).join('|');
  const exceptions = rules.exceptions.map(compileException);
  return {
    abbreviations,
    maxParts,
    continuations,
    suffix: suffixes ? new RegExp(`(?<![\\p{L}\\p{N}.@/_])\\p{L}+(?:${suffixes})$`, 'u') : null,
    starters: new Set(rules.sentenceStarters),
    nounsCapitalised: rules.nounsCapitalised,
    months: new Set(rules.months.map((m) => m.toLowerCase())),
    ordinalContext: new Set(rules.ordinalContext.map((w) => w.toLowerCase())),
    ordinalJoiners: new Set(rules.ordinalJoiners.map((w) => w.toLowerCase())),
    ordinalDigits: rules.ordinalDigits,
    exceptions,
    forcing: exceptions.filter((e) => e.break),
  };
}

const cache = new WeakMap<LanguageRules, CompiledRules>();

export function compiled(rules: LanguageRules): CompiledRules {
  let result = cache.get(rules);
  if (!result) cache.set(rules, (result = compile(rules)));
  return result;
}

/**
 * The kind of the abbreviation that ends at `dot` (the index of its final period) in `text`, if any:
 * the longest entry that ends there and starts after whitespace or a character that does not glue
 * ("(vgl.", "Dipl.-Ing."). Spaced forms are joined: "z. B." is looked up as "z.B.".
 */
export function abbreviationAt(text: string, dot: number, rules: CompiledRules): AbbreviationKind | undefined {
  let compact = '';
  let end = dot + 1;
  let found: AbbreviationKind | undefined;
  for (let part = 0; part < rules.maxParts; part++) {
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    const token = text.slice(start, end);
    if (part > 0 && !token.endsWith('.')) break;
    compact = token + compact;
    // Try the starts inside this token, longest first; starts in later tokens were tried before.
    for (let p = 0; p < token.length; p++) {
      if (p > 0 && GLUE.test(compact[p - 1] as string)) continue;
      const kind = rules.abbreviations.get(compact.slice(p));
      if (kind) {
        found = kind;
        break;
      }
    }
    if (part === 0 && !found && rules.suffix?.test(token)) found = 'never_ends';
    let before = start;
    while (before > 0 && isSpace(text.charCodeAt(before - 1))) before--;
    if (before === 0 || before === start) break;
    end = before;
  }
  return found;
}

/** Is the period at `dot` inside a spaced abbreviation that the text from `next` completes ("Dz.| U.")? */
export function continuesAbbreviation(text: string, dot: number, next: number, rules: CompiledRules): boolean {
  if (!rules.continuations.size) return false;
  let start = dot;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  const token = text.slice(start, dot + 1);
  for (let p = 0; p < token.length; p++) {
    if (p > 0 && GLUE.test(token[p - 1] as string)) continue;
    const rests = rules.continuations.get(token.slice(p));
    if (!rests) continue;
    const ahead = text.slice(next, next + 40).replace(/\s+/g, '');
    return rests.some((rest) => ahead.startsWith(rest));
  }
  return false;
}

/** Does `word` (the next word, and the character after it) start a sentence by the starter list? */
export function isStarter(word: string, after: string, rules: CompiledRules): boolean {
  return rules.starters.has(word) && !(after === '.' || /[\p{L}\p{N}]/u.test(after));
}

/** After a `may_end` abbreviation: a starter, or in a language without capitalised nouns any capitalised non-acronym. */
export function startsSentence(word: string, after: string, rules: CompiledRules): boolean {
  if (isStarter(word, after, rules)) return true;
  if (rules.nounsCapitalised) return false;
  return UPPER.test(word[0] ?? '') && !UPPER.test(word[1] ?? '') && after !== '.';
}
