// Sentence segmentation rules as data: what the segmenter (./sentences.ts) interprets, what a project may
// extend and what SRX files (./srx.ts) carry. The built-in rules live in ./languages, one file per language.
import { InvalidInput } from '../errors';
import { compileException } from './compiled';
import { SENTENCE_RULES, type SegmentationLanguage } from './languages';

export type { SegmentationLanguage } from './languages';

/**
 * When the period of an abbreviation may end a sentence:
 * - `never_ends`: never ("z. B.", "Dr.", "ul.");
 * - `may_end`: when the next word starts a sentence: a sentence starter, or in a language that does not
 *   capitalise nouns any capitalised word that is not an acronym ("usw. Danach", "2019 r. Następnie");
 * - `before_number`: only stays open before a number, it is an ordinary word otherwise ("Art. 5" vs
 *   "auf diese Art. Danach").
 */
export type AbbreviationKind = 'never_ends' | 'may_end' | 'before_number';

/**
 * An SRX-style rule, tried at every possible break before the built-in logic, in order; the first that
 * matches decides. Regexes use the syntax JavaScript (with the `u` flag) and ICU share.
 */
export interface SegmentationException {
  /** `true` forces a break where `before` and `after` meet; `false` forbids one. */
  break: boolean;
  /** What the text before the position must end with. */
  before: string;
  /** What the text after the position must start with. */
  after: string;
}

export interface LanguageRules {
  /**
   * Abbreviations as written in text, with their kind. Spaced and unspaced forms match alike ("z. B."
   * also matches "z.B."); an entry starting with a lower-case letter also matches capitalised ("ca." →
   * "Ca.").
   */
  abbreviations: Record<string, AbbreviationKind>;
  /** Word endings that make an abbreviation that never ends a sentence ("Hauptstr." → "str."). */
  abbreviationSuffixes: string[];
  /**
   * Capitalised words that start sentences (articles, pronouns, conjunctions, adverbs): after a `may_end`
   * abbreviation, an initial, a Roman numeral or an ordinal-like number, a break needs one of them.
   */
  sentenceStarters: string[];
  /** German capitalises nouns; where nouns are not capitalised, any capitalised word may start a sentence. */
  nounsCapitalised: boolean;
  /** Month names and their abbreviations, matched case-insensitively: "3. Mai" is a date. */
  months: string[];
  /** Words after which "<number>. <Word>" is an ordinal ("das 4. Treffen"), matched case-insensitively. */
  ordinalContext: string[];
  /** Words joining two ordinals ("die 3. und 4. Klasse"). */
  ordinalJoiners: string[];
  /**
   * The most digits an ordinal has: after a context word or joiner, and alone ("feiert 30. Geburtstag");
   * 0 alone means a number needs a context word to be an ordinal.
   */
  ordinalDigits: { afterContext: number; alone: number };
  /** Break and no-break rules tried before everything else (project rules first). */
  exceptions: SegmentationException[];
}

export type SegmentationRules = Record<SegmentationLanguage, LanguageRules>;

/** What a project adds to the built-in rules, per language. */
export type ProjectSegmentationRules = { [L in SegmentationLanguage]?: Partial<LanguageRules> };

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
      compileException(exception);
    } catch (error) {
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
 * throws InvalidInput (`invalid_segmentation_rule`).
 */
export function mergeRules(base: SegmentationRules, project: ProjectSegmentationRules): SegmentationRules {
  checkExceptions('de', project.de?.exceptions);
  checkExceptions('pl', project.pl?.exceptions);
  return { de: mergeLanguage(base.de, project.de), pl: mergeLanguage(base.pl, project.pl) };
}
