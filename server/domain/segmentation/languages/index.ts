// Sentence rules as data, one file per language. The segmenter (../sentences.ts) only interprets them;
// ../rules.ts describes them.
import type { LanguageCode } from '../../types';
import type { LanguageRules } from '../rules';
import { GERMAN } from './de';
import { POLISH } from './pl';

export type SegmentationLanguage = LanguageCode;

export const SENTENCE_RULES: Record<SegmentationLanguage, LanguageRules> = { de: GERMAN, pl: POLISH };
