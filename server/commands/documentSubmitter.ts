// An editor submits a German document: it is parsed, segmented and stored with one `created`
// event per segment, all at once.
import { InvalidInput } from '../domain/errors';
import { parseDocument } from '../domain/formats';
import { countChars, countWords } from '../domain/segmentation/sentences';
import type { DocumentFormat, DocumentRecord, Segment, SegmentEvent, User } from '../domain/types';
import { SegmentState } from '../domain/workflow/states';
import { requireProjectRole } from '../policies/projectAccess';
import { nowIso, type CommandContext } from './context';
import { loadProject } from './segmentAccess';

export interface SubmitDocumentProps {
  user: User;
  projectId: string;
  title: string;
  format: DocumentFormat;
  content: string;
  dueDate: string | null;
}

export async function submitDocument(ctx: CommandContext, props: SubmitDocumentProps): Promise<DocumentRecord> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['editor', 'coordinator', 'admin'], 'submit documents');
  const title = props.title.trim();
  if (title === '') throw new InvalidInput('the title is empty', undefined, 'empty_title');

  const parsed = parseDocument(props.format, props.content, project.sourceLang === 'pl' ? 'pl' : 'de');
  const at = nowIso(ctx);
  const document: DocumentRecord = {
    id: ctx.ids.next(),
    projectId: project.id,
    title,
    format: props.format,
    skeleton: parsed.skeleton,
    dueDate: props.dueDate,
    billedCharacters: 0,
    segmentCount: parsed.segments.length,
    createdBy: props.user.id,
    createdAt: at,
  };
  const segments: Segment[] = parsed.segments.map((parsedSegment, index) => ({
    id: ctx.ids.next(),
    documentId: document.id,
    projectId: project.id,
    index,
    source: parsedSegment.source,
    target: null,
    state: SegmentState.New,
    origin: null,
    mtTarget: null,
    version: 1,
    kind: parsedSegment.kind,
    tags: parsedSegment.tags,
    wordCount: countWords(parsedSegment.source),
    charCount: countChars(parsedSegment.source),
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
    toState: SegmentState.New,
    fromTarget: null,
    toTarget: null,
    note: null,
    version: 1,
  }));
  await ctx.store.documents.createWithSegments(document, segments, events);
  return document;
}
