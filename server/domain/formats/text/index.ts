// Plain text: paragraphs are separated by blank lines and split into sentences. A line break inside a
// paragraph ends a segment too (addresses, enumerations): the lines of a multi-line paragraph are
// segments of kind 'line'. Lines starting with "- ", "* ", "• ", "– " or "1. " / "1) " are list items;
// the bullet stays in the skeleton.
import { SENTENCE_RULES } from '../../segmentation/languages';
import type { SegmentationRules } from '../../segmentation/rules';
import { BlockTextBuilder } from '../blockText';
import { splitLines, type Line } from '../lines';
import type { ParsedDocument, SourceLanguage } from '../model';
import { assembleDocument, extractSegments, type SegmentPiece } from '../segments';

const BULLET = /^[ \t]*(?:[-*•–]|(\d{1,3})[.)])[ \t]+(?=\S)/;

/** The length of the line's bullet (with its indentation and following spaces), 0 when it has none. */
export function bulletLength(line: string, lang: SourceLanguage): number {
  const m = BULLET.exec(line);
  if (!m) return 0;
  if (m[1] !== undefined) {
    // "3. Mai 2019 …" starts with a date, not with a numbered item.
    const next = /^[\p{L}]+/u.exec(line.slice(m[0].length))?.[0].toLowerCase();
    const months = SENTENCE_RULES[lang].months.map((month) => month.toLowerCase());
    if (next && months.includes(next)) return 0;
  }
  return m[0].length;
}

function paragraphs(content: string, lines: Line[]): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (/^\s*$/.test(content.slice(line.start, line.end))) {
      if (current.length) groups.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) groups.push(current);
  return groups;
}

export function parseText(content: string, lang: SourceLanguage, rules?: SegmentationRules): ParsedDocument {
  const pieces: SegmentPiece[] = [];
  for (const paragraph of paragraphs(content, splitLines(content))) {
    for (const line of paragraph) {
      const bullet = bulletLength(content.slice(line.start, line.end), lang);
      const kind = bullet ? 'list_item' : paragraph.length > 1 ? 'line' : 'paragraph';
      const block = new BlockTextBuilder(content).raw(line.start + bullet, line.end).build();
      // No push(...spread): a 5 MB paragraph of short sentences has more pieces than the stack has room for arguments.
      for (const piece of extractSegments(content, block, { kind, lang, sentences: true, rules })) pieces.push(piece);
    }
  }
  return assembleDocument(content, pieces);
}

/** A line break a translator adds in plain text: the document's own line ending. */
export function textFallbackBreak(skeleton: string): string {
  return skeleton.includes('\r\n') ? '\r\n' : '\n';
}
