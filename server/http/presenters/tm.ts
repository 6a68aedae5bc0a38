// The JSON shapes of translation-memory matches and concordance hits.
import type { ConcordanceHit, MemoryMatch } from '../../commands/tm/tmService';

export const presentTmMatch = (match: MemoryMatch) => ({
  unitId: match.unitId,
  source: match.source,
  target: match.target,
  score: match.score,
  band: match.band,
  diff: match.diff.map((part) => ({ op: part.op, text: part.text })),
  origin: match.origin,
  projectId: match.projectId,
});

export const presentConcordanceHit = (hit: ConcordanceHit) => ({
  unitId: hit.unit.id,
  source: hit.unit.source,
  target: hit.unit.target,
  origin: hit.unit.origin,
  projectId: hit.unit.projectId,
  highlights: hit.highlights.map((h) => ({ start: h.start, end: h.end })),
  updatedAt: hit.unit.updatedAt,
});
