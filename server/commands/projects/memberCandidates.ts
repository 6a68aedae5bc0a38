// People a project's coordinator may add: active accounts not yet members whose name or e-mail contains
// the search (case and diacritics ignored: "zielinska" finds Zielińska). Only id, name and e-mail
// leave (presenters/user.ts presentCandidate): a coordinator needs no more to pick someone.
import { foldWord } from '../../domain/tm/concordance';
import type { User } from '../../domain/users/types';
import { requireProjectRole } from '../../policies/projectAccess';
import type { CommandContext } from '../context';
import { loadProject } from './access';

export const MEMBER_CANDIDATES_MAX = 20;

export interface MemberCandidatesProps {
  user: User;
  projectId: string;
  query: string;
  limit?: number;
}

export async function findMemberCandidates(ctx: CommandContext, props: MemberCandidatesProps): Promise<User[]> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['admin', 'coordinator'], 'manage project members');
  const wanted = foldWord(props.query.trim());
  if (wanted === '') return [];
  const members = new Set(project.members.map((member) => member.userId));
  const matches = (await ctx.store.users.list()).filter(
    (user) => user.active && !members.has(user.id) && (foldWord(user.name).includes(wanted) || foldWord(user.email).includes(wanted)),
  );
  return matches.slice(0, props.limit ?? MEMBER_CANDIDATES_MAX);
}
