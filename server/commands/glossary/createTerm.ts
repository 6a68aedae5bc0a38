// Adding a term to a project's glossary.
import { Forbidden } from '../../domain/errors';
import { normalizeTermFields, type GlossaryTerm, type GlossaryTermFields } from '../../domain/glossary/types';
import type { User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { canEditGlossary, canProposeTerms } from './access';
import { loadProject } from '../projects/access';
import { requireUniquePair } from './termConflicts';

export type TermInput = Partial<GlossaryTermFields> & Pick<GlossaryTermFields, 'de' | 'pl'>;

export interface CreateTermProps {
  user: User;
  projectId: string;
  fields: TermInput;
}

const DEFAULTS: Omit<GlossaryTermFields, 'de' | 'pl'> = {
  note: null,
  partOfSpeech: null,
  caseSensitive: false,
  forbidden: [],
  status: 'approved',
  compound: false,
};

/** Coordinators and admins add terms as given (approved by default); translators add proposals. */
export async function createGlossaryTerm(ctx: CommandContext, props: CreateTermProps): Promise<GlossaryTerm> {
  const { project, roles } = await loadProject(ctx, props.user, props.projectId);
  const editor = canEditGlossary(roles);
  if (!editor && !canProposeTerms(roles)) throw new Forbidden('not allowed to add glossary terms');
  const fields = normalizeTermFields({ ...DEFAULTS, ...props.fields, ...(editor ? {} : { status: 'proposed' as const }) });
  const at = nowIso(ctx);
  const term: GlossaryTerm = { ...fields, id: ctx.ids.next(), projectId: project.id, version: 1, createdBy: props.user.id, createdAt: at, updatedAt: at };
  await requireUniquePair(ctx, term);
  await ctx.store.glossary.create(term);
  return term;
}
