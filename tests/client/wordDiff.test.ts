// The reviewer's word diff (MT proposal → current Polish text) and the post-edit effort figure.
import { displayParts, editDistanceRatio, MAX_EDITS, wordDiff, type DiffPart } from '../../client/src/lib/wordDiff';
import { bestCpuMs } from '../support/cpuTime';

const eq = (text: string): DiffPart => ({ op: 'equal', text });
const ins = (text: string): DiffPart => ({ op: 'insert', text });
const del = (text: string): DiffPart => ({ op: 'delete', text });

describe('wordDiff', () => {
  test.each<[string, string, string, DiffPart[]]>([
    ['identical text is one equal part', 'Zażółć gęślą jaźń', 'Zażółć gęślą jaźń', [eq('Zażółć gęślą jaźń')]],
    ['two empty texts give no parts', '', '', []],
    ['everything inserted', '', 'Neu', [ins('Neu')]],
    ['everything deleted', 'Alt', '', [del('Alt')]],
    [
      'one German word replaced (umlauts stay inside the word)',
      'Wir fördern die Zusammenarbeit.',
      'Wir stärken die Zusammenarbeit.',
      [eq('Wir '), del('fördern'), ins('stärken'), eq(' die Zusammenarbeit.')],
    ],
    [
      'Polish words with ą ę ł ó ś ż are whole words',
      'Współpraca transgraniczna jest ważna.',
      'Współpraca przygraniczna jest bardzo ważna.',
      [eq('Współpraca '), del('transgraniczna'), ins('przygraniczna'), eq(' jest '), ins('bardzo '), eq('ważna.')],
    ],
    [
      'a placeholder pair is kept whole; punctuation is its own token',
      'Kliknij {1}tutaj{/1}, aby zacząć.',
      'Kliknij {1}tutaj{/1} aby rozpocząć.',
      [eq('Kliknij {1}tutaj{/1}'), del(','), eq(' aby '), del('zacząć'), ins('rozpocząć'), eq('.')],
    ],
    [
      'a renumbered placeholder is replaced as a whole, never digit by digit',
      'Siehe {1}Anhang{/1}.',
      'Siehe {2}Anhang{/2}.',
      [eq('Siehe '), del('{1}'), ins('{2}'), eq('Anhang'), del('{/1}'), ins('{/2}'), eq('.')],
    ],
    ['a removed standalone placeholder takes its space with it', 'Größe {1/} ändern', 'Größe ändern', [eq('Größe '), del('{1/} '), eq('ändern')]],
    ['a line break is kept as its own token', 'Straße\nBrücke', 'Straße\nMost', [eq('Straße\n'), del('Brücke'), ins('Most')]],
    [
      'adjacent changes of the same kind are merged into one part',
      'Die Stadt Görlitz',
      'Miasto Zgorzelec',
      [del('Die Stadt Görlitz'), ins('Miasto Zgorzelec')],
    ],
    [
      'a rewritten sentence is one deletion and one insertion, not word-by-word pairs',
      'Die Stadt Görlitz liegt an der Neiße.',
      'Miasto Zgorzelec leży nad Nysą.',
      [del('Die Stadt Görlitz liegt an der Neiße'), ins('Miasto Zgorzelec leży nad Nysą'), eq('.')],
    ],
    [
      'a moved word is deleted in one place and inserted in the other',
      'Wniosek należy złożyć szybko.',
      'Wniosek trzeba bardzo szybko złożyć.',
      [eq('Wniosek '), del('należy złożyć'), ins('trzeba bardzo'), eq(' szybko'), ins(' złożyć'), eq('.')],
    ],
    [
      'text that looks like markup stays plain text',
      'Kod <script>alert(1)</script>',
      'Kod <img onerror=x>',
      [eq('Kod <'), del('script'), ins('img onerror=x'), eq('>'), del('alert(1)</script>')],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after)).toEqual(expected);
  });

  test('equal and deleted parts spell the old text, equal and inserted parts the new one', () => {
    const before = 'Der {1}Antrag{/1} ist bis zum 30. Juni einzureichen.';
    const after = 'Wniosek {1}należy{/1} złożyć do 30 czerwca.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(after);
  });

  test('private-use characters already in the text are not confused with placeholders', () => {
    expect(wordDiff('a \uE000 {1}b{/1}', 'a \uE000 {1}c{/1}')).toEqual([eq('a \uE000 {1}'), del('b'), ins('c'), eq('{/1}')]);
  });
});

