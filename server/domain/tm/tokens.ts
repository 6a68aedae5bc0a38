// Tokens of a German or Polish sentence, as the translation memory compares them.
//
// - word: Unicode letters (äöüß, ąćęłńóśźż …), digits inside (B96), apostrophes (geht's); a
//   hyphenated compound is one token (Görlitz-Zgorzelec, EU-Förderung, 5-Jahres-Plan), and so is a
//   German truncated compound ("Ein- und Ausgang": "Ein-").
// - number: digits with inner . , : separators, one token each: 1.000,50 · 31.01.2019 · 10:30.
//   An ordinal's dot ("4. Treffen") and a range's dash (10-20) stay punctuation.
// - placeholder: an inline tag of the segment text, {1} {/1} {2/} (see domain/segments/types.ts, InlineTag).
// - punct: every other visible character, one token each.
// `norm` is the lower-cased (and NFC) form; matching ignores case through it.

export type TokenKind = 'word' | 'number' | 'placeholder' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  norm: string;
  /** Offsets in the tokenized string: text === input.slice(start, end). */
  start: number;
  end: number;
}

const PLACEHOLDER = String.raw`\{\d+\}|\{\/\d+\}|\{\d+\/\}`;
const PART = String.raw`[\p{L}\p{M}\d]`;
const WORD = String.raw`(?:\d+-)?\p{L}${PART}*(?:['’\-‐‑]${PART}+)*(?:-(?=\s|$))?`;
const NUMBER = String.raw`\d+(?:[.,:]\d+)*`;
const TOKEN_RE = new RegExp(`(${PLACEHOLDER})|(${WORD})|(${NUMBER})|(\\S)`, 'gu');
const MARKS = /\p{M}/u;

/** Splits a sentence into tokens; whitespace separates and is dropped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const nfc = MARKS.test(text);
  const re = new RegExp(TOKEN_RE);
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const kind: TokenKind = m[1] ? 'placeholder' : m[2] ? 'word' : m[3] ? 'number' : 'punct';
    const lower = kind === 'word' ? raw.toLowerCase() : raw;
    tokens.push({ kind, text: raw, norm: nfc ? lower.normalize('NFC') : lower, start: m.index, end: m.index + raw.length });
  }
  return tokens;
}
