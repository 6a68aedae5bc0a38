// An editor submits a German document: it is parsed, segmented and stored with one `created`
// event per segment, all at once. Polish and language-neutral segments (a quoted Polish paragraph,
// a table of figures, a URL) are locked with target = source: they are never sent to DeepL.
import { InvalidInput } from '../domain/errors';
import { parseDocument } from '../domain/formats';
import { identifyLanguage } from '../domain/language/identify';
import { markRepetitions, sourceKey } from '../domain/repetitions/sourceKey';
import { countChars, countWords } from '../domain/segmentation/sentences';
import type { DocumentFormat, DocumentRecord, Segment, SegmentEvent, SegmentLanguage, User } from '../domain/types';
import { SegmentState } from '../domain/workflow/states';
import { requireProjectRole } from '../policies/projectAccess';
import { nowIso, type CommandContext } from './context';
import { checkSegments } from './qa/segmentQaChecker';
import { loadProject } from './segmentAccess';
import { rulesOf } from './segmentationRules';
import { rememberApprovedSegments } from './tm/approvedSegments';
import { pretranslate } from './tm/pretranslation';

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

export async function submitDocument(ctx: CommandContext, props: SubmitDocumentProps): Promise<DocumentRecord> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['editor', 'coordinator', 'admin'], 'submit documents');
  const title = props.title.trim();
  if (title === '') throw new InvalidInput('the title is empty', undefined, 'empty_title');

  const parsed = parseDocument(props.format, props.content, project.sourceLang === 'pl' ? 'pl' : 'de', rulesOf(project));
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
  const keys = parsed.segments.map((s) => sourceKey(s.source));
  const repetitions = markRepetitions(keys, await ctx.store.segments.existingSourceKeys(project.id, [...new Set(keys)]));
  const segments: Segment[] = parsed.segments.map((parsedSegment, index) => {
    const lang = identifyLanguage(parsedSegment.source, { documentLanguage: 'de' });
    const keep = NOT_TRANSLATED.includes(lang);
    return {
      id: ctx.ids.next(),
      documentId: document.id,
      projectId: project.id,
      index,
      source: parsedSegment.source,
      target: keep ? parsedSegment.source : null,
      state: keep ? SegmentState.Locked : SegmentState.New,
      origin: keep ? 'source' : null,
      mtTarget: null,
      version: 1,
      kind: parsedSegment.kind,
      tags: parsedSegment.tags,
      wordCount: countWords(parsedSegment.source),
      charCount: countChars(parsedSegment.source),
      lang,
      sourceKey: keys[index],
      repetition: repetitions[index],
      contextSpecific: false,
      translatedBy: null,
      reviewedBy: null,
      updatedAt: at,
    };
  });
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
  return analysed;
}
