// Changing one glossary term, based on the version read (and on the one the client saw, if sent).
import { Forbidden, VersionConflict } from '../../domain/errors';
import { normalizeTermFields, type GlossaryTerm, type GlossaryTermFields } from '../../domain/glossary/types';
import type { User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { canEditGlossary, loadTerm, requireTermChange } from './access';
import { requireUniquePair, staleError } from './termConflicts';

export interface UpdateTermProps {
  user: User;
  projectId: string;
  termId: string;
  changes: Partial<GlossaryTermFields>;
  /** The version the client saw; a different stored version is 409 glossary_term_changed. */
  version?: number;
}

export async function updateGlossaryTerm(ctx: CommandContext, props: UpdateTermProps): Promise<GlossaryTerm> {
  const { term, roles } = await loadTerm(ctx, props.user, props.projectId, props.termId);
  requireTermChange(props.user, roles, term, 'change this glossary term');
  if (!canEditGlossary(roles) && props.changes.status === 'approved') {
    throw new Forbidden('only coordinators approve glossary terms', 'glossary_approval_forbidden');
  }
  if (props.version !== undefined && props.version !== term.version) throw staleError(term, props.version);
  const { id, projectId, version, createdBy, createdAt, updatedAt: _u, ...stored } = term;
  const fields = normalizeTermFields({ ...stored, ...props.changes });
  const changed: GlossaryTerm = { ...fields, id, projectId, version: version + 1, createdBy, createdAt, updatedAt: nowIso(ctx) };
  await requireUniquePair(ctx, changed);
  try {
    await ctx.store.glossary.update(changed, term.version);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    const current = (await ctx.store.glossary.findById(term.id)) ?? term;
    throw staleError(current, props.version ?? term.version);
  }
  return changed;
}
