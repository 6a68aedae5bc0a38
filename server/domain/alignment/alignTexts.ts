// Aligning two whole documents: each is parsed and segmented in its own language (German with 'de',
// Polish with 'pl'), the sentence lists are aligned, and the beads carry the sentences with their
// inline markup rendered back (placeholders are only the aligner's view).
import { parseDocument, type ParsedSegment } from '../formats';
import { renderPlaceholders } from '../segmentation/placeholders';
import { alignSentences } from './align';
import type { AlignmentFormat, AlignOptions, TextBead } from './types';

export function alignTexts(
  deText: string,
  plText: string,
  format: AlignmentFormat,
  options: AlignOptions = {},
): TextBead[] {
  const de = parseDocument(format, deText, 'de').segments;
  const pl = parseDocument(format, plText, 'pl').segments;
  const beads = alignSentences(
    de.map((s) => s.source),
    pl.map((s) => s.source),
    options,
  );
  const render = (segment: ParsedSegment | undefined) =>
    segment ? renderPlaceholders(segment.source, segment.tags) : '';
  return beads.map((bead) => ({
    de: bead.de.map((i) => render(de[i])),
    pl: bead.pl.map((j) => render(pl[j])),
    confidence: bead.confidence,
  }));
}
