// Finds the numbers of a German or Polish text and reduces each to comparable atoms, so that
// "1.000,5" = "1 000,5" = "1000,5", "31. Januar 2019" = "31.01.2019" = "31 stycznia 2019",
// "10.30 Uhr" = "10:30", "10 Uhr" = "10:00", "5 %" = "5%", "12½" = "12,5", "80.000" = "80 tys.", "1990er" =
// "lat 90." = "lata dziewięćdziesiąte"; number words ("zwei", "dreifach", "dwukrotnie", "pół") cover figures.
import { proseOf, rememberedPerText } from '../text';
import {
  FRACTION_VALUES,
  GERMAN_MONTH_ABBREVIATIONS,
  GERMAN_MONTHS,
  GERMAN_ORDINALS,
  POLISH_MONTHS,
  POLISH_ORDINALS,
  germanCardinalValue,
  polishCardinalValue,
  polishDecadeValue,
  romanValue,
} from './numberWords';

export type NumberLanguage = 'de' | 'pl';

export interface NumberItem {
  /** The number as written, e.g. "1.000,5" or "31. Januar 2019". */
  text: string;
  /** Canonical values: "1000,5", "31", "2019", "10:30". A date's month is in `months`. */
  atoms: string[];
  months: number[];
  /** A word ("czwarte", "XXI", "zwei", "B178") that may stand for a number but is never reported as one. */
  optional: boolean;
  /**
   * A form a translation may render in words the check does not know ("die 1990er Jahre" → "ostatnia
   * dekada XX wieku"): reported, but never as an error.
   */
  doubtful?: boolean;
}

type Build = (m: RegExpExecArray) => Omit<NumberItem, 'text' | 'optional'> | null;

/** A decimal atom as the rules write it: comma, no trailing zeros ("2,5", "0,25", "12"). */
const decimalAtom = (value: number): string => String(Math.round(value * 1000) / 1000).replace('.', ',');
const FRACTIONS = [...FRACTION_VALUES.keys()].join('');
const LAT = '(?<=(?:^|[^\\p{L}])lat(?:a|ach|ami|om)?[ \\u00A0])';

const SPACE = '[ \\u00A0\\u2009\\u202F]';
const int = (digits: string): string => String(Number(digits));
const isDay = (d: string): boolean => Number(d) >= 1 && Number(d) <= 31;
const isMonth = (m: string): boolean => Number(m) >= 1 && Number(m) <= 12;

/** The month names as a regex alternation, longest first; an abbreviation takes its dot along. */
function monthNames(months: ReadonlyMap<string, number>): string {
  return [...months.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => (GERMAN_MONTH_ABBREVIATIONS.has(name) ? `${name}\\.?` : name))
    .join('|');
}

