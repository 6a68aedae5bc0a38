// A page of a document's segments, optionally of some states only, for the people who may see its project.
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import type { SegmentState } from '../../domain/workflow/states';
import type { CommandContext } from '../context';
import { loadDocument } from '../documents/access';

export interface SegmentPageProps {
  user: User;
  documentId: string;
  states?: SegmentState[];
  offset: number;
  limit: number;
}

export async function pageSegments(ctx: CommandContext, props: SegmentPageProps): Promise<{ items: Segment[]; total: number }> {
  await loadDocument(ctx, props.user, props.documentId);
  return ctx.store.segments.page({
    documentId: props.documentId,
    states: props.states,
    offset: props.offset,
    limit: props.limit,
  });
}
