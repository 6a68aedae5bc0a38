// Concordance search in the translation memory a project sees. Every member of the project may read it.
import { InvalidInput } from '../../domain/errors';
import { parseConcordanceQuery } from '../../domain/tm/concordance';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';
import { tmServiceOf } from './tmServiceOf';
import type { ConcordanceHit, ConcordanceLanguage } from './tmService';

export interface SearchTmProps {
  user: User;
  projectId: string;
  query: string;
  lang: ConcordanceLanguage;
  offset: number;
  limit: number;
}

/** Concordance: units whose German (`de`) or Polish (`pl`) side holds the words or the "phrase". */
export async function searchTm(ctx: CommandContext, props: SearchTmProps): Promise<{ items: ConcordanceHit[]; total: number }> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  const query = parseConcordanceQuery(props.query);
  if (!query) throw new InvalidInput('the search holds no word', { issues: [{ path: 'query.q', message: 'no word to search for' }] });
  const memory = await tmServiceOf(ctx).open(project);
  return memory.search(query, props.lang, props.offset, props.limit);
}
