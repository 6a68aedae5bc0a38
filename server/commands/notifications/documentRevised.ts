// A document's source was revised (a new version of the German text): everyone who works on it hears of
// it — its assignees, and whoever translated or reviewed its segments. The source-revision command calls
// this once the revision is stored.
import type { Notification } from '../../domain/notifications/types';
import type { CommandContext } from '../context';
import { notify } from './notify';

export interface DocumentRevisedProps {
  documentId: string;
  /** Who revised it. */
  actorId: string | null;
  /** What the message may show, e.g. `{ revision: 3, changedSegments: 12 }`. */
  params?: Record<string, string | number>;
}

export async function notifyDocumentRevised(ctx: CommandContext, props: DocumentRevisedProps): Promise<Notification[]> {
  const document = await ctx.store.documents.findById(props.documentId);
  if (!document) return [];
  const [summary] = await ctx.store.segments.summarize([document.id]);
  const assignments = await ctx.store.assignments.listByDocument(document.id);
  const people = [...assignments.flatMap((a) => [a.translatorId, a.reviewerId]), ...(summary?.translatorIds ?? []), ...(summary?.reviewerIds ?? [])];
  return notify(ctx, people, {
    kind: 'revision',
    actorId: props.actorId,
    projectId: document.projectId,
    documentId: document.id,
    params: { documentTitle: document.title, ...(props.params ?? {}) },
  });
}
