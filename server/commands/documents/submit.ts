// An editor submits a German document: it is parsed, segmented and stored with one `created`
// event per segment, all at once. Polish and language-neutral segments (a quoted Polish paragraph,
// a table of figures, a URL) are locked with target = source: they are never sent to DeepL. A
// translation the file already holds (an XLIFF target) makes its segment a draft of origin `xliff`.
// The preview (preview.ts) runs the same steps up to segmentation and stores nothing.
import { InvalidInput } from '../../domain/errors';
import { parseDocument, type DocumentContent, type ParsedDocument, type ParsedSegment } from '../../domain/formats';
import { uploadedDocumentFormat } from '../../domain/formats/upload';
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

/** What is submitted: text in a stated format (JSON), or a file whose format is detected from its content. */
export type DocumentSource = { format: DocumentFormat; content: string } | { file: { name: string; bytes: Uint8Array } };

export interface SubmitDocumentProps {
  user: User;
  projectId: string;
  /** Required with text; for a file, empty or absent means the document's own title, else the file name without its extension. */
  title?: string;
  source: DocumentSource;
  dueDate: string | null;
}

export interface ResolvedSource {
  format: DocumentFormat;
  content: DocumentContent;
  fileName?: string;
}

/**
 * The format and content of a submission: a file's format is detected and checked against its name
 * (InvalidInput with the detection's reason: format_mismatch, docx_encrypted_or_legacy, pdf_not_supported …).
 */
export function resolveSource(source: DocumentSource): ResolvedSource {
  if ('format' in source) return source;
  return { format: uploadedDocumentFormat(source.file.bytes, source.file.name), content: source.file.bytes, fileName: source.file.name };
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
  /** A translation the submitted file already holds (an XLIFF target), placeholders as in the source. */
  target: string | null;
  /** The segment's id in the submitted file (an XLIFF unit id). */
  externalId?: string;
}

export interface DraftDocument {
  skeleton: string;
  segments: SegmentDraft[];
  /** The document's own title (an HTML <title>, a Word file's core title, an XLIFF file's `original`). */
  title?: string;
}

/** The project a user may submit documents to (NotFound if invisible, Forbidden without the role). */
export async function projectForSubmission(ctx: CommandContext, user: User, projectId: string): Promise<Project> {
  const { project } = await loadProject(ctx, user, projectId);
  requireProjectRole(user, project, ['editor', 'coordinator', 'admin'], 'submit documents');
  return project;
}

/**
 * Parses and segments the content with the project's rules (each paragraph by the rules of its own
 * language) and identifies each segment's language: everything a submission decides before storing.
 * Throws what parseDocument throws (empty_document, invalid_characters and each format's own codes).
 */
export function draftDocument(project: Project, format: DocumentFormat, content: DocumentContent): DraftDocument {
  const parsed = parseSubmittedText(project, format, content);
  return { skeleton: parsed.skeleton, segments: parsed.segments.map(draftSegment), ...(parsed.title !== undefined ? { title: parsed.title } : {}) };
}

/** Parses and segments submitted content with the project's sentence rules (what a revision's text goes through too). */
export function parseSubmittedText(project: Project, format: DocumentFormat, content: DocumentContent): ParsedDocument {
  return parseDocument(format, content, project.sourceLang === 'pl' ? 'pl' : 'de', rulesOf(project));
}

/** A parsed segment at `index` with its language identified and counted, as a submission stores it. */
export function draftSegment(parsedSegment: ParsedSegment, index: number): SegmentDraft {
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
    target: parsedSegment.target ?? null,
    ...(parsedSegment.externalId !== undefined ? { externalId: parsedSegment.externalId } : {}),
  };
}

/** A title from a file name: its base name without the extension ("Einladung_2019.docx" → "Einladung_2019"). */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

