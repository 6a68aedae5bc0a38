// The JSON shapes of glossary terms and of a segment's glossary hits.
import type { SegmentTermHit } from '../../domain/glossary/context';
import type { GlossaryTerm } from '../../domain/glossary/types';

export const presentGlossaryTerm = (term: GlossaryTerm) => ({
  id: term.id,
  projectId: term.projectId,
  de: term.de,
  pl: term.pl,
  note: term.note,
  partOfSpeech: term.partOfSpeech,
  caseSensitive: term.caseSensitive,
  forbidden: [...term.forbidden],
  status: term.status,
  compound: term.compound,
  version: term.version,
  createdBy: term.createdBy,
  createdAt: term.createdAt,
  updatedAt: term.updatedAt,
});

export const presentSegmentTermHit = (hit: SegmentTermHit<GlossaryTerm>) => ({
  term: presentGlossaryTerm(hit.term),
  positions: hit.positions.map(({ start, end, text, kind }) => ({ start, end, text, kind })),
  satisfied: hit.satisfied,
  forbidden: hit.forbidden.map(({ variant, start, end, text }) => ({ variant, start, end, text })),
});
