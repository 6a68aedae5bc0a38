// Sentence segmentation rules as data: the built-in rules (./languages, one file per language) and a
// project's additions merged into them. What rules are made of (./types.ts) is what the segmenter
// (./sentences.ts) interprets, what a project may extend and what SRX files (./srx.ts) carry.
import { InvalidInput } from '../errors';
import { unstorableKeys } from '../text/storableKeys';
import { compileException } from './compiled';
import { SENTENCE_RULES } from './languages';
import type {
  LanguageRules,
  ProjectSegmentationRules,
  SegmentationException,
  SegmentationLanguage,
  SegmentationRules,
} from './types';

export type {
  AbbreviationKind,
  LanguageRules,
  ProjectSegmentationRules,
  SegmentationException,
  SegmentationLanguage,
  SegmentationRules,
} from './types';

export const SEGMENTATION_LANGUAGES: readonly SegmentationLanguage[] = ['de', 'pl'];

export const DEFAULT_RULES: SegmentationRules = SENTENCE_RULES;

/** Rules that keep only the built-in logic (question marks, quotes, placeholders, years …). */
export function emptyLanguageRules(): LanguageRules {
  return {
    abbreviations: {},
    abbreviationSuffixes: [],
    sentenceStarters: [],
    nounsCapitalised: true,
    months: [],
    ordinalContext: [],
    ordinalJoiners: [],
    ordinalDigits: { afterContext: 3, alone: 0 },
    exceptions: [],
  };
}

const union = (base: string[], added: string[] = []): string[] => [...new Set([...base, ...added])];

function checkExceptions(lang: SegmentationLanguage, exceptions: SegmentationException[] = []): void {
  exceptions.forEach((exception, index) => {
    try {
      compileException(exception, { lang, index });
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      const message = `segmentation exception ${index + 1} for ${lang}: ${(error as Error).message}`;
      throw new InvalidInput(message, { lang, index }, 'invalid_segmentation_rule');
    }
  });
}

function mergeLanguage(base: LanguageRules, project: Partial<LanguageRules> = {}): LanguageRules {
  return {
    abbreviations: { ...base.abbreviations, ...project.abbreviations },
    abbreviationSuffixes: union(base.abbreviationSuffixes, project.abbreviationSuffixes),
    sentenceStarters: union(base.sentenceStarters, project.sentenceStarters),
    nounsCapitalised: project.nounsCapitalised ?? base.nounsCapitalised,
    months: union(base.months, project.months),
    ordinalContext: union(base.ordinalContext, project.ordinalContext),
    ordinalJoiners: union(base.ordinalJoiners, project.ordinalJoiners),
    ordinalDigits: { ...base.ordinalDigits, ...project.ordinalDigits },
    exceptions: [...(project.exceptions ?? []), ...base.exceptions],
  };
}

/**
 * The base rules with a project's additions: its abbreviations are added (a kind it gives wins), its
 * words join the lists, its exceptions come first so they override everything else, and the settings it
 * gives replace the base ones. Neither argument is changed. An exception whose regex does not compile
 * throws InvalidInput (`invalid_segmentation_rule`); one that uses lookaround or backreferences, which
 * the linear-time engine cannot run, throws UnsupportedPattern (`unsupported_pattern`, with the position).
 * An abbreviation no store can hold as a key (NUL, a leading "$") throws InvalidInput (`invalid_key`).
 */
export function mergeRules(base: SegmentationRules, project: ProjectSegmentationRules): SegmentationRules {
  // Rules also come from SRX files, past the request validator: the same keys are refused here.
  const badKeys = unstorableKeys(project);
  if (badKeys.length > 0) throw new InvalidInput(`invalid keys: ${badKeys.map((k) => `${k.path}: ${k.message}`).join('; ')}`, { issues: badKeys }, 'invalid_key');
  checkExceptions('de', project.de?.exceptions);
  checkExceptions('pl', project.pl?.exceptions);
  return { de: mergeLanguage(base.de, project.de), pl: mergeLanguage(base.pl, project.pl) };
}