/** The title given, else the document's own, else the file's name; refused when all are empty. */
function documentTitle(given: string | undefined, draft: DraftDocument, fileName: string | undefined): string {
  const title = given?.trim() || draft.title?.trim() || (fileName ? titleFromFileName(fileName) : '');
  if (title === '') throw new InvalidInput('the title is empty', undefined, 'empty_title');
  return title.slice(0, MAX_TITLE_LENGTH);
}

/** The longest title stored (the API refuses longer given titles; a document's own is cut). */
export const MAX_TITLE_LENGTH = 500;

export async function submitDocument(ctx: CommandContext, props: SubmitDocumentProps): Promise<DocumentRecord> {
  const project = await projectForSubmission(ctx, props.user, props.projectId);
  // Text comes with its title: an empty one is refused before any parsing.
  if ('format' in props.source && (props.title ?? '').trim() === '') throw new InvalidInput('the title is empty', undefined, 'empty_title');
  const { format, content, fileName } = resolveSource(props.source);

  const draft = draftDocument(project, format, content);
  const title = documentTitle(props.title, draft, fileName);
  const at = nowIso(ctx);
  const document: DocumentRecord = {
    id: ctx.ids.next(),
    projectId: project.id,
    title,
    format,
    skeleton: draft.skeleton,
    dueDate: props.dueDate,
    billedCharacters: 0,
    sentCharacters: 0,
    segmentCount: draft.segments.length,
    createdBy: props.user.id,
    createdAt: at,
  };
  const keys = draft.segments.map((s) => sourceKey(s.source));
  const repetitions = markRepetitions(keys, await ctx.store.segments.existingSourceKeys(project.id, [...new Set(keys)]));
  const segments = draft.segments.map((segment) =>
    segmentOfDraft(ctx, segment, { documentId: document.id, projectId: project.id, sourceKey: keys[segment.index], repetition: repetitions[segment.index], at }),
  );
  const events = segments.map((segment) => createdEvent(ctx, segment, props.user.id, null));
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
    data: { title, format, segments: document.segmentCount, dueDate: props.dueDate, submittedBy: props.user.id },
  });
  return analysed;
}

/** Where a drafted segment goes and what the repetition marking found for it. */
export interface SegmentPlacement {
  documentId: string;
  projectId: string;
  sourceKey: string;
  repetition: boolean;
  at: string;
}

/** The stored segment of a draft: new, or locked with target = source when its language is not translated. */
export function segmentOfDraft(ctx: Pick<CommandContext, 'ids'>, { locked, target: fileTarget, ...draft }: SegmentDraft, placement: SegmentPlacement): Segment {
  // A target the submitted file holds (XLIFF) is a draft of origin `xliff`, to be confirmed in Nysa.
  return {
    ...draft,
    id: ctx.ids.next(),
    documentId: placement.documentId,
    projectId: placement.projectId,
    target: locked ? draft.source : fileTarget,
    state: locked ? SegmentState.Locked : fileTarget !== null ? SegmentState.Draft : SegmentState.New,
    origin: locked ? 'source' : fileTarget !== null ? 'xliff' : null,
    mtTarget: null,
    version: 1,
    sourceKey: placement.sourceKey,
    repetition: placement.repetition,
    contextSpecific: false,
    translatedBy: null,
    reviewedBy: null,
    updatedAt: placement.at,
  };
}

/** The `created` event of a new segment; a locked one notes its language, one from an XLIFF target `xliff`, else `note` (a revision's number). */
export function createdEvent(ctx: Pick<CommandContext, 'ids'>, segment: Segment, actorId: string, note: string | null): SegmentEvent {
  return {
    id: ctx.ids.next(),
    segmentId: segment.id,
    documentId: segment.documentId,
    actorId,
    at: segment.updatedAt,
    action: 'created',
    fromState: SegmentState.New,
    toState: segment.state,
    fromTarget: null,
    toTarget: segment.target,
    note: segment.state === SegmentState.Locked ? `language: ${segment.lang}` : segment.origin === 'xliff' ? 'xliff' : note,
    version: 1,
  };
}
