// An editor submits a German document: it is parsed, segmented and stored with one `created`
// event per segment, all at once. Polish and language-neutral segments (a quoted Polish paragraph,
// a table of figures, a URL) are locked with target = source: they are never sent to DeepL.
// The preview (preview.ts) runs the same steps up to segmentation and stores nothing.
import type { DocumentContent, DraftDocument } from '../../domain/documents/draft';
import { InvalidInput } from '../../domain/errors';
import { markRepetitions } from '../../domain/repetitions/sourceKey';
import type { Segment, SegmentEvent } from '../../domain/segments/types';
import type { DocumentFormat, DocumentRecord } from '../../domain/documents/types';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import { requireProjectRole } from '../../policies/projectAccess';
import { inBatches, mapInSlices } from '../../slices';
import { nowIso, type CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';
import { checkSegments } from '../qa/checkSegments';
import { loadProject } from '../projects/access';
import { rulesOf } from '../projects/settings';
import { rememberApprovedSegments } from '../tm/rememberApproved';
import { pretranslate } from '../tm/pretranslate';

export interface SubmitDocumentProps {
  user: User;
  projectId: string;
  title: string;
  format: DocumentFormat;
  content: string;
  dueDate: string | null;
}

/** The project a user may submit documents to (NotFound if invisible, Forbidden without the role). */
export async function projectForSubmission(ctx: CommandContext, user: User, projectId: string): Promise<Project> {
  const { project } = await loadProject(ctx, user, projectId);
  requireProjectRole(user, project, ['editor', 'coordinator', 'admin'], 'submit documents');
  return project;
}

/**
 * Parses and segments the content with the project's rules, identifies each segment's language and
 * gives its repetition key (domain/documents/draft.ts), on a worker thread when the content is large.
 * Throws what parseDocument throws (empty_document, invalid_characters).
 */
export async function draftForProject(ctx: CommandContext, project: Project, format: DocumentFormat, content: DocumentContent): Promise<DraftDocument> {
  return heavyWorkOf(ctx).run('draftDocument', { format, content, lang: project.sourceLang === 'pl' ? 'pl' : 'de', rules: rulesOf(project) });
}

/** The keys other documents of the project already use, asked a thousand at a time. */
async function usedSourceKeys(ctx: CommandContext, projectId: string, keys: readonly string[]): Promise<Set<string>> {
  const used = new Set<string>();
  await inBatches([...new Set(keys)], 1000, async (batch) => {
    for (const key of await ctx.store.segments.existingSourceKeys(projectId, batch)) used.add(key);
  });
  return used;
}

export async function submitDocument(ctx: CommandContext, props: SubmitDocumentProps): Promise<DocumentRecord> {
  const project = await projectForSubmission(ctx, props.user, props.projectId);
  const title = props.title.trim();
  if (title === '') throw new InvalidInput('the title is empty', undefined, 'empty_title');

  const draft = await draftForProject(ctx, project, props.format, props.content);
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
  // A large document makes tens of thousands of segments: they are built in slices (server/slices.ts).
  const keys = draft.segments.map((s) => s.sourceKey);
  const repetitions = markRepetitions(keys, await usedSourceKeys(ctx, project.id, keys));
  const segments: Segment[] = await mapInSlices(draft.segments, (drafted) => ({
    id: ctx.ids.next(),
    documentId: document.id,
    projectId: project.id,
    index: drafted.index,
    source: drafted.source,
    kind: drafted.kind,
    tags: drafted.tags,
    lang: drafted.lang,
    wordCount: drafted.wordCount,
    charCount: drafted.charCount,
    target: drafted.locked ? drafted.source : null,
    state: drafted.locked ? SegmentState.Locked : SegmentState.New,
    origin: drafted.locked ? 'source' : null,
    mtTarget: null,
    version: 1,
    sourceKey: drafted.sourceKey,
    repetition: repetitions[drafted.index],
    contextSpecific: false,
    translatedBy: null,
    reviewedBy: null,
    updatedAt: at,
  }));
  const events: SegmentEvent[] = await mapInSlices(segments, (segment) => ({
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
  return analysed;
}
