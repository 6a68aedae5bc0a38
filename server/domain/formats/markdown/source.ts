// Where the inline content markdown-it gives for a block (container prefixes, heading markers and
// surrounding whitespace removed, lines joined with "\n") lies in the original content: for each
// content character, the range of the original it comes from. A "\n" stands for everything between
// two lines' texts (line ending and the next line's container prefix, e.g. "\r\n> ").
import type { Line } from '../lines';

export interface ContentMap {
  starts: number[];
  ends: number[];
}

/** What may follow the content on its last line: whitespace, and for ATX headings a closing "###". */
export const PARAGRAPH_TRAILER = /^\s*$/;
export const ATX_HEADING_TRAILER = /^(?:\s*[ \t]#+)?\s*$/;

/** markdown-it replaces NUL by U+FFFD; compare like it does (same length, so offsets hold). */
function comparable(text: string): string {
  return text.replace(/\0/g, '\uFFFD');
}

/** The offset where `rest` starts so that only a trailer follows it, searched from the right. */
function tailPosition(text: string, rest: string, trailer: RegExp): number {
  // Trailers hold only whitespace and "#": no need to look further left than the last other character.
  let limit = text.length;
  while (limit > 0 && /[\s#]/.test(text[limit - 1] as string)) limit--;
  for (let k = text.length - rest.length; k >= Math.max(0, limit - rest.length); k--) {
    if (text.startsWith(rest, k) && trailer.test(text.slice(k + rest.length))) return k;
  }
  return -1;
}

/**
 * Maps the content of a paragraph or heading whose first content line is source line `firstLine`.
 * Every content line is the tail of its source line (the last one may be followed by `trailer`);
 * leading blanks of continuation lines that markdown-it re-created from a tab map to the tab.
 * Returns null when the content cannot be located.
 */
export function mapLines(
  content: string,
  source: string,
  lines: Line[],
  firstLine: number,
  trailer: RegExp,
): ContentMap | null {
  const contentLines = content.split('\n');
  const starts: number[] = [];
  const ends: number[] = [];
  let previousEnd = 0;
  for (let j = 0; j < contentLines.length; j++) {
    const line = lines[firstLine + j];
    if (!line) return null;
    const text = comparable(source.slice(line.start, line.end));
    const contentLine = contentLines[j] as string;
    const rest = j === 0 ? contentLine : contentLine.replace(/^[ \t]+/, '');
    const blanks = contentLine.slice(0, contentLine.length - rest.length);
    const last = j === contentLines.length - 1;
    const restAt = tailPosition(text, rest, last ? trailer : /^$/);
    if (restAt < 0) return null;
    const exact = restAt >= blanks.length && text.slice(restAt - blanks.length, restAt) === blanks;
    const blanksAt = exact ? restAt - blanks.length : restAt;
    if (j > 0) {
      starts.push(previousEnd);
      ends.push(line.start + blanksAt);
    }
    for (let c = 0; c < blanks.length; c++) {
      const p = line.start + (exact ? blanksAt + c : restAt);
      starts.push(p);
      ends.push(exact ? p + 1 : p);
    }
    for (let c = 0; c < rest.length; c++) {
      starts.push(line.start + restAt + c);
      ends.push(line.start + restAt + c + 1);
    }
    previousEnd = line.end;
  }
  return { starts, ends };
}

/** Offsets of the pipes that separate table cells (a pipe after a backslash is escaped). */
function pipePositions(text: string): number[] {
  const pipes: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '|' && text[i - 1] !== '\\') pipes.push(i);
  return pipes;
}

/**
 * Maps the cells of one table row. markdown-it drops the backslash of an escaped pipe in cell
 * content, so a "|" of the content comes from "\|" in the original. A cell that is empty or
 * cannot be located maps to null.
 */
export function mapTableRow(cells: string[], source: string, line: Line): (ContentMap | null)[] {
  const text = comparable(source.slice(line.start, line.end));
  const pipes = pipePositions(text);
  const columns = [-1, ...pipes].map((pipe, i) => ({ start: pipe + 1, end: pipes[i] ?? text.length }));
  const original = (cell: string) => cell.replace(/\|/g, '\\|');
  const firstColumn = columns[0] as { start: number; end: number };
  const first = cells[0] ?? '';
  // Without a leading pipe the first column holds the first cell (after any container prefix).
  const offset = first !== '' && text.slice(0, firstColumn.end).trimEnd().endsWith(original(first)) ? 0 : 1;
  return cells.map((cell, i) => {
    const column = columns[offset + i];
    if (!column || cell === '') return null;
    const form = original(cell);
    const trimmedEnd = column.start + text.slice(column.start, column.end).trimEnd().length;
    const at = trimmedEnd - form.length;
    if (at < column.start || text.slice(at, trimmedEnd) !== form) return null;
    const starts: number[] = [];
    const ends: number[] = [];
    let p = line.start + at;
    for (const ch of cell) {
      for (let u = 0; u < ch.length; u++) {
        const width = ch === '|' ? 2 : 1;
        starts.push(p);
        ends.push(p + width);
        p += width;
      }
    }
    return { starts, ends };
  });
}
