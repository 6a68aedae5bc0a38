// What every change of an alignment's pairs shares. People fix what the aligner paired (merge.ts,
// split.ts, replace.ts): each edit is based on the version the client saw, keeps the alignment a draft
// and bumps its version; a confirmed alignment is frozen (confirm.ts).
import { validateBeads } from '../../domain/alignment/editing';
import { Conflict, VersionConflict } from '../../domain/errors';
import type { Alignment, AlignmentBead } from '../../domain/alignment/types';
import type { User } from '../../domain/users/types';
import { loadAlignment } from './access';
import { nowIso, type CommandContext } from '../context';

export interface EditProps {
  user: User;
  alignmentId: string;
  /** The version the client last saw. */
  version: number;
}

const confirmedError = (alignment: Alignment) =>
  new Conflict(`alignment ${alignment.id} is confirmed`, { alignmentId: alignment.id }, 'alignment_confirmed');

/** A stale version, with the alignment as it is now so the client can reload it. */
const staleError = (current: Alignment, expectedVersion: number) =>
  new Conflict(
    `alignment ${current.id} is at version ${current.version}, not ${expectedVersion}`,
    {
      alignmentId: current.id,
      expectedVersion,
      actualVersion: current.version,
      current: { status: current.status, version: current.version, updatedAt: current.updatedAt },
    },
    'version_conflict',
  );

/** Throws 409 alignment_confirmed or version_conflict unless `alignment` is a draft at `version`. */
export function requireDraftAt(alignment: Alignment, version: number): void {
  if (alignment.status === 'confirmed') throw confirmedError(alignment);
  if (alignment.version !== version) throw staleError(alignment, version);
}

/** Runs a compare-and-set write; a lost race is reported exactly like a stale version (or a confirmation). */
export async function writeDraft(ctx: CommandContext, alignment: Alignment, version: number, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    const current = (await ctx.store.alignments.findById(alignment.id)) ?? alignment;
    requireDraftAt(current, version);
    throw staleError(current, version);
  }
}

/** Loads the draft, applies `change` to its beads, checks them and stores the result at the next version. */
export async function editBeads(ctx: CommandContext, props: EditProps, change: (alignment: Alignment) => AlignmentBead[]): Promise<Alignment> {
  const { alignment } = await loadAlignment(ctx, props.user, props.alignmentId);
  requireDraftAt(alignment, props.version);
  const beads = change(alignment);
  validateBeads(beads, alignment.deSentences.length, alignment.plSentences.length);
  const edited: Alignment = { ...alignment, beads, version: alignment.version + 1, updatedAt: nowIso(ctx) };
  await writeDraft(ctx, alignment, props.version, () => ctx.store.alignments.update(edited, props.version));
  return edited;
}
