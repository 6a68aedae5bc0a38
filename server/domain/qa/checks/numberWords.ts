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

// Cardinal numbers, multipliers and fractions written as words. A translation writes "zwei" as "2",
// "dreifach" as "3-krotnie", "eineinhalb" as "1,5" and the other way round; these words are optional
// items (numberExtraction.ts): they cover a figure on the other side but are never reported missing.
// Values are atoms as numberExtraction writes them ("2", "0,5").

const GERMAN_CARDINAL_LIST: [string, number][] = [
  ['null', 0], ['eins', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8],
  ['neun', 9], ['zehn', 10], ['elf', 11], ['zwölf', 12], ['dreizehn', 13], ['vierzehn', 14], ['fünfzehn', 15],
  ['sechzehn', 16], ['siebzehn', 17], ['achtzehn', 18], ['neunzehn', 19], ['zwanzig', 20], ['dreißig', 30], ['vierzig', 40],
  ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90], ['hundert', 100], ['einhundert', 100],
  ['tausend', 1000], ['eintausend', 1000],
];

/** Endings of German compounds that start with a number: "zweimal", "dreifache", "dreijährige", "zweitägig". */
const GERMAN_COMPOUND_ENDINGS =
  /^(?:mal|malig\p{L}*|fach\p{L}*|jährig\p{L}*|tägig\p{L}*|stündig\p{L}*|minütig\p{L}*|wöchig\p{L}*|monatig\p{L}*|köpfig\p{L}*|stöckig\p{L}*|sprachig\p{L}*|spurig\p{L}*|teilig\p{L}*|stufig\p{L}*|seitig\p{L}*|zimmer\p{L}*|jahres\p{L}*)$/u;

const GERMAN_SPECIAL: [string, string][] = [
  ['beide', '2'], ['beiden', '2'], ['beider', '2'], ['doppelt', '2'], ['doppelte', '2'], ['doppelten', '2'], ['verdoppelt', '2'],
  ['dutzend', '12'], ['einmal', '1'], ['halb', '0,5'], ['halbe', '0,5'], ['halben', '0,5'], ['halbes', '0,5'],
  ['eineinhalb', '1,5'], ['anderthalb', '1,5'], ['zweieinhalb', '2,5'], ['dreieinhalb', '3,5'], ['viereinhalb', '4,5'],
];

/** German verbs of multiplying: "verdreifacht", "vervierfachen". */
const GERMAN_MULTIPLIED = /^ver(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)fach\p{L}*$/u;

const POLISH_CARDINAL_FORMS: [string[], number][] = [
  [['zero'], 0], [['jeden', 'jedna', 'jedno', 'jednego', 'jednej', 'jedną', 'jednemu', 'jednym', 'raz'], 1],
  [['dwa', 'dwie', 'dwóch', 'dwu', 'dwom', 'dwoma', 'dwoje', 'dwojga', 'obaj', 'obie', 'oba', 'obu', 'obydwa', 'obydwie', 'obojga', 'oboje'], 2],
  [['trzy', 'trzech', 'trzem', 'trzema', 'troje', 'trojga'], 3], [['cztery', 'czterech', 'czterem', 'czterema', 'czworo', 'czworga'], 4],
  [['pięć', 'pięciu', 'pięcioma', 'pięcioro'], 5], [['sześć', 'sześciu', 'sześcioma', 'sześcioro'], 6],
  [['siedem', 'siedmiu', 'siedmioma'], 7], [['osiem', 'ośmiu', 'ośmioma'], 8], [['dziewięć', 'dziewięciu', 'dziewięcioma'], 9],
  [['dziesięć', 'dziesięciu', 'dziesięcioma'], 10], [['jedenaście', 'jedenastu'], 11], [['dwanaście', 'dwunastu'], 12],
  [['trzynaście', 'trzynastu'], 13], [['czternaście', 'czternastu'], 14], [['piętnaście', 'piętnastu'], 15],
  [['szesnaście', 'szesnastu'], 16], [['siedemnaście', 'siedemnastu'], 17], [['osiemnaście', 'osiemnastu'], 18],
  [['dziewiętnaście', 'dziewiętnastu'], 19], [['dwadzieścia', 'dwudziestu'], 20], [['trzydzieści', 'trzydziestu'], 30],
  [['czterdzieści', 'czterdziestu'], 40], [['pięćdziesiąt', 'pięćdziesięciu'], 50], [['sześćdziesiąt', 'sześćdziesięciu'], 60],
  [['siedemdziesiąt', 'siedemdziesięciu'], 70], [['osiemdziesiąt', 'osiemdziesięciu'], 80],
  [['dziewięćdziesiąt', 'dziewięćdziesięciu'], 90], [['sto', 'stu'], 100], [['tysiąc', 'tysiąca'], 1000],
];

