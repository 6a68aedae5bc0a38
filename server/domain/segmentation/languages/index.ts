// Sentence rules as data, one file per language. The segmenter (../sentences.ts) only interprets them;
// ../types.ts describes them.
import type { LanguageRules, SegmentationLanguage } from '../types';
import { GERMAN } from './de';
import { POLISH } from './pl';

export const SENTENCE_RULES: Record<SegmentationLanguage, LanguageRules> = { de: GERMAN, pl: POLISH };
