// Lines up text as parse5 decoded it with the source it came from: for each UTF-16 unit of the decoded
// text, the range of the source that stands for it ("&auml;" for "ä", "\r\n" for "\n"). Everything
// but a character reference is copied one to one (line endings normalized). Where a reference ends is
// not in parse5's output, and the rules are intricate (legacy names without ";" like "&amp" or "&not",
// different in attribute values), so parse5 itself decodes each candidate: the longest stretch that
// could belong to a reference ("&" + "#", digits / "x" and hex digits, or up to 40 letters and digits,
// plus one ";"). The reference is the shortest head of that stretch after which the rest of the
// stretch comes out literally. Decodings are cached per document: a page spells few distinct references.
import { parseFragment } from 'parse5';
import { isElement, isText } from './nodes';

export type DecodingMode = 'text' | 'attribute';

/** For each unit of a decoded text, the source range [starts[i], ends[i]) it comes from. */
export interface CharacterRanges {
  starts: number[];
  ends: number[];
}

/** Longer than the longest character reference name ("CounterClockwiseContourIntegral"). */
const MAX_NAME = 40;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isAlphanumeric = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Where the stretch that may belong to a reference starting at `at` ("&…") ends. */
function referenceStretch(content: string, at: number, end: number): number {
  let p = at + 1;
  if (content.charCodeAt(p) === 0x23 /* # */) {
    p++;
    const hex = content[p] === 'x' || content[p] === 'X';
    if (hex) p++;
    while (p < end && (hex ? isHexDigit : isDigit)(content.charCodeAt(p))) p++;
  } else {
    const limit = Math.min(end, p + MAX_NAME);
    while (p < limit && isAlphanumeric(content.charCodeAt(p))) p++;
  }
  if (p < end && content[p] === ';') p++;
  return p;
}

export class ReferenceDecoder {
  private readonly cache = new Map<string, string>();

  /** `stretch` as parse5 decodes it in text or in an attribute value (followed by "=" or not). */
  decode(stretch: string, mode: DecodingMode, beforeEquals: boolean): string {
    const key = `${mode === 'text' ? 't' : beforeEquals ? '=' : 'a'}${stretch}`;
    let decoded = this.cache.get(key);
    if (decoded === undefined) {
      decoded = mode === 'text' ? decodeInText(stretch) : decodeInAttribute(stretch, beforeEquals);
      this.cache.set(key, decoded);
    }
    return decoded;
  }
}

function decodeInText(stretch: string): string {
  return parseFragment(stretch)
    .childNodes.map((node) => (isText(node) ? node.value : ''))
    .join('');
}

function decodeInAttribute(stretch: string, beforeEquals: boolean): string {
  // The stretch holds only "&", "#", letters, digits and ";": it cannot end the quoted value early.
  const [element] = parseFragment(`<i title="${stretch}${beforeEquals ? '=' : ''}">`).childNodes;
  const value = element && isElement(element) ? (element.attrs[0]?.value ?? '') : '';
  return beforeEquals ? value.slice(0, -1) : value;
}

/** How many characters of `stretch` the reference took, given how parse5 decoded the stretch. */
function referenceLength(stretch: string, decoded: string): number {
  for (let length = 1; length < stretch.length; length++) {
    const rest = stretch.length - length;
    if (decoded.length > rest && decoded.endsWith(stretch.slice(length))) return length;
  }
  return stretch.length;
}

/** Whether `value` is content[start, end) as it is (no references, no line endings to normalize). */
export function isCopyOf(content: string, start: number, end: number, value: string): boolean {
  return end - start === value.length && content.startsWith(value, start);
}

/**
 * The source ranges of `value`, the decoded text of content[start, end). Returns null when they do not
 * line up (the parser dropped or changed characters, e.g. the newline right after <pre>).
 */
export function alignDecoded(
  content: string,
  start: number,
  end: number,
  value: string,
  mode: DecodingMode,
  decoder: ReferenceDecoder,
): CharacterRanges | null {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = start;
  let j = 0;
  while (i < end) {
    const c = content.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const stretchEnd = referenceStretch(content, i, end);
      const stretch = content.slice(i, stretchEnd);
      const decoded = decoder.decode(stretch, mode, stretchEnd < end && content[stretchEnd] === '=');
      const length = referenceLength(stretch, decoded);
      const produced = decoded.slice(0, decoded.length - (stretch.length - length));
      if (!value.startsWith(produced, j)) return null;
      for (let k = 0; k < produced.length; k++) {
        starts.push(i);
        ends.push(i + length);
      }
      i += length;
      j += produced.length;
    } else if (c === 0x0d /* \r */) {
      if (value.charCodeAt(j) !== 0x0a) return null;
      const width = i + 1 < end && content.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      starts.push(i);
      ends.push(i + width);
      i += width;
      j++;
    } else {
      if (value.charCodeAt(j) !== c) return null;
      starts.push(i);
      ends.push(i + 1);
      i++;
      j++;
    }
  }
  return j === value.length ? { starts, ends } : null;
}
