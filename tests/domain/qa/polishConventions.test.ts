import { nonBreakingSpaces } from '../../../server/domain/qa/checks/nonBreakingSpaces';
import { polishNumberForm, polishNumberFormat } from '../../../server/domain/qa/checks/polishNumberFormat';
import { straightQuotes } from '../../../server/domain/qa/checks/straightQuotes';
import { checkTable, issue } from './table';

const NBSP = '\u00a0';
const german = (found: string, suggestion: string) => issue('qa.polish_number_format.german_grouping', { found, suggestion });

checkTable(polishNumberFormat, {
  good: [
    ['thousands with a space', 'Der Zuschuss beträgt 1.000,50 Euro.', 'Dotacja wynosi 1 000,50 euro.'],
    ['thousands with a no-break space', 'Es kamen 1.250.000 Besucher.', `Przyszło 1${NBSP}250${NBSP}000 odwiedzających.`],
    ['a four-digit number without separator', 'Der Zuschuss beträgt 1.000 Euro.', 'Dotacja wynosi 1000 euro.'],
    ['a numeric date', 'Die Frist endet am 31.01.2024.', 'Termin upływa 31.01.2024 r.'],
    ['a section number', 'Siehe Abschnitt 3.5.', 'Zob. punkt 3.5.'],
    ['an IP address', 'Der Server hat die Adresse 192.168.1.1.', 'Serwer ma adres 192.168.1.1.'],
    ['digits in an address', 'Siehe www.goerlitz.de/1.000', 'Zob. www.goerlitz.de/1.000'],
  ],
  bad: [
    ['German thousands and decimals', 'Der Zuschuss beträgt 1.000,50 Euro.', 'Dotacja wynosi 1.000,50 euro.', [german('1.000,50', `1${NBSP}000,50`)]],
    ['German millions', 'Es kamen 1.250.000 Besucher.', 'Przyszło 1.250.000 odwiedzających.', [german('1.250.000', `1${NBSP}250${NBSP}000`)]],
    ['two German numbers', 'Von 1.000 bis 20.000 Euro.', 'Od 1.000 do 20.000 euro.', [german('1.000', `1${NBSP}000`), german('20.000', `20${NBSP}000`)]],
  ],
});

describe('polishNumberForm', () => {
  test.each([
    ['1.000', `1${NBSP}000`],
    ['12.345,678', `12${NBSP}345,678`],
    ['1.250.000', `1${NBSP}250${NBSP}000`],
  ])('writes %s as %j', (found, expected) => {
    expect(polishNumberForm(found)).toBe(expected);
  });
});

const straight = (found: string, suggestion: string) => issue('qa.straight_quotes.straight', { found, suggestion });

checkTable(straightQuotes, {
  good: [
    ['Polish quotes', 'Das Buch „Zwei Ufer“ ist erschienen.', 'Ukazała się książka „Dwa brzegi”.'],
    ['guillemets inside a quote', 'Er sagte: „Das Buch »Zwei Ufer« ist gut.“', 'Powiedział: „Książka «Dwa brzegi» jest dobra”.'],
    ['inch marks after numbers are no quotes', 'Ein 24"-Monitor', 'Monitor 24"'],
    ['quotes inside a placeholder', 'Siehe {1}Anlage{/1}.', 'Zob. {1}załącznik{/1}.'],
  ],
  bad: [
    ['straight quotes around a title', 'Das Buch „Zwei Ufer“ ist erschienen.', 'Ukazała się książka "Dwa brzegi".', [straight('"Dwa brzegi"', '„Dwa brzegi”')]],
    [
      'two quotations',
      'Die Festivals „Via Thea“ und „Jazztage“.',
      'Festiwale "Via Thea" i "Dni Jazzu".',
      [straight('"Via Thea"', '„Via Thea”'), straight('"Dni Jazzu"', '„Dni Jazzu”')],
    ],
  ],
});

checkTable(nonBreakingSpaces, {
  good: [
    ['no-break spaces after one-letter words', 'Die Stadt und der Landkreis.', `Miasto i${NBSP}powiat w${NBSP}Saksonii.`],
    ['a no-break space before the unit', 'Die Strecke ist 5 km lang.', `Trasa ma 5${NBSP}km.`],
    ['grouped thousands with no-break spaces', 'Es kamen 25.000 Besucher.', `Przyszło 25${NBSP}000 osób.`],
    ['a one-letter word at the end', 'Wer kommt mit?', 'Kto jedzie z?'],
    ['letters inside words', 'Das Amt.', 'Urząd miasta.'],
  ],
  bad: [
    ['a one-letter word before an ordinary space, reported once', 'In Görlitz und in Zgorzelec.', 'W Görlitz i w Zgorzelcu.', [issue('qa.nbsp.single_letter', { word: 'W' }), issue('qa.nbsp.single_letter', { word: 'i' }), issue('qa.nbsp.single_letter', { word: 'w' })]],
    ['a unit after an ordinary space', 'Die Strecke ist 6,8 km lang.', `Trasa ma 6,8 km długości.`, [issue('qa.nbsp.unit', { text: '6,8 km' })]],
    ['money in złoty', 'Das Ticket kostet 17 Złoty.', 'Bilet kosztuje 17 zł.', [issue('qa.nbsp.unit', { text: '17 zł' })]],
    ['grouped thousands with an ordinary space', 'Es kamen 25.000 Besucher.', 'Przyszło 25 000 osób.', [issue('qa.nbsp.thousands', { number: '25 000' })]],
  ],
});

describe('nbsp check', () => {
  it('is a note, off by default', () => {
    expect([nonBreakingSpaces.defaultSeverity, nonBreakingSpaces.defaultEnabled]).toEqual(['info', false]);
  });
});
