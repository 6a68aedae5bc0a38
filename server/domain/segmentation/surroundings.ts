// What the segmenter (./sentences.ts) asks about the text around a possible break, worked out once per
// block and only when a question comes up: is a position inside a web or e-mail address (found by the
// one linear finder, ../text/urlsEmailsNumbers.ts), and inside which pair of brackets is it.
import { findEmails, findUrls } from '../text/urlsEmailsNumbers';

const OPENING: Record<string, string> = { ')': '(', ']': '[' };

export class Surroundings {
  private addresses: { start: number; end: number }[] | null = null;
  private enclosing: Int32Array | null = null;

  /** Does the text hold a bracket at all? Most blocks do not, and ask nothing more. */
  readonly hasBrackets: boolean;

  /** `view` is the block text as the segmenter reads it (placeholders blanked). */
  constructor(private readonly view: string) {
    this.hasBrackets = view.includes('(') || view.includes('[');
  }

  /** Is `position` inside a web or e-mail address? */
  inAddress(position: number): boolean {
    this.addresses ??= [...findUrls(this.view), ...findEmails(this.view)];
    return this.addresses.some((span) => span.start <= position && position < span.end);
  }

  /**
   * Where the innermost pair of round or square brackets around `position` opens, or -1. Only pairs
   * that close count: an unmatched "(" ("a) erstens") encloses nothing.
   */
  openingBracketAround(position: number): number {
    this.enclosing ??= enclosingBrackets(this.view);
    return this.enclosing[position] ?? -1;
  }
}

/** For each position, where the innermost closed bracket pair around it opens (-1: none). Linear. */
function enclosingBrackets(text: string): Int32Array {
  const closes = new Int32Array(text.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '(' || ch === '[') stack.push(i);
    else if (OPENING[ch] && stack.length && text[stack[stack.length - 1] as number] === OPENING[ch]) {
      // A closer pairs with the innermost opener if it is of its own type; any other closer pairs with nothing.
      closes[stack.pop() as number] = i;
    }
  }
  const enclosing = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    while (open.length && (closes[open[open.length - 1] as number] as number) < i) open.pop();
    enclosing[i] = open.length ? (open[open.length - 1] as number) : -1;
    if ((closes[i] as number) > i) open.push(i);
  }
  return enclosing;
}