const POLISH_SPECIAL: [string, string][] = [
  ['pół', '0,5'], ['półtora', '1,5'], ['półtorej', '1,5'], ['podwoić', '2'], ['podwoiła', '2'], ['podwoił', '2'],
  ['podwoiło', '2'], ['podwoiły', '2'], ['potroić', '3'], ['potroiła', '3'], ['potroił', '3'], ['potroiły', '3'],
];

/** Polish compounds that start with a number: "dwukrotnie", "trzyletnie", "czteroosobowy", "dwujęzyczny". */
const POLISH_COMPOUND_PREFIXES: [string, number][] = [
  ['dwu', 2], ['trzy', 3], ['cztero', 4], ['pięcio', 5], ['sześcio', 6], ['siedmio', 7], ['ośmio', 8], ['dziewięcio', 9],
  ['dziesięcio', 10], ['jedenasto', 11], ['dwunasto', 12], ['piętnasto', 15], ['dwudziesto', 20], ['stu', 100],
];
const POLISH_COMPOUND_ENDINGS =
  /^(?:krotn\p{L}*|letni\p{L}*|leci\p{L}*|dniow\p{L}*|godzinn\p{L}*|minutow\p{L}*|tygodniow\p{L}*|miesięczn\p{L}*|osobow\p{L}*|języczn\p{L}*|piętrow\p{L}*|pasmow\p{L}*|etapow\p{L}*|częściow\p{L}*|stopniow\p{L}*|pokojow\p{L}*)$/u;

const GERMAN_WORDS: ReadonlyMap<string, string> = new Map([
  ...GERMAN_CARDINAL_LIST.map(([word, value]): [string, string] => [word, String(value)]),
  ...GERMAN_SPECIAL,
]);
const POLISH_WORDS: ReadonlyMap<string, string> = new Map([
  ...POLISH_CARDINAL_FORMS.flatMap(([forms, value]) => forms.map((form): [string, string] => [form, String(value)])),
  ...POLISH_SPECIAL,
]);
/** German number stems, longest first, so "achtzig" is not read as "acht" + "zig". */
const GERMAN_STEMS = [...GERMAN_CARDINAL_LIST].sort((a, b) => b[0].length - a[0].length);

/** The value of a German number word, multiplier or fraction word (lower case), or null. */
export function germanCardinalValue(word: string): string | null {
  const direct = GERMAN_WORDS.get(word);
  if (direct !== undefined) return direct;
  const multiplied = GERMAN_MULTIPLIED.exec(word);
  if (multiplied) return GERMAN_WORDS.get(multiplied[1] as string) ?? null;
  for (const [stem, value] of GERMAN_STEMS) {
    if (word.startsWith(stem) && GERMAN_COMPOUND_ENDINGS.test(word.slice(stem.length))) return String(value);
  }
  return null;
}

/** The value of a Polish number word (any case), multiplier or fraction word (lower case), or null. */
export function polishCardinalValue(word: string): string | null {
  const direct = POLISH_WORDS.get(word);
  if (direct !== undefined) return direct;
  for (const [prefix, value] of POLISH_COMPOUND_PREFIXES) {
    if (word.startsWith(prefix) && POLISH_COMPOUND_ENDINGS.test(word.slice(prefix.length))) return String(value);
  }
  return null;
}

/** Polish decades as words after "lata": "lata dziewięćdziesiąte", "w latach trzydziestych" → "90", "30". */
export function polishDecadeValue(word: string): string | null {
  const match = /^(dwudziest|trzydziest|czterdziest|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt)(?:e|ych|ymi|ym)$/u.exec(word);
  if (!match) return null;
  const tens = ['dwudziest', 'trzydziest', 'czterdziest', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt'];
  return String((tens.indexOf(match[1] as string) + 2) * 10);
}

/** Vulgar fraction characters and their values as decimal atoms. */
export const FRACTION_VALUES: ReadonlyMap<string, number> = new Map([
  ['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3], ['⅕', 0.2], ['⅛', 0.125], ['⅜', 0.375], ['⅝', 0.625], ['⅞', 0.875],
]);
