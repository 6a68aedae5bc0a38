// Who hears of a comment: the members it mentions (`mention`), the others who wrote in its thread before
// (`reply`), and, for the thread a rejection opens, the segment's translator (`rejection`). Each person
// gets one notification per comment, the most specific kind.
import { assignmentAt } from '../../domain/assignments/ranges';
import type { SegmentComment } from '../../domain/comments/types';
import type { Segment } from '../../domain/segments/types';
import type { CommandContext } from '../context';
import { excerpt, notify, type NotificationDraft } from './notify';

interface CommentNews {
  comment: SegmentComment;
  segment: Segment;
  /** Authors of the thread's earlier comments. */
  participants?: readonly string[];
  /** Only these mentions are news (an edit adds some); default: all of the comment's. */
  mentions?: readonly string[];
}

/** The segment's translator: who last confirmed it, else the translator its assignment names. */
async function translatorOf(ctx: CommandContext, segment: Segment): Promise<string | null> {
  if (segment.translatedBy !== null) return segment.translatedBy;
  return assignmentAt(await ctx.store.assignments.listByDocument(segment.documentId), segment.index)?.translatorId ?? null;
}

export async function notifyAboutComment(ctx: CommandContext, news: CommentNews): Promise<void> {
  const { comment, segment } = news;
  const document = await ctx.store.documents.findById(segment.documentId);
  const draft = (kind: NotificationDraft['kind']): NotificationDraft => ({
    kind,
    actorId: comment.authorId,
    projectId: segment.projectId,
    documentId: segment.documentId,
    segmentId: segment.id,
    commentId: comment.id,
    params: { documentTitle: document?.title ?? '', segmentNumber: segment.index + 1, excerpt: excerpt(comment.text) },
  });
  const told = new Set<string>([comment.authorId]);
  const send = async (kind: NotificationDraft['kind'], recipients: readonly (string | null)[]) => {
    const fresh = recipients.filter((id): id is string => id !== null && !told.has(id));
    for (const id of fresh) told.add(id);
    await notify(ctx, fresh, draft(kind));
  };
  if (comment.kind === 'rejection') await send('rejection', [await translatorOf(ctx, segment)]);
  await send('mention', news.mentions ?? comment.mentions);
  await send('reply', news.participants ?? []);
}
