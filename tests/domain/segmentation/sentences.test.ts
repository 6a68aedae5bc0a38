import {
  countChars,
  countWords,
  MAX_SENTENCE_CHARS,
  segmentSentences,
  sentenceSpans,
} from '../../../server/domain/segmentation/sentences';
import { bestCpuMs } from '../../support/cpuTime';
import { DEFAULT_RULES } from '../../../server/domain/segmentation/rules';
import { GERMAN_CASES, GERMAN_HARD_CASES, POLISH_CASES, POLISH_HARD_CASES } from './cases';
import { CASE_KINDS, GERMAN_KIND_CASES, POLISH_KIND_CASES } from './kindCases';

describe('segmentSentences (German)', () => {
  test.each(GERMAN_CASES)('%j', (text, expected) => {
    expect(segmentSentences(text, 'de')).toEqual(expected);
  });

  it('has no sentence in whitespace', () => {
    expect(segmentSentences(' \n\t ', 'de')).toEqual([]);
    expect(segmentSentences('', 'de')).toEqual([]);
  });
});

describe('segmentSentences (Polish)', () => {
  test.each(POLISH_CASES)('%j', (text, expected) => {
    expect(segmentSentences(text, 'pl')).toEqual(expected);
  });
});

describe('segmentSentences: known limitations (these still segment wrongly)', () => {
  test.failing.each(GERMAN_HARD_CASES)('de %j', (text, expected) => {
    expect(segmentSentences(text, 'de')).toEqual(expected);
  });
  test.failing.each(POLISH_HARD_CASES)('pl %j', (text, expected) => {
    expect(segmentSentences(text, 'pl')).toEqual(expected);
  });
});

describe('segmentSentences with explicit rules', () => {
  it('gives the same sentences with the built-in rules passed explicitly', () => {
    for (const [text, expected] of GERMAN_CASES) expect(segmentSentences(text, 'de', DEFAULT_RULES)).toEqual(expected);
    for (const [text, expected] of POLISH_CASES) expect(segmentSentences(text, 'pl', DEFAULT_RULES)).toEqual(expected);
  });
});

describe('sentenceSpans', () => {
  it('returns trimmed spans whose gaps hold only whitespace', () => {
    const text = '  Erster Satz.\n Zweiter Satz!  Dritter ';
    const spans = sentenceSpans(text, 'de');
    expect(spans).toEqual([
      { start: 2, end: 14 },
      { start: 16, end: 29 },
      { start: 31, end: 38 },
    ]);
    expect(text.slice(14, 16)).toBe('\n ');
    expect(text.slice(29, 31)).toBe('  ');
  });
});

describe('sentenceSpans: no segment longer than MAX_SENTENCE_CHARS', () => {
  /** The text between and around the spans is whitespace only: nothing is lost or doubled. */
  const gapsAreWhitespace = (text: string, spans: { start: number; end: number }[]) =>
    [text.slice(0, spans[0]!.start), ...spans.slice(1).map((span, i) => text.slice(spans[i]!.end, span.start)), text.slice(spans.at(-1)!.end)].every((gap) => gap.trim() === '');

  it('cuts a run of words without a sentence end at the last space before the limit', () => {
    const words = 'Der Landkreis fördert Vereine und '.repeat(400); // 13,600 characters, no period
    const spans = sentenceSpans(words, 'de');

    expect(MAX_SENTENCE_CHARS).toBe(5_000);
    expect(spans.map((span) => span.end - span.start)).toEqual([4_997, 4_997, 3_603]);
    expect(spans.map((span) => words.slice(span.start, span.end).split(' ')[0])).toEqual(['Der', 'Der', 'Der']);
    expect(gapsAreWhitespace(words, spans)).toBe(true);
  });

  it('cuts a single word longer than the limit at the limit, never between the halves of a surrogate pair', () => {
    const word = 'x'.repeat(4_999) + '😀' + 'y'.repeat(6_000);
    const spans = sentenceSpans(word, 'de');

    expect(spans).toEqual([
      { start: 0, end: 4_999 },
      { start: 4_999, end: 9_999 },
      { start: 9_999, end: 11_001 },
    ]);
    expect(word.slice(4_999, 5_001)).toBe('😀');
  });

  it('leaves sentences up to the limit alone and cuts only the long one among them', () => {
    const long = `${'Wort '.repeat(1_100)}Ende.`;
    const text = `Kurz. A${'a'.repeat(4_989)}. ${long} Danach.`;

    expect(segmentSentences(text, 'de').map((sentence) => sentence.length)).toEqual([5, 4_991, 4_999, 505, 7]);
  });

  it('does not cut inside a pair of placeholders: it cuts before a pair longer than the limit and keeps the pair whole', () => {
    const inside = 'fett '.repeat(1_200); // 6,000 characters of bold text
    const text = `Vorher {1}${inside}{/1} ${'nachher '.repeat(700)}`;
    const sentences = segmentSentences(text, 'de');

    expect(sentences.slice(0, 2)).toEqual(['Vorher', `{1}${inside}{/1}`]);
    expect(sentences.slice(2).map((sentence) => sentence.length)).toEqual([4_999, 599]);
    expect(sentences.slice(2).every((sentence) => !sentence.includes('{'))).toBe(true);
    expect(sentences.join(' ')).toBe(text.trim().replace(/\s+/g, ' '));
  });
});

