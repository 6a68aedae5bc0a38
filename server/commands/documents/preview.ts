// The segmentation a submission would store, shown to the editor before they submit: the same
// access rules, parsing, segmentation and language identification as submit.ts (on a worker thread
// when the content is large), nothing stored.
import type { SegmentDraft } from '../../domain/documents/draft';
import type { DocumentFormat } from '../../domain/documents/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { draftForProject, projectForSubmission, resolveSource, type DocumentSource } from './submit';

export interface PreviewDocumentProps {
  user: User;
  projectId: string;
  source: DocumentSource;
}

export interface DocumentPreview {
  format: DocumentFormat;
  /** The document's own title, if it has one (what a submission without a title would be called). */
  title: string | null;
  segments: SegmentDraft[];
}

export async function previewDocument(ctx: CommandContext, props: PreviewDocumentProps): Promise<DocumentPreview> {
  const project = await projectForSubmission(ctx, props.user, props.projectId);
  const { format, content } = resolveSource(props.source);
  const draft = await draftForProject(ctx, project, format, content);
  return { format, title: draft.title ?? null, segments: draft.segments };
}
