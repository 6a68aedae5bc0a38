// What the identifier looks at in a segment: its words (placeholders, URLs, e-mail addresses, numbers,
// codes, units and shared proper names removed), the language-specific letters and endings they carry
// and the function words among them.
import { stripPlaceholders } from '../segmentation/placeholders';
import { replaceAddresses } from '../text/urlsEmailsNumbers';
import { FUNCTION_WORDS, type FunctionWordLanguage } from './data/functionWords';
import { SHARED_NAMES } from './data/sharedNames';

export interface Word {
  /** As written. */
  text: string;
  /** Lower-cased, as looked up and scored. */
  lower: string;
  /** Capitalised and not the first word: in Polish text most likely a name. */
  capitalisedInside: boolean;
}

export interface LetterEvidence {
  /** Words with a letter only Polish writes (ą ć ę ł ń ś ź ż ó). */
  pl: number;
  /** Words with a letter only German writes (ä ö ü ß). */
  de: number;
  /** Words with a letter neither language writes (č ř ě é à ñ …). */
  other: number;
}

export interface Features {
  words: Word[];
  letters: LetterEvidence;
  /** Function words found, by language; a word listed for several languages is split between them. */
  functionWords: Record<FunctionWordLanguage, number>;
  /** Words with an ending only German or only Polish forms ("-ung", "-keit" / "-owanie", "-ości"). */
  endings: { de: number; pl: number };
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const POLISH_ONLY = /[ąćęłńśźżó]/u;
const GERMAN_ONLY = /[äöüß]/u;
const SHARED_LETTERS = /^[a-zäöüßąćęłńśźżó]+$/u;
/** Units and currencies written alike (or as symbols) in both languages: not words. */
const UNITS = new Set(['zł', 'euro', 'eur', 'km', 'kg', 'ha', 'cm', 'mm', 'ml', 'kw', 'kwh', 'mw', 'm²', 'qm']);
/** Word endings the other language never forms (Polish ones do not count on names, see countEndings). */
const GERMAN_ENDINGS = /(?:ung|ungen|heit|keit|schaft|lich|liche|lichen|isch|ische)$/u;
const POLISH_ENDINGS = /(?:anie|enie|ości|ość|ych|owy|owa|owe|czny|czna|czne|cja|cji)$/u;
/** Upper-case tokens this short are codes and abbreviations ("AZ", "EU", "EFRE"), not words. */
const MAX_CODE_LENGTH = 4;

const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SHARED_NAMES]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Languages listing each function word, built once. */
const FUNCTION_WORD_LANGUAGES: Map<string, FunctionWordLanguage[]> = (() => {
  const map = new Map<string, FunctionWordLanguage[]>();
  for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [FunctionWordLanguage, readonly string[]][]) {
    for (const word of new Set(words)) map.set(word, [...(map.get(word) ?? []), lang]);
  }
  return map;
})();

/** The text without what no language owns: placeholders, URLs, e-mail addresses and shared names. */
export function judgeableText(text: string): string {
  return replaceAddresses(stripPlaceholders(text), () => ' ').replace(NAME_PATTERN, ' ');
}

/** The words worth judging: letters only, no digits, no short upper-case codes, no lone capital letter. */
export function extractWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of judgeableText(text).matchAll(TOKEN)) {
    const token = m[0].normalize('NFC');
    if (/\p{N}/u.test(token)) continue;
    const isUpper = token === token.toUpperCase() && token !== token.toLowerCase();
    if (isUpper && token.length <= MAX_CODE_LENGTH) continue;
    const lower = token.toLowerCase();
    if (UNITS.has(lower)) continue;
    const capitalised = token[0] !== lower[0];
    words.push({ text: token, lower, capitalisedInside: capitalised && !isUpper && words.length > 0 });
  }
  return words;
}

/**
 * The German/Polish share of a function word: 1 for a word only one of them lists, 0.5 each for the
 * few both list ("ich", "nie", "was", "im"). Other languages share among themselves, and only words
 * neither German nor Polish lists count for them ("the", "jsou", "les", not "to" or "in").
 */
function countFunctionWords(words: Word[]): Record<FunctionWordLanguage, number> {
  const counts = { de: 0, pl: 0, en: 0, cs: 0, fr: 0, es: 0, it: 0, nl: 0 };
  for (const word of words) {
    const langs = FUNCTION_WORD_LANGUAGES.get(word.lower);
    if (!langs) continue;
    const main = langs.filter((l) => l === 'de' || l === 'pl');
    if (main.length > 0) {
      for (const lang of main) counts[lang] += 1 / main.length;
      continue;
    }
    for (const lang of langs) counts[lang] += 1 / langs.length;
  }
  return counts;
}

function countLetters(words: Word[]): LetterEvidence {
  const letters: LetterEvidence = { pl: 0, de: 0, other: 0 };
  for (const word of words) {
    // A capitalised word inside a sentence with Polish letters is most often a name ("Jelenia Góra"):
    // it counts a quarter. German nouns are capitalised too, but never carry Polish letters.
    const weight = word.capitalisedInside ? 0.25 : 1;
    if (POLISH_ONLY.test(word.lower)) letters.pl += weight;
    if (GERMAN_ONLY.test(word.lower)) letters.de += weight;
    if (/\p{L}/u.test(word.lower) && !SHARED_LETTERS.test(word.lower.replace(/[^\p{L}]/gu, ''))) letters.other += 1;
  }
  return letters;
}

function countEndings(words: Word[]): { de: number; pl: number } {
  const endings = { de: 0, pl: 0 };
  for (const word of words) {
    if (GERMAN_ENDINGS.test(word.lower)) endings.de += 1;
    // A capitalised word inside a sentence is most likely a name ("Kowalskiej"), not Polish evidence.
    else if (POLISH_ENDINGS.test(word.lower) && !word.capitalisedInside) endings.pl += 1;
  }
  return endings;
}

export function extractFeatures(text: string): Features {
  const words = extractWords(text);
  return {
    words,
    letters: countLetters(words),
    functionWords: countFunctionWords(words),
    endings: countEndings(words),
  };
}
