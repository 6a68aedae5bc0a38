// Lines of a document as offsets, line endings (\r\n, \n, \r) excluded but remembered.
export interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just after its last character, before the line ending. */
  end: number;
  /** Offset just after its line ending (= end for the last line without one). */
  next: number;
}

export function splitLines(content: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const m of content.matchAll(/\r\n|\r|\n/g)) {
    lines.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: content.length, next: content.length });
  return lines;
}
