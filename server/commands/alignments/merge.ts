// Merging an alignment's bead with the next one: their sentences become one pair.
import { mergeBeads } from '../../domain/alignment/editing';
import type { Alignment } from '../../domain/alignment/types';
import { editBeads, type EditProps } from './draft';
import type { CommandContext } from '../context';

export type MergeBeadsProps = EditProps & { bead: number };

export const mergeAlignmentBeads = (ctx: CommandContext, props: MergeBeadsProps): Promise<Alignment> =>
  editBeads(ctx, props, (alignment) => mergeBeads(alignment.beads, props.bead));
