import { bandOf, fuzzyScore, type TmBand } from '../../../server/domain/tm';

const words = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => `wort${from + i}`).join(' ');

describe('tm fuzzyScore', () => {
  it.each<[string, string, string, number]>([
    ['identical text', 'Der Antrag wurde genehmigt.', 'Der Antrag wurde genehmigt.', 100],
    ['identical empty text', '', '', 100],
    ['a whitespace difference only', 'Der  Antrag wurde genehmigt.', 'Der Antrag wurde genehmigt.', 99],
    // case: 2 tenths per word
    ['one case difference in 4 words (raw 95)', 'Der Antrag wurde genehmigt.', 'der Antrag wurde genehmigt.', 95],
    ['one case difference in 10 words + period (raw 98)', `Die ${words(9)}.`, `die ${words(9)}.`, 98],
    ['a fully lower-cased sentence (raw 89, raised to 95)', 'Die Sitzung des Ausschusses findet am Montag im Rathaus Görlitz statt.', 'die sitzung des ausschusses findet am montag im rathaus görlitz statt.', 95],
    // punctuation: 5 tenths
    ['another final mark in 4 words (raw 88, raised to 95)', 'Der Antrag wurde genehmigt.', 'Der Antrag wurde genehmigt!', 95],
    ['a missing period in 4 words (raw 88, raised to 95)', 'Der Antrag wurde genehmigt.', 'Der Antrag wurde genehmigt', 95],
    ['another final mark in 20 words (raw 97)', `${words(20)}.`, `${words(20)}!`, 97],
    ['case and punctuation together (raw 84, raised to 95)', 'Der Antrag, wurde genehmigt.', 'der Antrag wurde genehmigt!', 95],
    // words
    ['one word different in a 10-word sentence', words(10), `${words(9)} anders`, 90],
    ['one word different in a 10-word sentence with a period', 'Die Stadt Görlitz fördert den Ausbau der Radwege im Landkreis.', 'Die Stadt Görlitz fördert den Ausbau der Gehwege im Landkreis.', 90],
    ['one word inserted into 10 words', words(10), `${words(5)} neu ${words(5, 5)}`, 90],
    ['two words transposed in 5', 'Der Antrag wurde heute genehmigt.', 'Der Antrag wurde genehmigt heute.', 63],
    ['nothing in common', 'Der Antrag wurde genehmigt.', 'Ganz etwas anderes hier.', 11],
    ['an empty query against a word', '', 'Antrag', 0],
    // numbers: 5 tenths, never 100
    ['a different date in 6 tokens + period', 'Die Sitzung findet am 31.01.2019 statt.', 'Die Sitzung findet am 30.01.2019 statt.', 92],
    ['a different amount in 30 words', `${words(30)} 1.000,50`, `${words(30)} 1.000,60`, 98],
    ['a different number in 200 words (raw 99.75)', `${words(200)} 7`, `${words(200)} 8`, 99],
    ['a number replaced by a word', 'Die Sitzung findet am 31.01.2019 statt.', 'Die Sitzung findet am Montag statt.', 84],
    // placeholders are tokens
    ['two placeholders missing', '{1}Hinweis{/1}: Antrag stellen.', 'Hinweis: Antrag stellen.', 66],
    ['placeholders renumbered', '{1}Hinweis{/1}', '{2}Hinweis{/2}', 33],
    ['a standalone placeholder added to 9 words', words(9), `${words(9)} {3/}`, 90],
  ])('%s: %j vs %j → %i', (_, query, candidate, expected) => {
    expect(fuzzyScore(query, candidate)).toBe(expected);
    expect(fuzzyScore(candidate, query)).toBe(expected);
  });

  it('keeps case-only and punctuation-only differences within 95–99', () => {
    const base = 'Der Landkreis Görlitz beantragt am 31.01.2019 Fördermittel für die Sanierung der Grundschule in Zgorzelec.';
    const variants = [base.toLowerCase(), base.toUpperCase(), base.replace(/\.$/, ''), base.replace(/ /g, ', '), `„${base}“`, base.replace('Görlitz', 'GÖRLITZ')];
    for (const variant of variants) {
      const score = fuzzyScore(base, variant);
      expect(score).toBeGreaterThanOrEqual(95);
      expect(score).toBeLessThanOrEqual(99);
    }
  });
});

describe('tm bandOf', () => {
  it.each<[number, boolean, TmBand | null]>([
    [100, true, '101'],
    [100, false, '100'],
    [99, false, '95-99'],
    [95, false, '95-99'],
    [94, false, '85-94'],
    [90, true, '85-94'],
    [85, false, '85-94'],
    [84, false, '75-84'],
    [75, false, '75-84'],
    [74, false, '50-74'],
    [50, false, '50-74'],
    [49, false, null],
    [0, false, null],
  ])('bandOf(%i, %s) is %j', (score, inContext, band) => {
    expect(bandOf(score, inContext)).toBe(band);
  });
});