function rules(lang: NumberLanguage): [RegExp, Build][] {
  const months = lang === 'de' ? GERMAN_MONTHS : POLISH_MONTHS;
  const date = (day: string, month: number, year: string | undefined) => ({
    atoms: year === undefined ? [int(day)] : [int(day), int(year)],
    months: [month],
  });
  const thousandWords = lang === 'de' ? 'Tsd\\.|Tausend' : 'tys\\.|tysięcy|tysiące|tysiąca|tysiąc';
  return [
    // 1990er, 90er (-Jahre): a decade; Polish "lat 90.", "lata 90-te"
    ...(lang === 'de'
      ? ([[/(?:1\d|20)?(\d)0er(?![\p{L}\d])/uy, (m) => ({ atoms: [`decade:${m[1]}0`], months: [], doubtful: true })]] as [RegExp, Build][])
      : ([[new RegExp(`${LAT}(\\d)0(?:\\.|-(?:te|tych|tymi|ych))?(?!\\d)`, 'uy'), (m) => ({ atoms: [`decade:${m[1]}0`], months: [] })]] as [RegExp, Build][])),
    // 80.000 = 80 tys. = 80 Tausend
    [
      new RegExp(`(\\d{1,3}(?:,\\d+)?)${SPACE}?(?:${thousandWords})(?!\\p{L})`, 'uy'),
      (m) => ({ atoms: [decimalAtom(Number((m[1] as string).replace(',', '.')) * 1000)], months: [] }),
    ],
    // 12½, 12 ½, ½
    [
      new RegExp(`(\\d*)${SPACE}?([${FRACTIONS}])`, 'uy'),
      (m) => ({ atoms: [decimalAtom(Number(m[1] || 0) + (FRACTION_VALUES.get(m[2] as string) as number))], months: [] }),
    ],
    // Polish "2 i pół" = 2,5
    ...(lang === 'pl'
      ? ([[/(\d+)[ \u00A0]i[ \u00A0]pół(?!\p{L})/uy, (m) => ({ atoms: [`${Number(m[1])},5`], months: [] })]] as [RegExp, Build][])
      : []),
    // race times: 2:08:31, 3:12,45 (minutes, seconds and fractions)
    [/(\d{1,2}):(\d{2}):(\d{2})(?:[,.](\d+))?(?!\d)/y, (m) => ({ atoms: [`${Number(m[1])}:${m[2]}:${m[3]}${m[4] ? `,${m[4]}` : ''}`], months: [] })],
    [/(\d{1,2}):(\d{2})[,.](\d{1,3})(?!\d)/y, (m) => ({ atoms: [`${Number(m[1])}:${m[2]},${m[3]}`], months: [] })],
    // 2019-01-31
    [/(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, (m) => (isMonth(m[2]!) && isDay(m[3]!) ? date(m[3]!, Number(m[2]), m[1]) : null)],
    // 31.01.2019, 31.1.19, 31.01. (day and month, no year)
    [
      /(\d{1,2})\.(\d{1,2})\.(?:(?:[ \u00A0]?(\d{4}))|(\d{2}))?(?!\d)/y,
      (m) => (isDay(m[1]!) && isMonth(m[2]!) ? date(m[1]!, Number(m[2]), m[3] ?? m[4]) : null),
    ],
    // 31. Januar 2019, 31. Jan. 2019, 31 stycznia 2019
    [
      new RegExp(`(\\d{1,2})\\.?\\s*(${monthNames(months)})(?!\\p{L})(?:\\s+(\\d{4})(?!\\d))?`, 'iuy'),
      (m) => (isDay(m[1]!) ? date(m[1]!, months.get(m[2]!.toLowerCase().replace('.', '')) as number, m[3]) : null),
    ],
    // 10.30 (Uhr), 10:30; a full hour counts as the hour alone, so "10 Uhr" = "10:00"
    [
      /(\d{1,2})[.:](\d{2})(?![\d]|[.,]\d)/y,
      (m) =>
        Number(m[1]) <= 24 && Number(m[2]) <= 59
          ? { atoms: [m[2] === '00' ? int(m[1]!) : `${int(m[1]!)}:${m[2]}`], months: [] }
          : null,
    ],
    // 1.000,5 and 1 000,5 (normal, non-breaking, thin or narrow space)
    [/\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d]|\.\d)/y, (m) => ({ atoms: [m[0].replace(/\./g, '')], months: [] })],
    [new RegExp(`\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?(?!\\d)`, 'uy'), (m) => ({ atoms: [m[0].replace(/[ \u00A0\u2009\u202F]/gu, '')], months: [] })],
    // section numbers and other dotted figures: 3.5, 1.2.3
    [/\d+(?:\.\d+)+/y, (m) => ({ atoms: [m[0]], months: [] })],
    // 1000,5 and 4 (of "4."): a trailing dot is never part of a number
    [/\d+(?:,\d+)?/y, (m) => ({ atoms: [m[0]], months: [] })],
  ];
}

/** Ordinal and cardinal words, multipliers, fractions and Roman numerals that may stand for a number. */
function wordValue(word: string, lang: NumberLanguage, previous: string): string | null {
  const { ordinal, cardinal } = WORD_VALUES[lang](word);
  if (ordinal !== null) return ordinal;
  if (lang === 'pl' && /^lat(?:a|ach|ami|om)?$/u.test(previous)) {
    const decade = polishDecadeValue(word.toLowerCase());
    if (decade !== null) return `decade:${decade}`;
  }
  return cardinal;
}

