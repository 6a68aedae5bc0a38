// Re-pairing an alignment as a whole: the client sends every bead.
import { replaceBeads, type BeadShape } from '../../domain/alignment/editing';
import type { Alignment } from '../../domain/alignment/types';
import { editBeads, type EditProps } from './draft';
import type { CommandContext } from '../context';

export type ReplaceBeadsProps = EditProps & { beads: BeadShape[] };

export const replaceAlignmentBeads = (ctx: CommandContext, props: ReplaceBeadsProps): Promise<Alignment> =>
  editBeads(ctx, props, (alignment) =>
    replaceBeads(alignment.beads, props.beads, alignment.deSentences.length, alignment.plSentences.length),
  );
