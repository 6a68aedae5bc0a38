// Words that stand for a number in a translation: ordinals 1–20 in German and Polish (every case and
// gender), month names as they appear in dates, Roman numerals (Polish writes centuries as "XXI wiek").

/** Polish ordinal stems for 1.–20. */
const PL_STEMS = [
  'pierwsz', 'drug', 'trzec', 'czwart', 'piąt', 'szóst', 'siódm', 'ósm', 'dziewiąt', 'dziesiąt',
  'jedenast', 'dwunast', 'trzynast', 'czternast', 'piętnast', 'szesnast', 'siedemnast', 'osiemnast',
  'dziewiętnast', 'dwudziest',
] as const;

/** Adjective endings: nom. m/f/n, gen., dat., acc./instr. f, gen./dat./loc. f, instr./loc. m/n, pl. gen./loc., pl. instr. */
const HARD_ENDINGS = ['y', 'a', 'e', 'ego', 'emu', 'ą', 'ej', 'ym', 'ych', 'ymi'];
/** drug-: drugi, druga, drugie, drugiego … */
const VELAR_ENDINGS = ['i', 'a', 'ie', 'iego', 'iemu', 'ą', 'iej', 'im', 'ich', 'imi'];
/** trzec-: trzeci, trzecia, trzecie, trzeciego … */
const SOFT_ENDINGS = ['i', 'ia', 'ie', 'iego', 'iemu', 'ią', 'iej', 'im', 'ich', 'imi'];
/** Masculine personal plural: pierwsi uczestnicy, drudzy … */
const PL_VIRILE = [
  'pierwsi', 'drudzy', 'trzeci', 'czwarci', 'piąci', 'szóści', 'siódmi', 'ósmi', 'dziewiąci', 'dziesiąci',
  'jedenaści', 'dwunaści', 'trzynaści', 'czternaści', 'piętnaści', 'szesnaści', 'siedemnaści', 'osiemnaści',
  'dziewiętnaści', 'dwudzieści',
];

/** Every inflected Polish ordinal word for 1–20, lower-cased, with its number. */
export const POLISH_ORDINALS: ReadonlyMap<string, number> = (() => {
  const forms = new Map<string, number>();
  PL_STEMS.forEach((stem, index) => {
    const endings = stem === 'drug' ? VELAR_ENDINGS : stem === 'trzec' ? SOFT_ENDINGS : HARD_ENDINGS;
    for (const ending of endings) forms.set(stem + ending, index + 1);
  });
  PL_VIRILE.forEach((word, index) => forms.set(word, index + 1));
  return forms;
})();

/** German ordinal stems for 1.–20. (erste, zweiten, dritter, vierten …). */
const DE_STEMS = [
  'erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt', 'zehnt', 'elft', 'zwölft',
  'dreizehnt', 'vierzehnt', 'fünfzehnt', 'sechzehnt', 'siebzehnt', 'achtzehnt', 'neunzehnt', 'zwanzigst',
];

export const GERMAN_ORDINALS: ReadonlyMap<string, number> = (() => {
  const forms = new Map<string, number>();
  const stems: [string, number][] = [...DE_STEMS.map((stem, index): [string, number] => [stem, index + 1]), ['siebent', 7]];
  for (const [stem, value] of stems) for (const ending of ['e', 'er', 'en', 'em', 'es']) forms.set(stem + ending, value);
  return forms;
})();

/** Month names in dates ("31. Januar", "31 stycznia"), lower-cased, with the month number. */
export const GERMAN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1], ['jänner', 1], ['jan', 1], ['februar', 2], ['feber', 2], ['feb', 2], ['febr', 2],
  ['märz', 3], ['mär', 3], ['mrz', 3], ['april', 4], ['apr', 4], ['mai', 5], ['juni', 6], ['jun', 6],
  ['juli', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['okt', 10], ['november', 11], ['nov', 11], ['dezember', 12], ['dez', 12],
]);

/** The German month names above that are abbreviations (written with a dot: "1. Okt. 2019"). */
export const GERMAN_MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'febr', 'mär', 'mrz', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
]);

/** Polish month names in the genitive, as dates use them ("31 stycznia 2019"). */
export const POLISH_MONTHS: ReadonlyMap<string, number> = new Map([
  ['stycznia', 1], ['lutego', 2], ['marca', 3], ['kwietnia', 4], ['maja', 5], ['czerwca', 6], ['lipca', 7],
  ['sierpnia', 8], ['września', 9], ['października', 10], ['listopada', 11], ['grudnia', 12],
]);

/** Upper-case Roman numerals II–XXX (a lone "I" is too often a word). */
export function romanValue(word: string): number | null {
  if (!/^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u.test(word) || word.length < 2) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const value = values[word[i] as string] as number;
    const next = values[word[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
