// Pairing a German text with an existing Polish one, sentence by sentence.
export { alignSentences, DEFAULT_BAND } from './align';
export { alignTexts } from './alignTexts';
export { parseBeadFile, type BeadFile, type GoldBead } from './beadFile';
export { scoreAlignment, scoreLinks, withoutSentences, type AlignmentCase, type AlignmentScore } from './evaluate';
export type { AlignOptions, Bead, TextBead } from './types';
