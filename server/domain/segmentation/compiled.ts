// Language rules turned into fast lookups, once per rules object (./period.ts asks them at each period);
// only exceptions are regexes, and only when a language has them. Exceptions are patterns written by
// people (a project, an SRX file), so they run on RE2 (./userPatterns.ts), in linear time.
import type RE2 from 're2';
import type { AbbreviationKind, LanguageRules, SegmentationException } from './types';
import { compileUserPattern } from './userPatterns';

const LOWER_FIRST = /^\p{Ll}/u;

export interface CompiledException {
  break: boolean;
  /** `before`, anchored at the end of the text it is tried on. */
  before: RE2;
  /** `after`, sticky: tried at `lastIndex`. */
  after: RE2;
  /** `before`, global: finds the positions a `break` exception may force. */
  scan: RE2;
}

/** What a piece of text ending in a period is: an abbreviation, the leading part of one ("Dz." of "Dz. U."), or both. */
export interface AbbreviationEntry {
  kind?: AbbreviationKind;
  /** What completes it after whitespace: "Dz." → ["U.", "Urz."]. */
  rests?: string[];
}

export interface CompiledRules {
  /** Abbreviations and their leading parts, written without spaces ("z.B."), capitalised forms included. */
  abbreviations: Map<string, AbbreviationEntry>;
  /** The most periods in an abbreviation: how many tokens back "u. v. m." looks. */
  maxParts: number;
  /** The length of the longest abbreviation (without spaces): longer words are not looked up. */
  maxLength: number;
  suffixes: string[];
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

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An exception's patterns on RE2. Throws UnsupportedPattern (`where` and the field in its details) for
 * lookaround or backreferences, SyntaxError for a pattern that does not compile.
 */
export function compileException(rule: SegmentationException, where: Record<string, unknown> = {}): CompiledException {
  const before = { ...where, field: 'before' };
  return {
    break: rule.break,
    before: compileUserPattern(rule.before, 'u', before, (p) => `(?:${p})$`),
    after: compileUserPattern(rule.after, 'uy', { ...where, field: 'after' }),
    scan: compileUserPattern(rule.before, 'gu', before),
  };
}

function compileAbbreviations(written: Record<string, AbbreviationKind>): Map<string, AbbreviationEntry> {
  const kinds = new Map<string, AbbreviationKind>();
  for (const [text, kind] of Object.entries(written)) {
    const compact = text.replace(/\s+/g, '');
    if (compact) kinds.set(compact, kind);
  }
  // "ca." also matches "Ca.", unless "Ca." has a kind of its own; a single letter does not ("w." is a
  // century, "W." an initial).
  for (const [compact, kind] of [...kinds]) {
    const capitalised = compact[0]!.toUpperCase() + compact.slice(1);
    if (compact.length > 2 && LOWER_FIRST.test(compact) && !kinds.has(capitalised)) kinds.set(capitalised, kind);
  }
  const entries = new Map<string, AbbreviationEntry>();
  const entry = (key: string): AbbreviationEntry => {
    let found = entries.get(key);
    if (!found) entries.set(key, (found = {}));
    return found;
  };
  for (const [compact, kind] of kinds) {
    entry(compact).kind = kind;
    for (let i = compact.indexOf('.'); i >= 0 && i < compact.length - 1; i = compact.indexOf('.', i + 1)) {
      const head = entry(compact.slice(0, i + 1));
      head.rests = [...(head.rests ?? []), compact.slice(i + 1)];
    }
  }
  return entries;
}

function compile(rules: LanguageRules): CompiledRules {
  const abbreviations = compileAbbreviations(rules.abbreviations);
  let maxParts = 1;
  let maxLength = 0;
  for (const key of abbreviations.keys()) {
    maxParts = Math.max(maxParts, key.split('.').length - 1);
    maxLength = Math.max(maxLength, key.length);
  }
  const suffixes = rules.abbreviationSuffixes.map(escapeRegExp).join('|');
  const exceptions = rules.exceptions.map((rule) => compileException(rule));
  return {
    abbreviations,
    maxParts,
    maxLength,
    suffixes: rules.abbreviationSuffixes,
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
