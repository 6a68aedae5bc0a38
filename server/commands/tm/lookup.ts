// Fuzzy lookups in the translation memory a project sees. Every member of the project may read it.
import { InvalidInput } from '../../domain/errors';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';
import { tmServiceOf } from './tmServiceOf';
import { tmSettingsOf } from './settings';
import type { MemoryMatch } from './tmService';

export interface LookupTmProps {
  user: User;
  projectId: string;
  text: string;
  /** The sources before and after the text (null: a document's edge); both known make an exact match in-context (101). */
  prevSource?: string | null;
  nextSource?: string | null;
  limit: number;
}

/** Matches at or above the project's threshold, best first. */
export async function lookupTm(ctx: CommandContext, props: LookupTmProps): Promise<MemoryMatch[]> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  if (props.text.trim() === '') throw new InvalidInput('the text to look up is empty', { issues: [{ path: 'query.text', message: 'empty' }] });
  const memory = await tmServiceOf(ctx).open(project);
  return memory.lookup(props.text, {
    minScore: tmSettingsOf(project).threshold,
    limit: props.limit,
    prevSource: props.prevSource,
    nextSource: props.nextSource,
  });
}
