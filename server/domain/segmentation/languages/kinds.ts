// Abbreviations are listed by what they are (a title, a unit, a month …); each language says, per
// kind, whether a capital after one ends the sentence. The segmenter only sees the resulting
// abbreviation → behaviour map (../types.ts AbbreviationKind).
import type { AbbreviationKind } from '../types';

/**
 * What an abbreviation is, which decides what may follow it:
 * - `title`: a title, rank, office or affiliation before a name ("Dr.", "Pfr.", "evang.", "kpt.", "ks.");
 * - `name_initial`: a first name cut to more than one letter ("Chr.", "Wł."); single letters are
 *   initials by the segmenter's own rule;
 * - `place`: part of an address or an administrative unit before its name ("Str.", "Lkr.", "ul.", "woj.");
 * - `general`: an everyday shortening inside a sentence ("z. B.", "bzw.", "np.", "m.in.");
 * - `latin`: a Latin (or foreign) shortening inside a sentence ("ca.", "vs.", "cf.");
 * - `weekday`: a day of the week ("Mo.", "pon."), mostly in opening hours, often the last word;
 * - `reference`: a pointer before a number ("Art. 5", "S. 12", "ust. 2"), an ordinary word otherwise;
 * - `unit`: a unit or an amount word after a number ("2 Std.", "5 km.", "120 tys.");
 * - `month`: a month ("15. Okt.", "3 lut.");
 * - `date`: a year or century marker ("2019 r.", "XV w.", "500 v. Chr.");
 * - `list_end`: what closes an enumeration or a reference ("usw.", "etc.", "itd.", "e. V.", "S.A.").
 * Ordinal numbers ("4. Treffen") are not abbreviations: the rules' ordinal settings decide them.
 */
export type AbbreviationCategory =
  | 'title'
  | 'name_initial'
  | 'place'
  | 'general'
  | 'latin'
  | 'weekday'
  | 'reference'
  | 'unit'
  | 'month'
  | 'date'
  | 'list_end';

/** The abbreviations of one language by kind. */
export type AbbreviationLists = Record<AbbreviationCategory, string[]>;

/** What each kind lets a capital after it do. */
export type CategoryBehaviour = Record<AbbreviationCategory, AbbreviationKind>;

/**
 * Whether a capital after each kind of abbreviation ends the sentence. Titles, initials, places,
 * everyday and Latin shortenings are followed by a name or a word inside the sentence: never.
 * References stay open only before a number ("Art. 5" vs "auf diese Art. Danach"). After a weekday
 * ("czynne od pon. do pt."), unit, month, date or list end the sentence may end; what may follow is the language's business (../types.ts
 * `may_end`): in German a sentence starter ("2 Std. Danach", not "3 Std. Fahrzeit"), in Polish, which
 * does not capitalise nouns, any capitalised word that is not an acronym ("2 godz. Następnie").
 */
export const CATEGORY_BEHAVIOUR: CategoryBehaviour = {
  title: 'never_ends',
  name_initial: 'never_ends',
  place: 'never_ends',
  general: 'never_ends',
  latin: 'never_ends',
  weekday: 'may_end',
  reference: 'before_number',
  unit: 'may_end',
  month: 'may_end',
  date: 'may_end',
  list_end: 'may_end',
};

/**
 * The abbreviation → behaviour map of a language. Throws when an abbreviation is listed twice (under
 * one kind or two), so a list never contradicts itself silently.
 */
export function byCategory(
  lists: AbbreviationLists,
  behaviour: CategoryBehaviour = CATEGORY_BEHAVIOUR,
): Record<string, AbbreviationKind> {
  const map: Record<string, AbbreviationKind> = {};
  const seen = new Map<string, AbbreviationCategory>();
  for (const [category, list] of Object.entries(lists) as [AbbreviationCategory, string[]][]) {
    for (const abbreviation of list) {
      const key = abbreviation.replace(/\s+/g, '');
      const before = seen.get(key);
      if (before) throw new Error(`abbreviation "${abbreviation}" is listed as ${before} and as ${category}`);
      seen.set(key, category);
      map[abbreviation] = behaviour[category];
    }
  }
  return map;
}