interface WordValues {
  ordinal: string | null;
  cardinal: string | null;
}

/** What a word may stand for on its own, whatever comes before it. */
function wordValuesIn(lang: NumberLanguage): (word: string) => WordValues {
  return (word) => {
    const lower = word.toLowerCase(); // German and Polish lower-case as the default does (unlike Turkish)
    const ordinal = (lang === 'de' ? GERMAN_ORDINALS : POLISH_ORDINALS).get(lower) ?? romanValue(word);
    return { ordinal: ordinal === null ? null : String(ordinal), cardinal: lang === 'de' ? germanCardinalValue(lower) : polishCardinalValue(lower) };
  };
}

// Every word of every text asks for its values, and most words come again and again: each word's values
// are worked out once (the stems and endings of compounds are tried one by one).
const WORD_VALUES_KEPT = 50_000;
const WORD_VALUES: Record<NumberLanguage, (word: string) => WordValues> = {
  de: rememberedPerText(wordValuesIn('de'), WORD_VALUES_KEPT),
  pl: rememberedPerText(wordValuesIn('pl'), WORD_VALUES_KEPT),
};

const RULES: Record<NumberLanguage, [RegExp, Build][]> = { de: rules('de'), pl: rules('pl') };
const WORD = /[\p{L}\p{N}]+/uy;
/** Where a number or a word may start: the scan jumps there instead of testing every character. */
const NEXT_START = new RegExp(`[\\d\\p{L}${FRACTIONS}]`, 'gu');

/** The numbers of a text in order (placeholders, URLs and e-mail addresses are ignored). */
export function extractNumbers(text: string, lang: NumberLanguage): NumberItem[] {
  const prose = proseOf(text);
  const items: NumberItem[] = [];
  const numberRules = RULES[lang];
  let i = 0;
  let previousWord = '';
  while (i < prose.length) {
    NEXT_START.lastIndex = i;
    const start = NEXT_START.exec(prose);
    if (!start) break;
    i = start.index;
    const ch = start[0];
    if (/\d/u.test(ch) || FRACTION_VALUES.has(ch)) {
      for (const [re, build] of numberRules) {
        re.lastIndex = i;
        const m = re.exec(prose);
        const found = m && build(m);
        if (m && found) {
          items.push({ text: m[0].trim(), ...found, optional: false });
          previousWord = '';
          i += m[0].length;
          break;
        }
      }
    } else if (/\p{L}/u.test(ch)) {
      // a whole word: digits inside it (B178, COVID19) belong to a code, not to a number
      WORD.lastIndex = i;
      const word = (WORD.exec(prose) as RegExpExecArray)[0];
      const value = wordValue(word, lang, previousWord);
      if (value !== null) items.push({ text: word, atoms: [value], months: [], optional: true });
      // a code's digits (B178, S1) may stand for a number written apart on the other side ("Bundesstraße 178")
      else if (/\d/u.test(word)) items.push({ text: word, atoms: (word.match(/\d+/gu) ?? []).map(int), months: [], optional: true });
      previousWord = word.toLowerCase();
      i += word.length;
    }
  }
  return items;
}

/**
 * The items whose values the pool does not contain: numbers count (two 5s need two 5s), months
 * only need to occur (in "30 i 31 stycznia" one month serves two days). Optional items are not reported.
 */
export function uncoveredNumbers(items: NumberItem[], pool: NumberItem[]): NumberItem[] {
  const counts = new Map<string, number>();
  const months = new Set<number>();
  for (const item of pool) {
    for (const atom of item.atoms) counts.set(atom, (counts.get(atom) ?? 0) + 1);
    for (const month of item.months) months.add(month);
  }
  return items.filter((item) => {
    if (item.optional) return false;
    let covered = item.months.every((month) => months.has(month));
    for (const atom of item.atoms) {
      const left = counts.get(atom) ?? 0;
      if (left > 0) counts.set(atom, left - 1);
      else covered = false;
    }
    return !covered;
  });
}
