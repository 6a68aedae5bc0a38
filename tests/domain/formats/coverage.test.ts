// No text leaves a parser unseen (finding 7 of issue 15: a list nested 50 levels, or a quote 100 levels
// deep, lost its text while the document reached "approved, 100 %" with German left in the export).
// Markdown nested deeper than MAX_MARKDOWN_NESTING is refused; under it every level is segmented; and
// the coverage check refuses any line with a letter that the parser neither segmented nor kept as markup.
import { InvalidInput } from '../../../server/domain/errors';
import { assertLinesCovered } from '../../../server/domain/formats/coverage';
import { parseDocument, renderDocument } from '../../../server/domain/formats';
import { splitLines } from '../../../server/domain/formats/lines';
import { MAX_MARKDOWN_NESTING } from '../../../server/domain/formats/markdown';

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- Punkt Ebene ${i + 1}.`).join('\n') + '\n';
const nestedQuote = (levels: number) => Array.from({ length: levels }, (_, i) => `${'>'.repeat(i + 1)} Zitat Ebene ${i + 1}.`).join('\n\n') + '\n';

function refusal(run: () => unknown): [string, unknown] | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    return [error.code, error.details];
  }
}

describe('markdown nesting', () => {
  test('the limit is 40 levels of lists and quotes together', () => {
    expect(MAX_MARKDOWN_NESTING).toBe(40);
  });

  test.each([
    ['a list nested 40 levels', nestedList(40), 'Punkt Ebene'],
    ['a quote nested 40 levels', nestedQuote(40), 'Zitat Ebene'],
  ])('%s: every level is a segment, and the source renders back byte for byte', (_name, content, word) => {
    const parsed = parseDocument('markdown', content, 'de');
    expect(parsed.segments.map((s) => s.source)).toEqual(Array.from({ length: 40 }, (_, i) => `${word} ${i + 1}.`));
    expect(renderDocument('markdown', parsed.skeleton, parsed.segments.map((s) => ({ text: s.source, tags: s.tags })))).toBe(content);
  });

  test.each([
    ['a list nested 41 levels', nestedList(41), 41],
    ['a list nested 50 levels (the finding)', nestedList(50), 41],
    ['a quote nested 100 levels (the finding)', nestedQuote(100), 81],
    ['200 ">" on one line', `${'>'.repeat(200)} Tief unten.\n`, 1],
    ['a list nested 20 levels inside 21 quotes', `${'> '.repeat(21)}${nestedList(20).replace(/\n(?=.)/g, `\n${'> '.repeat(21)}`)}`, 20],
  ])('%s is refused: 400 markdown_too_deep, at the line of the first level too many', (_name, content, line) => {
    expect(refusal(() => parseDocument('markdown', content, 'de'))).toEqual(['markdown_too_deep', { limit: 40, line }]);
  });
});

describe('assertLinesCovered', () => {
  const content = 'Erste Zeile.\n  \n---\nVerloren.\n12 + 3 = 15\n';
  const lines = splitLines(content);

  test('a line with a letter that no block covered is text_not_segmented, with its 1-based number', () => {
    expect(refusal(() => assertLinesCovered(content, lines, [true, false, true, false, false, false]))).toEqual(['text_not_segmented', { line: 4 }]);
  });

  test('lines without letters (blank, rules, numbers) need no cover; covered lines pass', () => {
    expect(refusal(() => assertLinesCovered(content, lines, [true, false, false, true, false, false]))).toBeNull();
  });

  test('the message names the line and its text', () => {
    expect(() => assertLinesCovered(content, lines, [])).toThrow('line 1 holds text that was not segmented: Erste Zeile.');
  });
});

describe('markdown: what is kept as markup counts as read', () => {
  test.each([
    ['a link reference definition with a title', 'Siehe [Quelle][1].\n\n[1]: https://example.org "Ein Titel"\n', ['Siehe {1}Quelle{/1}.']],
    ['a fenced code block', 'Satz davor.\n\n```\nKein Text zum Übersetzen\n```\n', ['Satz davor.']],
    ['an HTML block', '<div>\nEin HTML-Block bleibt.\n</div>\n\nSatz danach.\n', ['Satz danach.']],
    ['front matter', '---\ntitel: Bericht\n---\n\nDer Bericht.\n', ['Der Bericht.']],
    ['a paragraph of inline code only', '`npm install`\n\nEin Satz.\n', ['Ein Satz.']],
  ])('%s', (_name, content, sources) => {
    expect(parseDocument('markdown', content, 'de').segments.map((s) => s.source)).toEqual(sources);
  });
});