// The diff's work grows with the square of its edits: a target rewritten at length once froze the page.
describe('wordDiff of two long texts unlike in every word', () => {
  const before = Array.from({ length: 3_000 }, (_, i) => `słowo${i}`).join(' ');
  const after = Array.from({ length: 3_000 }, (_, i) => `wyraz${i}`).join(' ');

  test(`past ${MAX_EDITS} edits, one deletion and one insertion`, () => {
    expect(wordDiff(before, after)).toEqual([del(before), ins(after)]);
    expect(editDistanceRatio(before, after)).toBe(1);
  });

  test('within 50 ms of CPU', () => {
    wordDiff(before, after);
    expect(bestCpuMs(() => wordDiff(before, after))).toBeLessThan(50);
  });

  test('a few words changed in a long text are still shown word by word', () => {
    const edited = before.replace('słowo7 ', 'wyraz7 ');
    expect(wordDiff(before, edited)).toEqual([eq(before.slice(0, before.indexOf('słowo7 '))), del('słowo7'), ins('wyraz7'), eq(before.slice(before.indexOf('słowo7 ') + 6))]);
  });
});

describe('editDistanceRatio', () => {
  test.each<[string, string, string, number]>([
    ['unchanged text', 'Zażółć gęślą jaźń', 'Zażółć gęślą jaźń', 0],
    ['two empty texts', '', '', 0],
    ['one word of four replaced: 2 changed of 8', 'eins zwei drei vier', 'eins zwei fünf vier', 0.25],
    ['one word replaced, one added: 3 changed of 9', 'Współpraca transgraniczna jest ważna.', 'Współpraca przygraniczna jest bardzo ważna.', 3 / 9],
    ['completely rewritten', 'Die Stadt Görlitz', 'Miasto Zgorzelec', 1],
    ['from nothing', '', 'Nowy tekst', 1],
    ['punctuation only does not count', 'Ja, gut.', 'Ja gut!', 0],
    ['placeholders count as words: 4 changed of 8', 'Siehe {1}Anhang{/1}.', 'Siehe {2}Anhang{/2}.', 0.5],
  ])('%s', (_name, before, after, expected) => {
    expect(editDistanceRatio(before, after)).toBeCloseTo(expected, 10);
  });
});

describe('displayParts', () => {
  test.each<[string, DiffPart[], DiffPart[]]>([
    [
      'leading spaces of a replacement (server TM diff) move outside, once',
      [eq('bis zum'), del(' 30'), ins(' 31'), eq('.'), del(' Juni'), ins(' Juli'), eq(' einzureichen.')],
      [eq('bis zum '), del('30'), eq(' '), ins('31'), eq('. '), del('Juni'), eq(' '), ins('Juli'), eq(' einzureichen.')],
    ],
    ['an inserted word with its leading space', [eq('Die Union'), ins(' stark'), eq(' gefördert.')], [eq('Die Union '), ins('stark'), eq(' gefördert.')]],
    ['a deleted placeholder with its trailing space', [eq('Größe '), del('{1/} '), eq('ändern')], [eq('Größe '), del('{1/}'), eq(' ändern')]],
    ['a trailing space already present after the change is not doubled', [eq('jest '), ins('bardzo '), eq('ważna.')], [eq('jest '), ins('bardzo'), eq(' ważna.')]],
    ['a deletion at the end', [eq('eins'), del(' zwei')], [eq('eins '), del('zwei')]],
    ['a change at the very start keeps no leading space', [ins(' Neu'), eq(' da')], [ins('Neu'), eq(' da')]],
    ['a whitespace-only change stays as it is', [eq('a'), ins('\n'), eq('b')], [eq('a'), ins('\n'), eq('b')]],
    ['parts without edge whitespace are unchanged', [del('Die Stadt'), ins('Miasto'), eq('.')], [del('Die Stadt'), ins('Miasto'), eq('.')]],
  ])('%s', (_name, parts, expected) => {
    expect(displayParts(parts)).toEqual(expected);
  });
});
