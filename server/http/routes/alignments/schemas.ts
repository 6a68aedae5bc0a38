import { z } from 'zod';
import { ALIGNMENT_FORMATS } from '../../../domain/alignment/types';

export const projectParams = z.strictObject({ id: z.string().min(1).max(200) });
export const alignmentParams = z.strictObject({ id: z.string().min(1).max(200) });

const version = z.number().int().min(1);
const beadIndex = z.number().int().min(0);
/** A sentence index; the domain checks it against the alignment's sentences. */
const sentenceIndexes = z.array(z.number().int().min(0)).max(100_000);

export const createAlignmentBody = z.strictObject({
  title: z.string().max(500).optional(),
  format: z.enum(ALIGNMENT_FORMATS).default('text'),
  de: z.string(),
  pl: z.string(),
});

export const mergeBeadsBody = z.strictObject({ bead: beadIndex, version });

/** The first part keeps `de` German and `pl` Polish sentences of bead `bead`. */
export const splitBeadBody = z.strictObject({ bead: beadIndex, de: z.number().int().min(0), pl: z.number().int().min(0), version });

export const replaceBeadsBody = z.strictObject({
  beads: z.array(z.strictObject({ de: sentenceIndexes, pl: sentenceIndexes })).max(200_000),
  version,
});

export const confirmAlignmentBody = z.strictObject({ version });

export const tmUnitPageQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
