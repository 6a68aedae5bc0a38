// Polish target matching: every case form, singular and plural, of real terms of the Saxon–Lower
// Silesian border region satisfies the term; other words and other orders do not.
import {
  findPolishTerm,
  forbiddenVariantsIn,
  polishStem,
  stemsAgree,
  targetContainsTerm,
} from '../../../server/domain/glossary';

type Declension = [label: string, form: string][];

/** The seven cases, singular then plural: nominative, genitive, dative, accusative, instrumental, locative, vocative. */
const CASES = ['Nom', 'Gen', 'Dat', 'Acc', 'Inst', 'Loc', 'Voc'];
const declension = (singular: string[], plural: string[]): Declension => [
  ...singular.map((form, i): [string, string] => [`sg ${CASES[i]}`, form]),
  ...plural.map((form, i): [string, string] => [`pl ${CASES[i]}`, form]),
];

const TABLES: Record<string, Declension> = {
  'Województwo Dolnośląskie': declension(
    [
      'Województwo Dolnośląskie',
      'Województwa Dolnośląskiego',
      'Województwu Dolnośląskiemu',
      'Województwo Dolnośląskie',
      'Województwem Dolnośląskim',
      'Województwie Dolnośląskim',
      'Województwo Dolnośląskie',
    ],
    [
      'województwa dolnośląskie',
      'województw dolnośląskich',
      'województwom dolnośląskim',
      'województwa dolnośląskie',
      'województwami dolnośląskimi',
      'województwach dolnośląskich',
      'województwa dolnośląskie',
    ],
  ),
  // The name of the river stays in the nominative as an apposition; its own forms are the next table.
  'Euroregion Nysa': declension(
    ['Euroregion Nysa', 'Euroregionu Nysa', 'Euroregionowi Nysa', 'Euroregion Nysa', 'Euroregionem Nysa', 'Euroregionie Nysa', 'Euroregionie Nysa'],
    ['euroregiony Nysa', 'euroregionów Nysa', 'euroregionom Nysa', 'euroregiony Nysa', 'euroregionami Nysa', 'euroregionach Nysa', 'euroregiony Nysa'],
  ),
  Nysa: declension(['Nysa', 'Nysy', 'Nysie', 'Nysę', 'Nysą', 'Nysie', 'Nyso'], ['Nysy', 'Nys', 'Nysom', 'Nysy', 'Nysami', 'Nysach', 'Nysy']),
  'powiat zgorzelecki': declension(
    [
      'powiat zgorzelecki',
      'powiatu zgorzeleckiego',
      'powiatowi zgorzeleckiemu',
      'powiat zgorzelecki',
      'powiatem zgorzeleckim',
      'powiecie zgorzeleckim',
      'powiecie zgorzelecki',
    ],
    [
      'powiaty zgorzeleckie',
      'powiatów zgorzeleckich',
      'powiatom zgorzeleckim',
      'powiaty zgorzeleckie',
      'powiatami zgorzeleckimi',
      'powiatach zgorzeleckich',
      'powiaty zgorzeleckie',
    ],
  ),
  'fundusz małych projektów': declension(
    ['fundusz', 'funduszu', 'funduszowi', 'fundusz', 'funduszem', 'funduszu', 'funduszu'].map((f) => `${f} małych projektów`),
    ['fundusze', 'funduszy', 'funduszom', 'fundusze', 'funduszami', 'funduszach', 'fundusze'].map((f) => `${f} małych projektów`),
  ),
  'współpraca transgraniczna': declension(
    [
      'współpraca transgraniczna',
      'współpracy transgranicznej',
      'współpracy transgranicznej',
      'współpracę transgraniczną',
      'współpracą transgraniczną',
      'współpracy transgranicznej',
      'współpraco transgraniczna',
    ],
    [
      'współprace transgraniczne',
      'współprac transgranicznych',
      'współpracom transgranicznym',
      'współprace transgraniczne',
      'współpracami transgranicznymi',
      'współpracach transgranicznych',
      'współprace transgraniczne',
    ],
  ),
  'urząd marszałkowski': declension(
    [
      'urząd marszałkowski',
      'urzędu marszałkowskiego',
      'urzędowi marszałkowskiemu',
      'urząd marszałkowski',
      'urzędem marszałkowskim',
      'urzędzie marszałkowskim',
      'urzędzie marszałkowski',
    ],
    [
      'urzędy marszałkowskie',
      'urzędów marszałkowskich',
      'urzędom marszałkowskim',
      'urzędy marszałkowskie',
      'urzędami marszałkowskimi',
      'urzędach marszałkowskich',
      'urzędy marszałkowskie',
    ],
  ),
  gmina: declension(['gmina', 'gminy', 'gminie', 'gminę', 'gminą', 'gminie', 'gmino'], ['gminy', 'gmin', 'gminom', 'gminy', 'gminami', 'gminach', 'gminy']),
  // The plural is grammatical only (there is one Free State), but the forms must still match.
  'Wolne Państwo Saksonia': declension(
    [
      'Wolne Państwo Saksonia',
      'Wolnego Państwa Saksonii',
      'Wolnemu Państwu Saksonii',
      'Wolne Państwo Saksonię',
      'Wolnym Państwem Saksonią',
      'Wolnym Państwie Saksonii',
      'Wolne Państwo Saksonio',
    ],
    [
      'Wolne Państwa Saksonie',
      'Wolnych Państw Saksonii',
      'Wolnym Państwom Saksoniom',
      'Wolne Państwa Saksonie',
      'Wolnymi Państwami Saksoniami',
      'Wolnych Państwach Saksoniach',
      'Wolne Państwa Saksonie',
    ],
  ),
};

