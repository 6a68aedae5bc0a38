// What creating an alignment decides before anything is stored: both texts segmented in their own
// language, their sentences paired by the aligner. Plain data in and out, so that long texts are
// aligned on a worker thread (server/workers) exactly as short ones are aligned inline.
import { InvalidInput } from '../errors';
import { parseDocument } from '../formats';
import { renderPlaceholders } from '../segmentation/placeholders';
import { alignSentences } from './align';
import type { AlignmentFormat, Bead } from './types';

export interface AlignmentDraftInput {
  format: AlignmentFormat;
  de: string;
  pl: string;
}

export interface AlignmentDraft {
  /** The first German sentence with its placeholders (what a title is made from). */
  firstSource: string;
  /** The sentences as segmented, inline markup rendered back (no placeholders). */
  deSentences: string[];
  plSentences: string[];
  beads: Bead[];
}

/** The text's sentences for the aligner (placeholders) and for people (markup rendered back). */
function sentencesOf(format: AlignmentFormat, text: string, lang: 'de' | 'pl') {
  if (text.trim() === '') throw new InvalidInput(`the ${lang} text is empty`, { language: lang }, 'empty_document');
  const segments = parseDocument(format, text, lang).segments;
  return { sources: segments.map((s) => s.source), sentences: segments.map((s) => renderPlaceholders(s.source, s.tags)) };
}

/** Throws InvalidInput `empty_document` for an empty text, and what parseDocument throws. */
export function draftAlignment({ format, de, pl }: AlignmentDraftInput): AlignmentDraft {
  const german = sentencesOf(format, de, 'de');
  const polish = sentencesOf(format, pl, 'pl');
  return {
    firstSource: german.sources[0] ?? '',
    deSentences: german.sentences,
    plSentences: polish.sentences,
    beads: alignSentences(german.sources, polish.sources),
  };
}
