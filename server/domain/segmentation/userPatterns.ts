// Patterns a coordinator supplies (a project's segmentation exceptions, the rules of an imported SRX
// file, an SRX language pattern) run on RE2, whose matching time is linear in the text whatever the
// pattern: a backtracking engine needs 18 s for `(x+x+)+y` on 30 characters and doubles per character.
// RE2 has no lookaround and no backreferences (they are what makes backtracking necessary), so a
// pattern that uses them is refused with its position, before anything is stored. The built-in rules
// are code and fixed JavaScript regexes that are linear by construction; they never come through here.
import RE2 from 're2';
import { DomainError } from '../errors';

/** What RE2 cannot run, as reported in an error's details. */
export type UnsupportedFeature = 'lookahead' | 'lookbehind' | 'backreference' | 'atomic_group';

export interface PatternProblem {
  /** Offset (0-based, in UTF-16 code units) of the construct in the pattern. */
  position: number;
  /** The construct as written: "(?<=", "\\1" … */
  construct: string;
  feature: UnsupportedFeature;
}

/** A user pattern that uses a construct RE2 cannot run. 400 with code `unsupported_pattern`. */
export class UnsupportedPattern extends DomainError {
  constructor(problem: PatternProblem, where: Record<string, unknown> = {}) {
    super(
      'unsupported_pattern',
      `the pattern uses ${problem.feature} ("${problem.construct}") at position ${problem.position}; ` +
        'patterns must run in linear time, without lookahead, lookbehind or backreferences',
      { position: problem.position, construct: problem.construct },
      { ...where, position: problem.position, construct: problem.construct, feature: problem.feature },
    );
  }
}

const GROUP_PREFIXES: [string, UnsupportedFeature][] = [
  ['(?<=', 'lookbehind'],
  ['(?<!', 'lookbehind'],
  ['(?=', 'lookahead'],
  ['(?!', 'lookahead'],
  ['(?>', 'atomic_group'],
];

/**
 * The first construct of `pattern` that RE2 cannot run, or null. Reads the pattern once: escapes are
 * skipped in pairs, character classes up to their closing bracket (a "(?=" inside one is literal).
 */
export function unsupportedConstruct(pattern: string): PatternProblem | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && next >= '1' && next <= '9') {
        let end = i + 2;
        while (end < pattern.length && pattern[end]! >= '0' && pattern[end]! <= '9') end++;
        return { position: i, construct: pattern.slice(i, end), feature: 'backreference' };
      }
      if (!inClass && next === 'k' && pattern[i + 2] === '<') {
        const close = pattern.indexOf('>', i);
        return { position: i, construct: pattern.slice(i, close < 0 ? i + 3 : close + 1), feature: 'backreference' };
      }
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
      // "[]…]" and "[^]…]": a "]" right after the opening is a literal in the classes SRX tools write.
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
    } else if (ch === '(' && pattern[i + 1] === '?') {
      const found = GROUP_PREFIXES.find(([prefix]) => pattern.startsWith(prefix, i));
      if (found) return { position: i, construct: found[0], feature: found[1] };
    }
  }
  return null;
}

/**
 * `pattern`, placed in `template` ("(?:…)$"), compiled with RE2 (`flags` as for RegExp). Throws
 * UnsupportedPattern (with `where` in its details, the position in `pattern` itself) for a construct RE2
 * cannot run, and SyntaxError for a pattern that does not compile.
 */
export function compileUserPattern(
  pattern: string,
  flags: string,
  where: Record<string, unknown> = {},
  template: (pattern: string) => string = (p) => p,
): RE2 {
  const problem = unsupportedConstruct(pattern);
  if (problem) throw new UnsupportedPattern(problem, where);
  try {
    return new RE2(template(pattern), flags);
  } catch (error) {
    throw new SyntaxError((error as Error).message);
  }
}