describe('targetContainsTerm: every case form satisfies the term', () => {
  for (const [term, forms] of Object.entries(TABLES)) {
    describe(term, () => {
      test.each(forms)('%s: %s', (_label, form) => {
        expect(targetContainsTerm(`Mowa o: ${form}, co ustalono.`, term, false)).toBe(true);
      });
    });
  }

  test.each([
    ['the genitive with the name in the nominative', 'Wolne Państwo Saksonia', 'Rząd Wolnego Państwa Saksonia zaprasza.'],
    ['lower case of a capitalized term', 'Województwo Dolnośląskie', 'w województwie dolnośląskim'],
    ['the virile plural of an adjective (k → c)', 'zgorzelecki', 'zgorzeleccy radni'],
    ['a placeholder between the words', 'urząd marszałkowski', 'do {1}urzędu{/1} marszałkowskiego'],
    ['a hyphen between the words', 'Euroregion Nysa', 'Euroregion-Nysa'],
    ['ó → o in the stem', 'Kraków', 'do Krakowa'],
    ['an alternation t → c', 'projekt', 'w projekcie'],
    ['a fleeting e', 'Zgorzelec', 'burmistrz Zgorzelca'],
    ['ń before an ending', 'Poznań', 'w Poznaniu'],
  ])('satisfied: %s', (_label, term, target) => {
    expect(targetContainsTerm(target, term, false)).toBe(true);
  });

  test.each([
    ['an adjective of the same root', 'gmina', 'budżet gminny'],
    ['another adjective with the noun', 'urząd marszałkowski', 'urząd wojewódzki'],
    ['another voivodeship', 'Województwo Dolnośląskie', 'województwo opolskie'],
    ['the words in the other order', 'Województwo Dolnośląskie', 'dolnośląskie województwo'],
    ['punctuation between the words', 'współpraca transgraniczna', 'współpraca, transgraniczna'],
    ['another word between the words', 'Euroregion Nysa', 'Euroregion Sprewa-Nysa-Bóbr'],
    ['only part of the term', 'Wolne Państwo Saksonia', 'Saksonia'],
    ['a prefix of a word', 'gmina', 'gminnych'],
    ['a short word is compared whole', 'ul', 'ulica'],
    ['no target words', 'gmina', '{1/}'],
  ])('not satisfied: %s', (_label, term, target) => {
    expect(targetContainsTerm(target, term, false)).toBe(false);
  });

  test('a case-sensitive term wants its capitals, in every case form', () => {
    expect(targetContainsTerm('w Województwie Dolnośląskim', 'Województwo Dolnośląskie', true)).toBe(true);
    expect(targetContainsTerm('w województwie dolnośląskim', 'Województwo Dolnośląskie', true)).toBe(false);
    expect(targetContainsTerm('w Województwie dolnośląskim', 'Województwo Dolnośląskie', true)).toBe(false);
    expect(targetContainsTerm('w województwie dolnośląskim', 'Województwo Dolnośląskie', false)).toBe(true);
  });
});

