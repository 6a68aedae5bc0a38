// The vocabulary of sentence rules: what the built-in rules (./languages), a project's additions and SRX
// files (./srx.ts) are written in, and what the segmenter (./sentences.ts) interprets. Types only, so the
// rules, their compiled form (./compiled.ts) and the language files can all import them.
import type { LanguageCode } from '../common';

export type SegmentationLanguage = LanguageCode;

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
