// Translation memory: tokens, fuzzy scores and bands, the lookup index.
export { tokenize, type Token, type TokenKind } from './tokens';
export { bandOf, fuzzyScore, type TmBand } from './score';
export { wordDiff, type TmDiffPart } from './diff';
export { TmIndex, type TmIndexUnit, type TmLookupOptions, type TmMatch } from './tmIndex';
