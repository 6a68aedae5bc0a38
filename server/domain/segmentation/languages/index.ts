// Sentence rules as data, one file per language. The segmenter (../sentences.ts) only interprets them.
import { GERMAN } from './de';
import { POLISH } from './pl';

export type SegmentationLanguage = 'de' | 'pl';

export interface SentenceRules {
  /**
   * Abbreviations whose final period never ends a sentence, written as in text ("z. B.", "Nr.").
   * Spaced and unspaced forms match alike ("z. B." also matches "z.B."); an entry starting with a
   * lower-case letter also matches with a capital first letter ("ca." → "Ca.").
   */
  abbreviations: string[];
  /** Abbreviations that are also ordinary words: they only stay open before a number ("Art. 5" vs "auf diese Art."). */
  abbreviationsBeforeNumbers: string[];
  /** Word endings that make an abbreviation ("Hauptstr." → "str."), matched case-insensitively. */
  abbreviationSuffixes: string[];
  /** Month names and their abbreviations: "3. Mai" is a date, not a sentence end. */
  months: string[];
  /**
   * Words after which "<number>. <Capitalised word>" is an ordinal ("das 4. Treffen", "zum 10. Mal"),
   * matched case-insensitively.
   */
  ordinalContext: string[];
  /** Words joining two ordinals ("die 3. und 4. Klasse"). */
  ordinalJoiners: string[];
}

export const SENTENCE_RULES: Record<SegmentationLanguage, SentenceRules> = { de: GERMAN, pl: POLISH };
