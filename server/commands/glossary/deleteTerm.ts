// Deleting one glossary term (editors any, translators their own proposals).
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadTerm, requireTermChange } from './access';
import { staleError } from './termConflicts';

export interface DeleteTermProps {
  user: User;
  projectId: string;
  termId: string;
  version?: number;
}

export async function deleteGlossaryTerm(ctx: CommandContext, props: DeleteTermProps): Promise<void> {
  const { term, roles } = await loadTerm(ctx, props.user, props.projectId, props.termId);
  requireTermChange(props.user, roles, term, 'delete this glossary term');
  if (props.version !== undefined && props.version !== term.version) throw staleError(term, props.version);
  await ctx.store.glossary.delete(term.id);
}
