// Confirming an alignment: every bead with sentences on both sides becomes a translation unit (origin
// 'alignment'), and the alignment is marked confirmed and frozen, both in one store transaction.
import { unitsFromBeads, validateBeads } from '../../domain/alignment/editing';
import type { Alignment } from '../../domain/alignment/types';
import type { TmUnit } from '../../domain/tm/types';
import type { User } from '../../domain/users/types';
import { requireDraftAt, writeDraft } from './draft';
import { loadAlignment } from './access';
import { nowIso, type CommandContext } from '../context';

export interface ConfirmAlignmentProps {
  user: User;
  alignmentId: string;
  /** The version the client last saw: a person confirms the pairs they looked at. */
  version: number;
}

export async function confirmAlignment(ctx: CommandContext, props: ConfirmAlignmentProps): Promise<{ alignment: Alignment; units: TmUnit[] }> {
  const { alignment } = await loadAlignment(ctx, props.user, props.alignmentId);
  requireDraftAt(alignment, props.version);
  validateBeads(alignment.beads, alignment.deSentences.length, alignment.plSentences.length);
  const at = nowIso(ctx);
  const confirmed: Alignment = { ...alignment, status: 'confirmed', version: alignment.version + 1, updatedAt: at };
  const units: TmUnit[] = unitsFromBeads(alignment).map((pair) => ({
    id: ctx.ids.next(),
    projectId: alignment.projectId,
    source: pair.source,
    target: pair.target,
    origin: 'alignment',
    originId: alignment.id,
    createdBy: props.user.id,
    createdAt: at,
    updatedAt: at,
  }));
  await writeDraft(ctx, alignment, props.version, () => ctx.store.alignments.confirm(confirmed, props.version, units));
  return { alignment: confirmed, units };
}
