import { tokenize, type TokenKind } from '../../../server/domain/tm';

const kinds = (text: string): [TokenKind, string][] => tokenize(text).map((t) => [t.kind, t.text]);

describe('tm tokenize', () => {
  it.each<[string, [TokenKind, string][]]>([
    [
      'Am 31.01.2019 um 10:30 Uhr zahlte die Stadt 1.000,50 Euro.',
      [
        ['word', 'Am'], ['number', '31.01.2019'], ['word', 'um'], ['number', '10:30'], ['word', 'Uhr'], ['word', 'zahlte'],
        ['word', 'die'], ['word', 'Stadt'], ['number', '1.000,50'], ['word', 'Euro'], ['punct', '.'],
      ],
    ],
    [
      'Die Görlitz-Zgorzelec-Brücke, EU-Förderung und der 5-Jahres-Plan.',
      [
        ['word', 'Die'], ['word', 'Görlitz-Zgorzelec-Brücke'], ['punct', ','], ['word', 'EU-Förderung'], ['word', 'und'],
        ['word', 'der'], ['word', '5-Jahres-Plan'], ['punct', '.'],
      ],
    ],
    ['Ein- und Ausgang: ÄÖÜß!', [['word', 'Ein-'], ['word', 'und'], ['word', 'Ausgang'], ['punct', ':'], ['word', 'ÄÖÜß'], ['punct', '!']]],
    ['Zażółć gęślą jaźń w Łęknicy.', [['word', 'Zażółć'], ['word', 'gęślą'], ['word', 'jaźń'], ['word', 'w'], ['word', 'Łęknicy'], ['punct', '.']]],
    [
      '{1}Hinweis:{/1} Siehe {2/} und {3}hier{/3}.',
      [
        ['placeholder', '{1}'], ['word', 'Hinweis'], ['punct', ':'], ['placeholder', '{/1}'], ['word', 'Siehe'], ['placeholder', '{2/}'],
        ['word', 'und'], ['placeholder', '{3}'], ['word', 'hier'], ['placeholder', '{/3}'], ['punct', '.'],
      ],
    ],
    [
      "Das 4. Treffen (10-20 Personen) geht's los… §12",
      [
        ['word', 'Das'], ['number', '4'], ['punct', '.'], ['word', 'Treffen'], ['punct', '('], ['number', '10'], ['punct', '-'],
        ['number', '20'], ['word', 'Personen'], ['punct', ')'], ['word', "geht's"], ['word', 'los'], ['punct', '…'], ['punct', '§'], ['number', '12'],
      ],
    ],
    ['{1 }x', [['punct', '{'], ['number', '1'], ['punct', '}'], ['word', 'x']]],
    ['', []],
    ['   ', []],
  ])('splits %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('normalizes words to lower case and keeps numbers, placeholders and punctuation as written', () => {
    expect(tokenize('ÄRGER Straße {1} 1.000,50 ?').map((t) => t.norm)).toEqual(['ärger', 'straße', '{1}', '1.000,50', '?']);
  });

  it('normalizes a decomposed umlaut to the composed form', () => {
    const [token] = tokenize('Go\u0308rlitz');
    expect(token).toEqual({ kind: 'word', text: 'Go\u0308rlitz', norm: 'görlitz', start: 0, end: 8 });
  });

  it('records offsets into the text', () => {
    expect(tokenize(' Am  31.01.').map((t) => [t.start, t.end])).toEqual([[1, 3], [5, 10], [10, 11]]);
  });
});
