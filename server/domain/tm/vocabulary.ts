// Token strings interned to integer ids, and sentences encoded as id sequences: the scorer and the
// index compare integers, never strings. One id space holds raw forms and normalized keys: `keyOf[id]`
// is the id of the token's lower-cased form (itself for numbers, placeholders and punctuation).
import type { Token, TokenKind } from './tokens';

/** Kind codes; the search and the scorer repeat them as literals (word 0, number 1, placeholder 2, punct 3). */
export const KIND_CODE: Record<TokenKind, number> = { word: 0, number: 1, placeholder: 2, punct: 3 };

/** A sentence as parallel arrays: raw id, normalized key id, kind code of each token. */
export interface TokenSeq {
  ids: Int32Array;
  keys: Int32Array;
  kinds: Uint8Array;
  length: number;
}

/** A vocabulary as plain data (TmIndex.image): the text of every id, and the per-id arrays. */
export interface VocabularyImage {
  texts: string[];
  keyOf: Int32Array<ArrayBuffer>;
  kindOf: Uint8Array<ArrayBuffer>;
  asText: Uint8Array<ArrayBuffer>;
}

export class Vocabulary {
  private idOf = new Map<string, number>();
  keyOf = new Int32Array(1024);
  kindOf = new Uint8Array(1024);
  /** 1 when the id has been added as a token's text, 0 when only as another form's key. */
  asText = new Uint8Array(1024);
  size = 0;

  image(): VocabularyImage {
    const texts = new Array<string>(this.size);
    for (const [text, id] of this.idOf) texts[id] = text;
    return { texts, keyOf: this.keyOf.subarray(0, this.size), kindOf: this.kindOf.subarray(0, this.size), asText: this.asText.subarray(0, this.size) };
  }

  static fromImage(image: VocabularyImage): Vocabulary {
    const vocab = new Vocabulary();
    const capacity = Math.max(1024, image.texts.length);
    vocab.keyOf = grow(image.keyOf, capacity);
    vocab.kindOf = grow(image.kindOf, capacity);
    vocab.asText = grow(image.asText, capacity);
    vocab.size = image.texts.length;
    vocab.idOf = new Map(image.texts.map((text, id) => [text, id]));
    return vocab;
  }

  /** The id of a token's text, added if new (and its key's). */
  intern(text: string, norm: string, kind: number): number {
    const id = this.internKey(text, norm, kind);
    this.asText[id] = 1;
    return id;
  }

  /** The id of a token's text, only if some added token had this text. */
  findText(text: string): number | undefined {
    const id = this.idOf.get(text);
    return id !== undefined && this.asText[id] === 1 ? id : undefined;
  }

  /** The id of a normalized key, if known. */
  findKey(norm: string): number | undefined {
    return this.idOf.get(norm);
  }

  private internKey(text: string, norm: string, kind: number): number {
    const known = this.idOf.get(text);
    if (known !== undefined) return known;
    const key = norm === text ? -1 : this.internKey(norm, norm, kind);
    const id = this.size++;
    if (id === this.keyOf.length) {
      this.keyOf = grow(this.keyOf, id * 2);
      this.kindOf = grow(this.kindOf, id * 2);
      this.asText = grow(this.asText, id * 2);
    }
    this.idOf.set(text, id);
    this.keyOf[id] = key === -1 ? id : key;
    this.kindOf[id] = kind;
    return id;
  }
}

/** Copies a typed array into a bigger one of the same type. */
export function grow<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}

export function emptySeq(capacity: number): TokenSeq {
  return { ids: new Int32Array(capacity), keys: new Int32Array(capacity), kinds: new Uint8Array(capacity), length: 0 };
}

/**
 * Encodes tokens. With `add` false (a query against an index) nothing is added to the vocabulary: a
 * text no stored token had, or an unknown key, gets a negative id, unique within this sentence, which
 * equals no stored id.
 */
export function encode(vocab: Vocabulary, tokens: readonly Token[], add: boolean): TokenSeq {
  const seq = emptySeq(tokens.length);
  const unknown = new Map<string, number>();
  const unknownId = (text: string): number => {
    let id = unknown.get(text);
    if (id === undefined) unknown.set(text, (id = -1 - unknown.size));
    return id;
  };
  for (const token of tokens) {
    const kind = KIND_CODE[token.kind];
    let id: number;
    let key: number;
    if (add) {
      id = vocab.intern(token.text, token.norm, kind);
      key = vocab.keyOf[id];
    } else {
      id = vocab.findText(token.text) ?? unknownId(`text:${token.text}`);
      key = id >= 0 ? vocab.keyOf[id] : (vocab.findKey(token.norm) ?? unknownId(`key:${token.norm}`));
    }
    seq.ids[seq.length] = id;
    seq.keys[seq.length] = key;
    seq.kinds[seq.length++] = kind;
  }
  return seq;
}
