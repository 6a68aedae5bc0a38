// Someone brings an existing German text and its published Polish version: both are segmented in
// their own language and the sentences paired by the aligner. The alignment starts as a draft that
// people fix (merge.ts, split.ts, replace.ts) and confirm (confirm.ts).
import { InvalidInput } from '../../domain/errors';
import { stripPlaceholders } from '../../domain/segmentation/placeholders';
import type { Alignment, AlignmentFormat } from '../../domain/alignment/types';
import type { User } from '../../domain/users/types';
import { loadAligningProject } from './access';
import { nowIso, type CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';

export interface CreateAlignmentProps {
  user: User;
  projectId: string;
  /** Defaults to the first German sentence. */
  title?: string;
  format: AlignmentFormat;
  de: string;
  pl: string;
}

const TITLE_LENGTH = 120;

function titleOf(given: string | undefined, firstSentence: string): string {
  if (given !== undefined) {
    const title = given.trim();
    if (title === '') throw new InvalidInput('the title is empty', undefined, 'empty_title');
    return title;
  }
  const plain = stripPlaceholders(firstSentence).trim();
  return plain.length <= TITLE_LENGTH ? plain : `${plain.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

export async function createAlignment(ctx: CommandContext, props: CreateAlignmentProps): Promise<Alignment> {
  const project = await loadAligningProject(ctx, props.user, props.projectId);
  // Segmenting and aligning long texts runs on a worker thread (domain/alignment/draft.ts, ports/heavyWork.ts).
  const draft = await heavyWorkOf(ctx).run('draftAlignment', { format: props.format, de: props.de, pl: props.pl });
  const title = titleOf(props.title, draft.firstSource);
  const at = nowIso(ctx);
  const alignment: Alignment = {
    id: ctx.ids.next(),
    projectId: project.id,
    title,
    format: props.format,
    deSentences: draft.deSentences,
    plSentences: draft.plSentences,
    beads: draft.beads,
    status: 'draft',
    version: 1,
    createdBy: props.user.id,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.alignments.create(alignment);
  return alignment;
}
