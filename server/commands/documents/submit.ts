// An editor submits a German document: it is parsed, segmented and stored with one `created`
// event per segment, all at once. Polish and language-neutral segments (a quoted Polish paragraph,
// a table of figures, a URL) are locked with target = source: they are never sent to DeepL.
// The preview (preview.ts) runs the same steps up to segmentation and stores nothing.
import { InvalidInput } from '../../domain/errors';
import { parseDocument } from '../../domain/formats';
import { identifyLanguage } from '../../domain/language/identify';
import { markRepetitions, sourceKey } from '../../domain/repetitions/sourceKey';
import { countChars, countWords } from '../../domain/segmentation/sentences';
import type { BlockKind, InlineTag, Segment, SegmentEvent, SegmentLanguage } from '../../domain/segments/types';
import type { DocumentFormat, DocumentRecord } from '../../domain/documents/types';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import { requireProjectRole } from '../../policies/projectAccess';
import { nowIso, type CommandContext } from '../context';
import { checkSegments } from '../qa/checkSegments';
import { loadProject } from '../projects/access';
import { rulesOf } from '../projects/settings';
import { rememberApprovedSegments } from '../tm/rememberApproved';
import { pretranslate } from '../tm/pretranslate';
import { emitWebhookEvent } from '../webhooks/emit';

/** Languages whose text stays as it is in the Polish document. */
const NOT_TRANSLATED: readonly SegmentLanguage[] = ['pl', 'neutral'];

export interface SubmitDocumentProps {
  user: User;
  projectId: string;
  title: string;
  format: DocumentFormat;
  content: string;
  dueDate: string | null;
}

/** A segment as the submission of a text would create it, before it has an id or a document. */
export interface SegmentDraft {
  index: number;
  source: string;
  kind: BlockKind;
  tags: InlineTag[];
  /** The language identified for the segment; Polish and neutral ones are not translated. */
  lang: SegmentLanguage;
  /** Locked with target = source (never sent to DeepL) because of its language. */
  locked: boolean;
  wordCount: number;
  charCount: number;
}

export interface DraftDocument {
  skeleton: string;
  segments: SegmentDraft[];
}

/** The project a user may submit documents to (NotFound if invisible, Forbidden without the role). */
export async function projectForSubmission(ctx: CommandContext, user: User, projectId: string): Promise<Project> {
  const { project } = await loadProject(ctx, user, projectId);
  requireProjectRole(user, project, ['editor', 'coordinator', 'admin'], 'submit documents');
  return project;
}

/**
 * Parses and segments the content with the project's rules (each paragraph by the rules of its own
 * language) and identifies each segment's language: everything a submission decides before storing. Throws what parseDocument throws (empty_document,
 * invalid_characters).
 */
export function draftDocument(project: Project, format: DocumentFormat, content: string): DraftDocument {
  const parsed = parseDocument(format, content, project.sourceLang === 'pl' ? 'pl' : 'de', rulesOf(project));
  const segments = parsed.segments.map((parsedSegment, index): SegmentDraft => {
    // The paragraph's language is the prior: a short or neutral fragment of a Polish paragraph ("Tak.",
    // "Dz. U. poz. 12.") stays Polish and is locked with it; a long sentence still speaks for itself.
    const lang = identifyLanguage(parsedSegment.source, { documentLanguage: parsedSegment.blockLanguage ?? 'de' });
    return {
      index,
      source: parsedSegment.source,
      kind: parsedSegment.kind,
      tags: parsedSegment.tags,
      lang,
      locked: NOT_TRANSLATED.includes(lang),
      wordCount: countWords(parsedSegment.source),
      charCount: countChars(parsedSegment.source),
    };
  });
  return { skeleton: parsed.skeleton, segments };
}

export async function submitDocument(ctx: CommandContext, props: SubmitDocumentProps): Promise<DocumentRecord> {
  const project = await projectForSubmission(ctx, props.user, props.projectId);
  const title = props.title.trim();
  if (title === '') throw new InvalidInput('the title is empty', undefined, 'empty_title');

  const draft = draftDocument(project, props.format, props.content);
  const at = nowIso(ctx);
  const document: DocumentRecord = {
    id: ctx.ids.next(),
    projectId: project.id,
    title,
    format: props.format,
    skeleton: draft.skeleton,
    dueDate: props.dueDate,
    billedCharacters: 0,
    segmentCount: draft.segments.length,
    createdBy: props.user.id,
    createdAt: at,
  };
  const keys = draft.segments.map((s) => sourceKey(s.source));
  const repetitions = markRepetitions(keys, await ctx.store.segments.existingSourceKeys(project.id, [...new Set(keys)]));
  const segments: Segment[] = draft.segments.map(({ locked, ...segment }) => ({
    ...segment,
    id: ctx.ids.next(),
    documentId: document.id,
    projectId: project.id,
    target: locked ? segment.source : null,
    state: locked ? SegmentState.Locked : SegmentState.New,
    origin: locked ? 'source' : null,
    mtTarget: null,
    version: 1,
    sourceKey: keys[segment.index],
    repetition: repetitions[segment.index],
    contextSpecific: false,
    translatedBy: null,
    reviewedBy: null,
    updatedAt: at,
  }));
  const events: SegmentEvent[] = segments.map((segment) => ({
    id: ctx.ids.next(),
    segmentId: segment.id,
    documentId: document.id,
    actorId: props.user.id,
    at,
    action: 'created',
    fromState: SegmentState.New,
    toState: segment.state,
    fromTarget: null,
    toTarget: segment.target,
    note: segment.state === SegmentState.Locked ? `language: ${segment.lang}` : null,
    version: 1,
  }));
  // Exact and in-context TM matches fill targets, good fuzzy ones become drafts; only the rest stays new for DeepL.
  const memory = await pretranslate(ctx, project, segments);
  const analysed: DocumentRecord = { ...document, analysis: memory.analysis };
  await ctx.store.documents.createWithSegments(analysed, memory.segments, [...events, ...memory.events]);
  await rememberApprovedSegments(ctx, memory.segments, props.user.id);
  // Targets the memory filled are checked like any other target.
  await checkSegments(ctx, project, memory.segments.filter((s) => s.target !== null && s.state !== SegmentState.Locked));
  await emitWebhookEvent(ctx, {
    event: 'document.submitted',
    projectId: project.id,
    documentId: document.id,
    data: { title, format: props.format, segments: document.segmentCount, dueDate: props.dueDate, submittedBy: props.user.id },
  });
  return analysed;
}
