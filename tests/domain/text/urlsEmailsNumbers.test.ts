import { blankSpans, replaceSpans } from '../../../server/domain/text/span';
import { bestCpuMs } from '../../support/cpuTime';
import { findEmails, findNumbers, findUrls, replaceAddresses, type TextSpan } from '../../../server/domain/text/urlsEmailsNumbers';

const texts = (spans: TextSpan[]) => spans.map((span) => span.text);

describe('findUrls', () => {
  test.each([
    ['Siehe https://www.goerlitz.de/foerderung.', ['https://www.goerlitz.de/foerderung']],
    ['Die Anmeldung (www.kulturraum-oberlausitz.de) ist offen.', ['www.kulturraum-oberlausitz.de']],
    ['HTTP://EXAMPLE.ORG und http://a.de, www.b.pl; www.c.eu!', ['HTTP://EXAMPLE.ORG', 'http://a.de', 'www.b.pl', 'www.c.eu']],
    ['„www.goerlitz.de“ und «www.zgorzelec.eu»', ['www.goerlitz.de', 'www.zgorzelec.eu']],
    ['<https://a.de/x?y=1&z=2> "www.b.de"', ['https://a.de/x?y=1&z=2', 'www.b.de']],
    ['https://de.wikipedia.org/wiki/Neiße_(Fluss)', ['https://de.wikipedia.org/wiki/Neiße_(Fluss']],
    ['www.goerlitz.de/über-uns…', ['www.goerlitz.de/über-uns']],
    ['ein www. allein, www.., http:// und xwww.a.de', []],
  ])('%s', (text, urls) => {
    expect(texts(findUrls(text))).toEqual(urls);
  });

  test('gives offsets into the text', () => {
    expect(findUrls('Zob. (www.a.pl).')).toEqual([{ start: 6, end: 14, text: 'www.a.pl' }]);
  });
});

describe('findEmails', () => {
  test.each([
    ['Fragen an foerderung@goerlitz.de richten.', ['foerderung@goerlitz.de']],
    ['anna.mueller@landkreis-gr.de, Info@Zittau.de; x_y+z%1@a.b.c.eu.', ['anna.mueller@landkreis-gr.de', 'Info@Zittau.de', 'x_y+z%1@a.b.c.eu']],
    ['biuro@urząd.gov.pl', ['biuro@urząd.gov.pl']],
    // the domain ends at its last label of two letters or more
    ['a@b.de.x und a@b.de1', ['a@b.de', 'a@b.de']],
    // an empty label ends the domain
    ['a@b.cd..ef', ['a@b.cd']],
    // no top-level domain, no local part, nothing after "@"
    ['a@localhost, @goerlitz.de, a@, a@b.c, a@.de', []],
    // the address after a failed one
    ['x@y@b.de', ['y@b.de']],
    // a local part that began inside the previous address starts no address
    ['a@b.de.x@c.de', ['a@b.de']],
  ])('%s', (text, emails) => {
    expect(texts(findEmails(text))).toEqual(emails);
  });

  test('reads letters outside the Basic Multilingual Plane as one character', () => {
    expect(findEmails('𝒜@b.de 𝒜𝒜@c.𝒜𝒜')).toEqual([
      { start: 0, end: 7, text: '𝒜@b.de' },
      { start: 8, end: 19, text: '𝒜𝒜@c.𝒜𝒜' },
    ]);
  });
});

describe('findNumbers', () => {
  test.each([
    ['1.000 und 180 000 und 2024', [['1.000', true], ['180 000', true], ['2024', false]]],
    ['12,5 % von 3\u00a0500\u202f000', [['12,5', false], ['3\u00a0500\u202f000', true]]],
    // a group of four digits is no group: the number stops before it
    ['1.000.0001', [['1.000', true], ['0001', false]]],
    // glued to a letter, the grouped form does not start
    ['B1.000', [['1', false], ['000', false]]],
    ['31.01.2019', [['31', false], ['01', false], ['2019', false]]],
    ['keine Zahl', []],
  ])('%s', (text, numbers) => {
    expect(findNumbers(text).map((n) => [n.text, n.grouped])).toEqual(numbers);
  });
});

describe('replaceAddresses', () => {
  test('replaces web and e-mail addresses, keeping the sentence punctuation after them', () => {
    expect(replaceAddresses('Siehe (www.a.de), schreibe an info@b.de.', () => '#')).toBe('Siehe (#), schreibe an #.');
  });

  test('treats an e-mail address inside a web address as part of it', () => {
    expect(replaceAddresses('https://user@host.de/x und info@www.goerlitz.de', (span) => `[${span.text}]`)).toBe(
      '[https://user@host.de/x] und info@[www.goerlitz.de]',
    );
  });
});

describe('replaceSpans and blankSpans', () => {
  test('put the replacement in place of each span and keep the rest', () => {
    const spans = [{ start: 2, end: 4, text: 'cd' }, { start: 6, end: 7, text: 'g' }];
    expect(replaceSpans('abcdefgh', spans, (span) => span.text.toUpperCase())).toBe('abCDefGh');
    expect(blankSpans('abcdefgh', spans)).toBe('ab  ef h');
    expect(replaceSpans('abc', [], () => 'x')).toBe('abc');
  });
});

// The issue that asked for this module: a segmentation preview of one 40,000-character word took 24 s
// because URL and e-mail patterns rescanned long runs from each of their characters. Linear code
// takes a few milliseconds on 100,000 characters; quadratic code takes seconds.
describe('urlsEmailsNumbers on hostile input', () => {
  const LENGTH = 100_000;
  const LIMIT_MS = 50;
  const repeat = (piece: string) => piece.repeat(Math.ceil(LENGTH / piece.length)).slice(0, LENGTH);
  const inputs: [string, string][] = [
    ['one word of letters', repeat('a')],
    ['one word of letters and a final @', repeat('a').slice(1) + '@'],
    ['dots', repeat('.')],
    ['dots after an address, then a letter', 'http://a' + repeat('.').slice(9) + 'x'],
    ['a@a@a…', repeat('a@')],
    ['a domain of one-letter labels', 'a@' + repeat('b.').slice(2)],
    ['a local part of dots and letters', repeat('a.').slice(1) + '@'],
    ['http:// repeated', repeat('http://')],
    ['www. repeated', repeat('www.')],
    ['digits with dots', repeat('1.')],
    ['digit groups', repeat('123.')],
    ['digit groups with spaces and a long last group', repeat('123 ').slice(1) + '1'],
    ['digits with commas', repeat('1,')],
    ['mixed', repeat('a.1@b-www.')],
  ];
  const functions: [string, (text: string) => unknown][] = [
    ['findUrls', findUrls],
    ['findEmails', findEmails],
    ['findNumbers', findNumbers],
    ['replaceAddresses', (text) => replaceAddresses(text, () => ' ')],
  ];
  const cases = functions.flatMap(([name, run]) => inputs.map(([what, text]) => [name, what, run, text] as const));

  test.each(cases)('%s takes less than 50 ms on %s', (_name, _what, run, text) => {
    expect(text).toHaveLength(LENGTH);
    run(text); // warm-up: compile the patterns
    const best = bestCpuMs(() => run(text));
    expect(best).toBeLessThan(LIMIT_MS);
  });
});
