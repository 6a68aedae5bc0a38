// The JSON shapes of alignments and translation-memory units.
import type { Alignment, AlignmentBead } from '../../domain/alignment/types';
import type { TmUnit } from '../../domain/tm/types';

/** Confidence as clients show it: two decimals. */
const rounded = (confidence: number): number => Math.round(confidence * 100) / 100;

export const presentBead = (alignment: Alignment, bead: AlignmentBead) => ({
  de: bead.de.map((i) => alignment.deSentences[i]),
  pl: bead.pl.map((j) => alignment.plSentences[j]),
  deIndexes: bead.de,
  plIndexes: bead.pl,
  confidence: rounded(bead.confidence),
});

/** An alignment without its beads (lists). */
export const presentAlignmentSummary = (alignment: Alignment) => ({
  id: alignment.id,
  projectId: alignment.projectId,
  title: alignment.title,
  format: alignment.format,
  status: alignment.status,
  version: alignment.version,
  sentences: { de: alignment.deSentences.length, pl: alignment.plSentences.length },
  createdBy: alignment.createdBy,
  createdAt: alignment.createdAt,
  updatedAt: alignment.updatedAt,
});

export const presentAlignment = (alignment: Alignment) => ({
  ...presentAlignmentSummary(alignment),
  beads: alignment.beads.map((bead) => presentBead(alignment, bead)),
});

export const presentTmUnit = (unit: TmUnit) => ({
  id: unit.id,
  source: unit.source,
  target: unit.target,
  origin: unit.origin,
  originId: unit.originId,
  createdAt: unit.createdAt,
});
