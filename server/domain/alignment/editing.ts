// What a person does with an alignment before confirming it: merge two neighbouring beads, split one,
// or re-pair everything; and what a confirmed alignment gives the translation memory. Every function
// returns new beads (nothing is changed in place); a bead a person made gets confidence 1.
import { InvalidInput } from '../errors';
import type { Alignment, AlignmentBead } from './types';

/** A bead as a person sends it: sentence indices only. */
export type BeadShape = Pick<AlignmentBead, 'de' | 'pl'>;

export type InvalidBeadsReason = 'empty_bead' | 'out_of_order' | 'unknown_sentence' | 'missing_sentence' | 'no_such_bead' | 'invalid_split';

const invalidBeads = (reason: InvalidBeadsReason, message: string, details: Record<string, unknown> = {}) =>
  new InvalidInput(message, { reason, ...details }, 'invalid_beads');

/**
 * Throws InvalidInput `invalid_beads` (details.reason says why) unless the beads are in order, take
 * consecutive sentences, cover each of the `deCount` German and `plCount` Polish sentences exactly
 * once, and none is empty.
 */
export function validateBeads(beads: readonly BeadShape[], deCount: number, plCount: number): void {
  const next = { de: 0, pl: 0 };
  const count = { de: deCount, pl: plCount };
  beads.forEach((bead, index) => {
    if (bead.de.length === 0 && bead.pl.length === 0) throw invalidBeads('empty_bead', `bead ${index} has no sentence`, { bead: index });
    for (const side of ['de', 'pl'] as const) {
      for (const sentence of bead[side]) {
        if (!Number.isInteger(sentence) || sentence < 0 || sentence >= count[side]) {
          throw invalidBeads('unknown_sentence', `bead ${index}: there is no ${side} sentence ${sentence}`, { bead: index, side, sentence });
        }
        if (sentence !== next[side]) {
          const reason = sentence < next[side] ? 'out_of_order' : 'missing_sentence';
          const message =
            reason === 'out_of_order'
              ? `bead ${index}: ${side} sentence ${sentence} is repeated or out of order`
              : `bead ${index}: ${side} sentence ${next[side]} is in no bead`;
          throw invalidBeads(reason, message, { bead: index, side, sentence: reason === 'out_of_order' ? sentence : next[side] });
        }
        next[side] += 1;
      }
    }
  });
  for (const side of ['de', 'pl'] as const) {
    if (next[side] < count[side]) {
      throw invalidBeads('missing_sentence', `${side} sentence ${next[side]} is in no bead`, { bead: beads.length, side, sentence: next[side] });
    }
  }
}

function requireBead(beads: readonly AlignmentBead[], index: number, last = beads.length - 1): AlignmentBead {
  const bead = Number.isInteger(index) && index >= 0 && index <= last ? beads[index] : undefined;
  if (!bead) throw invalidBeads('no_such_bead', `there is no bead ${index}`, { bead: index });
  return bead;
}

/** Bead `index` and bead `index + 1` become one. */
export function mergeBeads(beads: readonly AlignmentBead[], index: number): AlignmentBead[] {
  const first = requireBead(beads, index, beads.length - 2);
  const second = beads[index + 1] as AlignmentBead;
  const merged: AlignmentBead = { de: [...first.de, ...second.de], pl: [...first.pl, ...second.pl], confidence: 1 };
  return [...beads.slice(0, index), merged, ...beads.slice(index + 2)];
}

/**
 * Bead `index` becomes two: the first keeps its first `deSplit` German and `plSplit` Polish
 * sentences, the second the rest. Neither part may be empty.
 */
export function splitBead(beads: readonly AlignmentBead[], index: number, deSplit: number, plSplit: number): AlignmentBead[] {
  const bead = requireBead(beads, index);
  const within = (n: number, length: number) => Number.isInteger(n) && n >= 0 && n <= length;
  const first: AlignmentBead = { de: bead.de.slice(0, deSplit), pl: bead.pl.slice(0, plSplit), confidence: 1 };
  const second: AlignmentBead = { de: bead.de.slice(deSplit), pl: bead.pl.slice(plSplit), confidence: 1 };
  const empty = (part: AlignmentBead) => part.de.length + part.pl.length === 0;
  if (!within(deSplit, bead.de.length) || !within(plSplit, bead.pl.length) || empty(first) || empty(second)) {
    throw invalidBeads('invalid_split', `bead ${index} (${bead.de.length}-${bead.pl.length}) cannot be split after ${deSplit} German and ${plSplit} Polish sentences`, {
      bead: index,
      de: deSplit,
      pl: plSplit,
    });
  }
  return [...beads.slice(0, index), first, second, ...beads.slice(index + 1)];
}

/**
 * Replaces all beads (a person re-paired the sentences): validated against the sentence counts; a
 * bead identical to one of `current` keeps its confidence, every other one gets 1.
 */
export function replaceBeads(current: readonly AlignmentBead[], proposed: readonly BeadShape[], deCount: number, plCount: number): AlignmentBead[] {
  validateBeads(proposed, deCount, plCount);
  const key = (bead: BeadShape) => `${bead.de.join(',')}|${bead.pl.join(',')}`;
  const kept = new Map(current.map((bead) => [key(bead), bead.confidence]));
  return proposed.map((bead) => ({ de: [...bead.de], pl: [...bead.pl], confidence: kept.get(key(bead)) ?? 1 }));
}

/** A sentence pair for the translation memory. */
export interface AlignedPair {
  source: string;
  target: string;
}

/** One pair per bead with sentences on both sides, in bead order; the sentences joined with a space. */
export function unitsFromBeads(alignment: Pick<Alignment, 'beads' | 'deSentences' | 'plSentences'>): AlignedPair[] {
  return alignment.beads
    .filter((bead) => bead.de.length > 0 && bead.pl.length > 0)
    .map((bead) => ({
      source: bead.de.map((i) => alignment.deSentences[i]).join(' '),
      target: bead.pl.map((j) => alignment.plSentences[j]).join(' '),
    }));
}
