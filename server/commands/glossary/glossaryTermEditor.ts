// Creating, changing and deleting one glossary term. A term's German–Polish pair is unique in its
// project (case-insensitively); changes are based on the version the client saw when it sends one, and
// always on the version read, so two saves never silently overwrite each other.
import { Conflict, Forbidden, VersionConflict } from '../../domain/errors';
import {
  normalizeTermFields,
  termPairKey,
  type GlossaryTerm,
  type GlossaryTermFields,
} from '../../domain/glossary/types';
import type { User } from '../../domain/types';
import { nowIso, type CommandContext } from '../context';
import { canEditGlossary, canProposeTerms, loadTerm, requireTermChange } from './glossaryAccess';
import { loadProject } from '../projects/access';

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

/** The term as the client may see it after a lost race. */
const currentView = (term: GlossaryTerm) => ({ ...term, forbidden: [...term.forbidden] });

function staleError(current: GlossaryTerm, expectedVersion: number): Conflict {
  return new Conflict(
    `glossary term ${current.id} is at version ${current.version}, not ${expectedVersion}`,
    { termId: current.id, expectedVersion, actualVersion: current.version, current: currentView(current) },
    'glossary_term_changed',
  );
}

async function requireUniquePair(ctx: CommandContext, term: GlossaryTerm): Promise<void> {
  const key = termPairKey(term);
  const twin = (await ctx.store.glossary.listByProject(term.projectId)).find((other) => other.id !== term.id && termPairKey(other) === key);
  if (twin) throw new Conflict(`"${term.de}" → "${term.pl}" is already in the glossary`, { termId: twin.id }, 'glossary_term_exists');
}

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
