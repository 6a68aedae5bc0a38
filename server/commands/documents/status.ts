// A document's status for coordinators: its progress, people, MT job and QA summary.
import type { DocumentQaSummary } from '../../domain/qa/results';
import { documentProgress, type DocumentProgress } from '../../domain/statistics/documentProgress';
import type { DocumentRecord } from '../../domain/documents/types';
import type { MtJob } from '../../domain/jobs/types';
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { loadDocument } from './access';

export interface Person {
  id: string;
  name: string;
}

export interface DocumentStatusView {
  document: DocumentRecord;
  progress: DocumentProgress;
  translators: Person[];
  reviewers: Person[];
  mtJob: MtJob | null;
  /** Stored QA issues of the document's segments, counted by severity. */
  qa: DocumentQaSummary;
}

/** Each document with its status, in the order given. */
export async function describeDocuments(ctx: CommandContext, documents: readonly DocumentRecord[]): Promise<DocumentStatusView[]> {
  if (documents.length === 0) return [];
  const summaries = await ctx.store.segments.summarize(documents.map((d) => d.id));
  const qaSummaries = await ctx.store.qaResults.summarizeByDocuments(documents.map((d) => d.id));
  const userIds = new Set(summaries.flatMap((s) => [...s.translatorIds, ...s.reviewerIds]));
  const users = await ctx.store.users.findByIds([...userIds]);
  const person = (id: string): Person => ({ id, name: users.find((u) => u.id === id)?.name ?? '' });
  const now = ctx.clock.now();
  return Promise.all(
    documents.map(async (document, i) => ({
      document,
      progress: documentProgress(document, summaries[i], now),
      translators: summaries[i].translatorIds.map(person),
      reviewers: summaries[i].reviewerIds.map(person),
      mtJob: await ctx.store.mtJobs.latestForDocument(document.id),
      qa: qaSummaries[i],
    })),
  );
}

export async function documentStatus(ctx: CommandContext, user: User, documentId: string): Promise<DocumentStatusView> {
  const { document } = await loadDocument(ctx, user, documentId);
  const [view] = await describeDocuments(ctx, [document]);
  return view;
}
