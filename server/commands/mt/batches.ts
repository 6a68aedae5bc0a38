// Cutting a job's texts into DeepL requests: at most `maxTexts` texts and at most `maxBytes` of request
// body each, so a document with long paragraphs never earns a 413 for the whole job. A text that
// alone is larger than a request may be cannot be sent at all.

/** Request bytes besides the texts: languages, formality, glossary id, flags (generously). */
export const REQUEST_OVERHEAD_BYTES = 512;

/** What one text adds to a form-urlencoded body ("&text=" and the text, percent-encoded). */
export function encodedTextBytes(text: string): number {
  return new URLSearchParams({ text }).toString().length + 1;
}

export interface Batches<T> {
  batches: T[][];
  /** Items whose text alone exceeds the limit. */
  tooLarge: T[];
}

export function cutBatches<T>(items: readonly T[], textOf: (item: T) => string, maxTexts: number, maxBytes: number): Batches<T> {
  const budget = maxBytes - REQUEST_OVERHEAD_BYTES;
  const result: Batches<T> = { batches: [], tooLarge: [] };
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = encodedTextBytes(textOf(item));
    if (size > budget) {
      result.tooLarge.push(item);
      continue;
    }
    if (current.length === maxTexts || bytes + size > budget) {
      result.batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) result.batches.push(current);
  return result;
}
