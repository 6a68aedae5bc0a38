// The segmentation a submission would store, shown to the editor before they submit: the same
// access rules, parsing, segmentation and language identification as submit.ts, nothing stored.
import type { SegmentDraft } from '../../domain/documents/draft';
import type { DocumentFormat } from '../../domain/documents/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { draftForProject, projectForSubmission } from './submit';

export interface PreviewDocumentProps {
  user: User;
  projectId: string;
  format: DocumentFormat;
  content: string;
}

export async function previewDocument(ctx: CommandContext, props: PreviewDocumentProps): Promise<SegmentDraft[]> {
  const project = await projectForSubmission(ctx, props.user, props.projectId);
  return (await draftForProject(ctx, project, props.format, props.content)).segments;
}
