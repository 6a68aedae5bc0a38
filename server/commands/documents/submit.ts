// An editor submits a German document: it is parsed, segmented and stored with one `created`
// event per segment, all at once. Polish and language-neutral segments (a quoted Polish paragraph,
// a table of figures, a URL) are locked with target = source: they are never sent to DeepL. A
// translation the file already holds (an XLIFF target) makes its segment a draft of origin `xliff`.
// The preview (preview.ts) runs the same steps up to segmentation and stores nothing. A large
// document is drafted on a worker thread and its segments built in slices (docs/performance.md).
import { draftDocument as draftDocumentOf, type DraftDocument, type DraftDocumentInput, type SegmentDraft } from '../../domain/documents/draft';
import { InvalidInput } from '../../domain/errors';
import type { DocumentContent } from '../../domain/formats';
import type { MeasuredVersion } from '../../domain/revisions/measure';
import { uploadedDocumentFormat } from '../../domain/formats/upload';
import { markRepetitions } from '../../domain/repetitions/sourceKey';
import type { Segment, SegmentEvent } from '../../domain/segments/types';
import type { DocumentFormat, DocumentRecord } from '../../domain/documents/types';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import { requireProjectRole } from '../../policies/projectAccess';
import { filterInSlices, mapInSlices } from '../../slices';
import { nowIso, type CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';
import { checkSegments } from '../qa/checkSegments';
import { loadProject } from '../projects/access';
import { rulesOf } from '../projects/settings';
import { rememberApprovedSegments } from '../tm/rememberApproved';
import { pretranslate } from '../tm/pretranslate';
import { emitWebhookEvent } from '../webhooks/emit';
import { usedSourceKeys } from './usedSourceKeys';

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

/** The project a user may submit documents to (NotFound if invisible, Forbidden without the role). */
export async function projectForSubmission(ctx: CommandContext, user: User, projectId: string): Promise<Project> {
  const { project } = await loadProject(ctx, user, projectId);
  requireProjectRole(user, project, ['editor', 'coordinator', 'admin'], 'submit documents');
  return project;
}

/** What drafting a submission of this project takes: the content and the project's language and rules. */
function draftInput(project: Project, format: DocumentFormat, content: DocumentContent): DraftDocumentInput {
  return { format, content, lang: project.sourceLang === 'pl' ? 'pl' : 'de', rules: rulesOf(project) };
}

/**
 * Parses and segments the content with the project's rules (each paragraph by the rules of its own
 * language), identifies each segment's language and gives its repetition key: everything a submission
 * decides before storing (domain/documents/draft.ts). Throws what parseDocument throws (empty_document,
 * invalid_characters and each format's own codes).
 */
export function draftDocument(project: Project, format: DocumentFormat, content: DocumentContent): DraftDocument {
  return draftDocumentOf(draftInput(project, format, content));
}

/** draftDocument, on a worker thread when the content is large (text or a file's bytes alike). */
export async function draftForProject(ctx: CommandContext, project: Project, format: DocumentFormat, content: DocumentContent): Promise<DraftDocument> {
  return heavyWorkOf(ctx).run('draftDocument', draftInput(project, format, content));
}

/**
 * Parses and segments a new version with the project's sentence rules, with what planning the revision
 * needs of each segment (domain/revisions/measure.ts); a large one on a worker thread, like a submission
 * (4.5 MB of Markdown held the server 1.9 s).
 */
export async function parseVersion(ctx: CommandContext, project: Project, format: DocumentFormat, content: DocumentContent): Promise<MeasuredVersion> {
  return heavyWorkOf(ctx).run('parseVersion', draftInput(project, format, content));
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

  const draft = await draftForProject(ctx, project, format, content);
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
  // A large document makes tens of thousands of segments: they are built in slices (server/slices.ts).
  const keys = await mapInSlices(draft.segments, (s) => s.sourceKey);
  const repetitions = markRepetitions(keys, await usedSourceKeys(ctx, project.id, keys));
  const segments = await mapInSlices(draft.segments, (segment) =>
    segmentOfDraft(ctx, segment, { documentId: document.id, projectId: project.id, sourceKey: segment.sourceKey, repetition: repetitions[segment.index], at }),
  );
  const events = await mapInSlices(segments, (segment) => createdEvent(ctx, segment, props.user.id, null));
  // Exact and in-context TM matches fill targets, good fuzzy ones become drafts; only the rest stays new for DeepL.
  const memory = await pretranslate(ctx, project, segments);
  const analysed: DocumentRecord = { ...document, analysis: memory.analysis };
  await ctx.store.documents.createWithSegments(analysed, memory.segments, [...events, ...memory.events]);
  await rememberApprovedSegments(ctx, memory.segments, props.user.id);
  // Targets the memory filled are checked like any other target.
  await checkSegments(ctx, project, await filterInSlices(memory.segments, (s) => s.target !== null && s.state !== SegmentState.Locked));
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
