import { readFileSync } from 'fs';
import { join } from 'path';
import { GERMAN_TRAINING } from '../../../server/domain/language/data/de';
import { CZECH_TRAINING, ENGLISH_TRAINING, FRENCH_TRAINING } from '../../../server/domain/language/data/others';
import { POLISH_TRAINING } from '../../../server/domain/language/data/pl';
import {
  IDENTIFY_SAMPLE_CHARS,
  identificationSample,
  identifyLanguage,
  identifyLanguageDetailed,
  type IdentifiedLanguage,
} from '../../../server/domain/language/identify';

const FIXTURES = join(__dirname, '../../fixtures/language');
const LANGUAGES: IdentifiedLanguage[] = ['de', 'pl', 'other', 'neutral'];

function fixture(lang: IdentifiedLanguage): string[] {
  return readFileSync(join(FIXTURES, `${lang}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
}

const isShort = (line: string) => line.trim().split(/\s+/).length <= 3;

describe('identifyLanguage', () => {
  it.each<[string, IdentifiedLanguage]>([
    // nothing to judge
    ['31.01.2019', 'neutral'],
    ['AZ 12-3/2019', 'neutral'],
    ['https://www.goerlitz.de/rathaus', 'neutral'],
    ['presse@goerlitz.de', 'neutral'],
    ['+49 3581 67-0', 'neutral'],
    ['Görlitz', 'neutral'],
    ['Jelenia Góra', 'neutral'],
    ['Görlitz – Zgorzelec, 12.03.2024', 'neutral'],
    ['{1}2024{/1}', 'neutral'],
    ['– * –', 'neutral'],
    ['', 'neutral'],
    // names the other language translates are words
    ['Dresden', 'de'],
    // short German, and short segments without strong evidence stay German
    ['Kontakt', 'de'],
    ['Ansprechpartner', 'de'],
    ['Termin', 'de'],
    ['Ort:', 'de'],
    ['Programm', 'de'],
    ['§ 34 Abs. 2', 'de'],
    ['Miejsce:', 'de'],
    ['Data:', 'de'],
    // short Polish with strong evidence
    ['Informacja prasowa', 'pl'],
    ['Osoba kontaktowa', 'pl'],
    ['Ogłoszenie', 'pl'],
    ['Data i godzina', 'pl'],
    ['Dziękujemy za uwagę.', 'pl'],
    ['Finansowanie', 'pl'],
    // a Polish name alone reads as Polish (letter + n-grams): harmless, a name needs no translation
    ['Rafał Gronicz', 'pl'],
    // sentences
    ['Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', 'de'],
    ['Die Delegation aus Jelenia Góra und Bolesławiec besuchte Görlitz.', 'de'],
    ['Sehr geehrte Frau Kowalska, vielen Dank für Ihre Nachricht.', 'de'],
    ['Bitte lesen Sie die {1}Hinweise zum Datenschutz{/1} sorgfältig.', 'de'],
    ['Wnioski należy składać do 15 maja.', 'pl'],
    ['Pan Müller z Görlitz powiedział, że jest zadowolony.', 'pl'],
    ['Przed wypełnieniem prosimy zapoznać się z {1}klauzulą informacyjną{/1}.', 'pl'],
    ['Burmistrz Görlitz i burmistrz Zgorzelca podpisali umowę.', 'pl'],
    // other languages, only when clear
    ['The town council will meet again next Tuesday in the town hall.', 'other'],
    ['Městská rada schválila nový územní plán.', 'other'],
    ['Le conseil municipal se réunira mardi prochain.', 'other'],
    ['Contact us', 'de'],
    ['Otevírací doba', 'de'],
  ])('%j → %s', (text, expected) => {
    expect(identifyLanguage(text)).toBe(expected);
  });

  it('ignores placeholders: a segment of placeholders and a number is neutral', () => {
    expect(identifyLanguage('{1}{/1} {2/} 12')).toBe('neutral');
  });

  it('keeps the document language for short segments of a Polish document', () => {
    expect(identifyLanguage('Termin', { documentLanguage: 'pl' })).toBe('pl');
    expect(identifyLanguage('Kontakt', { documentLanguage: 'pl' })).toBe('pl');
    expect(identifyLanguage('Pressemitteilung', { documentLanguage: 'pl' })).toBe('de');
    expect(identifyLanguage('Die Stadtverwaltung', { documentLanguage: 'pl' })).toBe('de');
  });

  it('decides long segments by their scores whatever the document language', () => {
    const german = 'Die Teilnahme an dem Workshop ist kostenlos.';
    const polish = 'Udział w warsztatach jest bezpłatny.';
    expect(identifyLanguage(german, { documentLanguage: 'pl' })).toBe('de');
    expect(identifyLanguage(polish, { documentLanguage: 'de' })).toBe('pl');
  });
});

describe('identifyLanguageDetailed', () => {
  it('explains a neutral segment', () => {
    const result = identifyLanguageDetailed('AZ 12-3/2019, Görlitz');
    expect(result).toMatchObject({ language: 'neutral', reason: 'no_words', words: [], points: null, scores: null });
  });

  it('counts the points of a short segment', () => {
    const result = identifyLanguageDetailed('Osoba kontaktowa');
    expect(result.language).toBe('pl');
    expect(result.reason).toBe('short_evidence');
    expect(result.words).toEqual(['osoba', 'kontaktowa']);
    expect(result.endings).toEqual({ de: 0, pl: 1 });
    expect(result.points).toEqual({ for: 3, against: 0 });
  });

  it('keeps German when the Polish evidence is a single letter', () => {
    const result = identifyLanguageDetailed('Ważne!');
    expect(result).toMatchObject({ language: 'de', reason: 'short_default', points: { for: 1, against: 0 } });
    expect(result.letters.pl).toBe(1);
  });

  it('gives the evidence of a long segment', () => {
    const result = identifyLanguageDetailed('Die Delegation aus Jelenia Góra und Bolesławiec besuchte Görlitz.');
    expect(result.language).toBe('de');
    expect(result.reason).toBe('scores');
    // the shared names are removed before judging
    expect(result.words).toEqual(['die', 'delegation', 'aus', 'und', 'besuchte']);
    expect(result.functionWords.de).toBe(3);
    expect(result.letters).toEqual({ pl: 0, de: 0, other: 0 });
    const scores = result.scores as { de: number; pl: number; other: number };
    expect(scores.de).toBeGreaterThan(scores.pl);
    expect(scores.de).toBeGreaterThan(scores.other);
  });

  it('names the other language only with its own evidence', () => {
    const result = identifyLanguageDetailed('The results of the survey will be published in the autumn.');
    expect(result.language).toBe('other');
    expect(result.reason).toBe('other_language');
    expect(result.functionWords.en).toBe(6); // the ×3, of, will, be ("in" is German's too)
  });
});

describe('identifyLanguage over tests/fixtures/language', () => {
  const results = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const lines = fixture(lang);
      const wrong = lines.filter((line) => identifyLanguage(line) !== lang);
      const short = lines.filter(isShort);
      return [lang, { total: lines.length, wrong, short: short.length, shortWrong: short.filter((l) => wrong.includes(l)) }];
    }),
  );

  it('has at least 150 German and 150 Polish lines with 40+ short ones, 30 other and 30 neutral', () => {
    expect(results.de?.total).toBe(152);
    expect(results.de?.short).toBe(44);
    expect(results.pl?.total).toBe(159);
    expect(results.pl?.short).toBe(45);
    expect(results.other?.total).toBe(30);
    expect(results.neutral?.total).toBe(31);
  });

  it('evaluates on sentences the n-gram profiles were not built from', () => {
    const training = new Set([...GERMAN_TRAINING, ...POLISH_TRAINING, ...ENGLISH_TRAINING, ...CZECH_TRAINING, ...FRENCH_TRAINING]);
    const overlap = LANGUAGES.flatMap(fixture).filter((line) => training.has(line));
    expect(overlap).toEqual([]);
  });

  it('recognises every German line (152/152, short 44/44)', () => {
    expect(results.de?.wrong).toEqual([]);
  });

  it('recognises 152/159 Polish lines; the misses are short segments kept German for lack of evidence', () => {
    expect(results.pl?.wrong).toEqual([
      'Miejsce:',
      'Data:',
      'Godzina:',
      'Perspektywy',
      'Obecni:',
      'Ważne!',
      'Regulamin konkursu',
    ]);
    expect(results.pl?.shortWrong).toHaveLength(7); // short: 38/45
  });

  it('recognises 29/30 other-language lines (Dutch is too close to German for the conservative rule)', () => {
    expect(results.other?.wrong).toEqual(['De gemeente heeft besloten om het oude stadhuis te renoveren.']);
  });

  it('recognises every neutral line (31/31)', () => {
    expect(results.neutral?.wrong).toEqual([]);
  });
});

describe('identificationSample: a long text is judged by windows spread over all of it', () => {
  const german = 'Der Landkreis Görlitz fördert die Vereine an der Neiße und ihre Projekte. ';
  const polish = 'Powiat zgorzelecki wspiera stowarzyszenia nad Nysą i ich projekty. ';

  it('keeps a text up to IDENTIFY_SAMPLE_CHARS whole', () => {
    const text = german.repeat(Math.floor(IDENTIFY_SAMPLE_CHARS / german.length));
    expect(identificationSample(text)).toBe(text);
  });

  it('takes ten windows of whole words from the start to the end of a longer text, at most IDENTIFY_SAMPLE_CHARS', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' ');
    const sample = identificationSample(text);
    const words = sample.split(' ');

    expect(sample.length).toBeLessThanOrEqual(IDENTIFY_SAMPLE_CHARS);
    expect(words[0]).toBe('w0');
    expect(words.at(-1)).toBe('w19999');
    expect(words.every((word) => /^w\d+$/.test(word))).toBe(true); // no word cut in two
    // A window in every tenth of the text.
    const tenths = new Set(words.map((word) => Math.floor(Number(word.slice(1)) / 2_000)));
    expect([...tenths].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('judges a long paragraph by its majority wherever it stands, as the whole text would be judged', () => {
    const mostlyPolish = german.repeat(200) + polish.repeat(3_000);
    const mostlyGerman = polish.repeat(200) + german.repeat(3_000);

    expect(mostlyPolish.length).toBeGreaterThan(IDENTIFY_SAMPLE_CHARS * 5);
    expect([identifyLanguage(mostlyPolish), identifyLanguage(mostlyGerman)]).toEqual(['pl', 'de']);
  });
});