describe('polishStem', () => {
  test.each([
    ['gmina', 'gmin'],
    ['Nysie', 'Nys'],
    ['urzędu', 'urzęd'],
    ['Dolnośląskiego', 'Dolnośląsk'],
    ['Saksoniami', 'Sakson'],
    ['Euroregionowi', 'Euroregion'],
    ['województw', 'województw'],
    ['ulica', 'ulic'],
    ['okręgu', 'okręg'],
    ['okręgiem', 'okręg'],
    ['okręgach', 'okręg'],
    ['gminą', 'gmin'],
    ['województwie', 'województw'],
    ['Województwa', 'Województw'],
    ['land', 'land'],
    // the floor: three letters stay
    ['oko', 'oko'],
    ['Nys', 'Nys'],
  ])('%s → %s', (word, stem) => {
    expect(polishStem(word)).toBe(stem);
  });

  test.each([
    ['powiat', 'powiec', true],
    ['urząd', 'urzędz', true],
    ['urząd', 'urzęd', true],
    ['gmin', 'gminn', false],
    ['powiat', 'powiatow', false],
  ])('stemsAgree(%s, %s) is %s', (a, b, agree) => {
    expect(stemsAgree(a, b, false)).toBe(agree);
  });
});

describe('findPolishTerm', () => {
  test('returns each occurrence as written, with offsets', () => {
    const text = 'Gminy i powiaty: gmina Zgorzelec, gminie Bogatynia.';
    expect(findPolishTerm(text, 'gmina', false)).toEqual([
      { start: 0, end: 5, text: 'Gminy' },
      { start: 17, end: 22, text: 'gmina' },
      { start: 34, end: 40, text: 'gminie' },
    ]);
  });

  test('finds a phrase only as whole consecutive words', () => {
    expect(findPolishTerm('Rada gminy miejskiej obraduje.', 'gmina miejska', false)).toEqual([{ start: 5, end: 20, text: 'gminy miejskiej' }]);
    expect(findPolishTerm('Gmina i miejska rada.', 'gmina miejska', false)).toEqual([]);
  });
});

describe('forbiddenVariantsIn', () => {
  test('finds forbidden variants in any case form, with the variant they stand for', () => {
    const target = 'Projekt wspiera Kraj Związkowy Saksonii oraz Dolny Śląsk.';
    expect(forbiddenVariantsIn(target, ['Kraj Związkowy Saksonia', 'Dolny Śląsk'])).toEqual([
      { variant: 'Kraj Związkowy Saksonia', start: 16, end: 39, text: 'Kraj Związkowy Saksonii' },
      { variant: 'Dolny Śląsk', start: 45, end: 56, text: 'Dolny Śląsk' },
    ]);
  });

  test('ignores case', () => {
    expect(forbiddenVariantsIn('w kraju związkowym saksonii', ['Kraj Związkowy Saksonia']).map((h) => h.text)).toEqual(['kraju związkowym saksonii']);
  });

  test('does not count a variant inside the approved term', () => {
    const target = 'Wolne Państwo Saksonia i Saksonia.';
    expect(forbiddenVariantsIn(target, ['Saksonia'], { term: 'Wolne Państwo Saksonia', caseSensitive: false })).toEqual([
      { variant: 'Saksonia', start: 25, end: 33, text: 'Saksonia' },
    ]);
  });

  test('returns nothing when no variant is used', () => {
    expect(forbiddenVariantsIn('Wolne Państwo Saksonia', ['Kraj Związkowy Saksonia'])).toEqual([]);
  });
});
