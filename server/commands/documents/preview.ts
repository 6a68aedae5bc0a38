// The segmentation a submission would store, shown to the editor before they submit: the same
// access rules, parsing, segmentation and language identification as submit.ts, nothing stored.
import type { DocumentFormat } from '../../domain/documents/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { draftDocument, projectForSubmission, resolveSource, type DocumentSource, type SegmentDraft } from './submit';

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
  const draft = draftDocument(project, format, content);
  return { format, title: draft.title ?? null, segments: draft.segments };
}
