// Someone brings an existing German text and its published Polish version: both are segmented in
// their own language and the sentences paired by the aligner. The alignment starts as a draft that
// people fix (merge.ts, split.ts, replace.ts) and confirm (confirm.ts).
import { alignSentences } from '../../domain/alignment';
import { InvalidInput } from '../../domain/errors';
import { parseDocument } from '../../domain/formats';
import { renderPlaceholders, stripPlaceholders } from '../../domain/segmentation/placeholders';
import type { Alignment, AlignmentFormat } from '../../domain/alignment/types';
import type { User } from '../../domain/users/types';
import { loadAligningProject } from './access';
import { nowIso, type CommandContext } from '../context';

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

/** The text's sentences for the aligner (placeholders) and for people (markup rendered back). */
function sentencesOf(format: AlignmentFormat, text: string, lang: 'de' | 'pl') {
  if (text.trim() === '') throw new InvalidInput(`the ${lang} text is empty`, { language: lang }, 'empty_document');
  const segments = parseDocument(format, text, lang).segments;
  return { sources: segments.map((s) => s.source), sentences: segments.map((s) => renderPlaceholders(s.source, s.tags)) };
}

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
  const de = sentencesOf(props.format, props.de, 'de');
  const pl = sentencesOf(props.format, props.pl, 'pl');
  const title = titleOf(props.title, de.sources[0] ?? '');
  const at = nowIso(ctx);
  const alignment: Alignment = {
    id: ctx.ids.next(),
    projectId: project.id,
    title,
    format: props.format,
    deSentences: de.sentences,
    plSentences: pl.sentences,
    beads: alignSentences(de.sources, pl.sources),
    status: 'draft',
    version: 1,
    createdBy: props.user.id,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.alignments.create(alignment);
  return alignment;
}