describe('countWords', () => {
  const cases: [string, number][] = [
    ['Der Landkreis Görlitz fördert Vereine.', 5],
    ['Sachsen-Anhalt und Niederschlesien', 3],
    ['Es kostet 1.000,50 Euro.', 4],
    ['z. B. um 10:30 Uhr', 5],
    ["Jetzt geht's los", 3],
    ['{1}Haupt{/1}bahnhof', 1],
    ['Text{1/}mehr', 2],
    ['{1}fett{/1} und {2/} Bild', 3],
    ['Spotkanie odbyło się 30 stycznia 2019 r.', 7],
    [' – ', 0],
    ['', 0],
  ];
  test.each(cases)('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('countChars', () => {
  const cases: [string, number][] = [
    ['Satz.', 5],
    ['{1}fett{/1}', 4],
    ['Größe {2/}!', 7],
    ['Zażółć gęślą jaźń', 17],
    ['😀 ok', 4],
    ['{Name}', 6],
  ];
  test.each(cases)('%j has %i characters', (text, chars) => {
    expect(countChars(text)).toBe(chars);
  });
});

describe.each(CASE_KINDS)('segmentSentences, cases of kind %s', (kind) => {
  test.each(GERMAN_KIND_CASES[kind])('de %j', (text, expected) => {
    expect(segmentSentences(text, 'de')).toEqual(expected);
  });
  test.each(POLISH_KIND_CASES[kind])('pl %j', (text, expected) => {
    expect(segmentSentences(text, 'pl')).toEqual(expected);
  });
});

describe('sentenceSpans on hostile input', () => {
  // Linear time whatever the text: a quadratic step takes minutes on 100,000 characters. CPU time, the best
  // of three runs, counts (tests/support/cpuTime.ts), so a busy machine does not fail it.
  const LIMIT_MS = 3000;
  const inputs: [string, string][] = [
    ['a chain of glued initials', 'A.'.repeat(50_000)],
    ['glued sentence starts', 'r.P'.repeat(33_334)],
    ['abbreviation-like words', 'Ab. '.repeat(25_000)],
    ['bracketed periods', '(a.) '.repeat(20_000)],
    ['nested brackets', `${'('.repeat(50_000)}${').'.repeat(25_000)}`],
    ['periods only', '.'.repeat(100_000)],
    ['blank lines', 'a\n \n'.repeat(25_000)],
    ['a long word before periods', `${'x'.repeat(99_000)}${'. A'.repeat(333)}`],
  ];
  test.each(inputs)('%s: under 3 s for 100,000 characters', (_name, text) => {
    const best = bestCpuMs(() => {
      sentenceSpans(text, 'pl');
      sentenceSpans(text, 'de');
    });
    expect(best).toBeLessThan(LIMIT_MS);
  });
});
