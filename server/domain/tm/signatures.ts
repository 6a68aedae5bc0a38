// 64-bit Bloom signatures of a unit, kept beside each posting's slot so that most candidates are
// dismissed without reading their tokens: of its normalized content keys, of its raw forms (case and
// punctuation included), and of (key, position bucket) pairs. A bit unset proves absence; a bit set
// proves nothing. Each signature is two int32 words: bit b is in word b >>> 5.

/** Width (tenths of a word) of the position buckets of the place signature: about four words. */
export const BUCKET = 40;

export const keyBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 26;
export const rawBit = (id: number): number => Math.imul(id, 0x85ebca6b) >>> 26;
/** The bit of a key at a position bucket. */
export const placeBit = (key: number, bucket: number): number => Math.imul(key ^ Math.imul(bucket + 1, 0x27d4eb2d), 0x9e3779b1) >>> 26;

/** A bit as [low word, high word] masks. */
export const maskOf = (bit: number): [number, number] => (bit < 32 ? [1 << bit, 0] : [0, 1 << (bit - 32)]);

/** A form's raw-signature mask; none for a form no unit holds (negative id). */
export const rawMask = (id: number): [number, number] => (id < 0 ? [0, 0] : maskOf(rawBit(id)));

/** Sets `bit` in the signature at `words[at]`, `words[at + 1]`. */
export function setBit(words: Int32Array, at: number, bit: number): void {
  words[at + (bit >>> 5)] |= 1 << (bit & 31);
}
