// Reading the translation memory a project sees: fuzzy lookups, concordance search, and the matches
// shown beside one segment. Every member of the project may read it.
import { InvalidInput } from '../../domain/errors';
import { parseConcordanceQuery } from '../../domain/tm/concordance';
import type { Project, Segment, User } from '../../domain/types';
import { SegmentState } from '../../domain/workflow/states';
import type { CommandContext } from '../context';
import { loadProject } from '../projects/access';
import { tmServiceOf } from './index';
import { tmSettingsOf } from './settings';
import type { ConcordanceHit, ConcordanceLanguage, MemoryMatch } from './tmService';

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

/** How many matches a segment read shows. */
export const SEGMENT_MATCHES = 3;

/**
 * The best matches for a segment in its document's context, its own unit left out; none for a locked
 * segment. The caller has checked that the user may see the segment.
 */
export async function segmentTmMatches(ctx: CommandContext, segment: Segment, project?: Project): Promise<MemoryMatch[]> {
  if (segment.state === SegmentState.Locked) return [];
  const owner = project ?? (await ctx.store.projects.findById(segment.projectId));
  if (!owner) return [];
  const from = Math.max(0, segment.index - 1);
  const around = await ctx.store.segments.page({ documentId: segment.documentId, offset: from, limit: segment.index + 2 - from });
  const sourceAt = (index: number) => around.items.find((s) => s.index === index)?.source ?? null;
  const memory = await tmServiceOf(ctx).open(owner);
  return memory.lookup(segment.source, {
    minScore: tmSettingsOf(owner).threshold,
    limit: SEGMENT_MATCHES,
    prevSource: sourceAt(segment.index - 1),
    nextSource: sourceAt(segment.index + 1),
    excludeSegmentId: segment.id,
  });
}
