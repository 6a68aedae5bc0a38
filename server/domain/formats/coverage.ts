// The safety net under a format's parser: no text may leave the parser unseen. A parser marks the
// source lines it read, as blocks it segmented (paragraphs, headings, cells) or as markup it keeps on
// purpose (code, HTML blocks, front matter, reference definitions); a line with a letter that it did
// not mark was dropped — by a parser limit, a block it could not locate, a construct it does not know —
// and would stay German in the skeleton while the document reaches 100 % approved. Such a document is
// refused instead (400 text_not_segmented, with the line), before anything is stored.
import { InvalidInput } from '../errors';
import type { Line } from './lines';

const LETTER = /\p{L}/u;

/** Throws `text_not_segmented` for the first line holding a letter that `covered` does not mark. */
export function assertLinesCovered(content: string, lines: readonly Line[], covered: readonly boolean[]): void {
  lines.forEach((line, i) => {
    if (covered[i]) return;
    const text = content.slice(line.start, line.end);
    if (!LETTER.test(text)) return;
    throw new InvalidInput(`line ${i + 1} holds text that was not segmented: ${text.trim().slice(0, 80)}`, { line: i + 1 }, 'text_not_segmented');
  });
}

/** Marks lines `from` to `to` (exclusive, markdown-it's map) as covered. */
export function markLines(covered: boolean[], [from, to]: readonly [number, number]): void {
  for (let i = from; i < to; i++) covered[i] = true;
}
