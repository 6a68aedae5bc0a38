// What planning a revision needs to know of each segment of the new version besides its text: its
// repetition key and its word and character counts. Worked out with the parse, on the thread that
// parses a large version (domain/heavyTasks.ts): for 40,000 segments they take some 180 ms.
import type { ParsedDocument } from '../formats';
import { sourceKey } from '../repetitions/sourceKey';
import { countChars, countWords } from '../segmentation/sentences';

export interface SegmentMeasures {
  /** Each new segment's repetition key, by index. */
  keys: string[];
  wordCounts: number[];
  charCounts: number[];
}

/** A parsed version and its measures side by side (flat: its long lists cross a thread in parts). */
export type MeasuredVersion = ParsedDocument & SegmentMeasures;

export function measureSegments(parsed: ParsedDocument): SegmentMeasures {
  return {
    keys: parsed.segments.map((segment) => sourceKey(segment.source)),
    wordCounts: parsed.segments.map((segment) => countWords(segment.source)),
    charCounts: parsed.segments.map((segment) => countChars(segment.source)),
  };
}
