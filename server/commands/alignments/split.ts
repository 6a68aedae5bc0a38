// Splitting an alignment's bead in two after the given number of German and Polish sentences.
import { splitBead } from '../../domain/alignment/editing';
import type { Alignment } from '../../domain/alignment/types';
import { editBeads, type EditProps } from './draft';
import type { CommandContext } from '../context';

export type SplitBeadProps = EditProps & { bead: number; de: number; pl: number };

export const splitAlignmentBead = (ctx: CommandContext, props: SplitBeadProps): Promise<Alignment> =>
  editBeads(ctx, props, (alignment) => splitBead(alignment.beads, props.bead, props.de, props.pl));
