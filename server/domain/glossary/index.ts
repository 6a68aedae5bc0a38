// Term matching in German source and (inflected) Polish target, glossary files, and what DeepL gets.
export * from './types';
export { findTermsInSource, matchGermanWord, isGermanCompound, type SourceHit, type SourceHitKind, type SourceTerm } from './german';
export {
  findPolishTerm,
  forbiddenVariantsIn,
  polishStem,
  polishStems,
  polishWordMatches,
  stemsAgree,
  targetContainsTerm,
  type ForbiddenHit,
  type TextSpan,
} from './polish';
export { glossaryContext, segmentGlossary, type ContextTerm, type SegmentTermHit, type TermPosition } from './context';
export { CSV_COLUMNS, glossaryCsvParts, parseGlossaryCsv, writeGlossaryCsv } from './csv';
export { glossaryTbxParts, parseGlossaryTbx, writeGlossaryTbx, type TbxReadResult } from './tbx';
export { GlossaryFileError, type GlossaryFileCode } from './fileErrors';
export { canonicalEntries, deeplGlossaryEntries, type DeeplGlossaryEntry } from './deepl';
