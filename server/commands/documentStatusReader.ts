// Status for coordinators: one document, a project, or everything a user may see.
import type { DocumentQaSummary } from '../domain/qa/results';
import { documentProgress, sumProgress, type DocumentProgress, type Progress } from '../domain/statistics/documentProgress';
import type { DocumentRecord, MtJob, Project, User } from '../domain/types';
import { canSeeAllProjects, requireProjectAccess } from '../policies/projectAccess';
import type { CommandContext } from './context';
import { loadDocument } from './documents/access';

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

export interface ProjectStatusView {
  progress: Progress;
  documents: number;
  overdueDocuments: number;
  billedCharacters: number;
}

async function describeDocuments(ctx: CommandContext, documents: readonly DocumentRecord[]): Promise<DocumentStatusView[]> {
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

export async function projectDocuments(ctx: CommandContext, project: Project): Promise<DocumentStatusView[]> {
  return describeDocuments(ctx, await ctx.store.documents.listByProjects([project.id]));
}

export async function projectStatus(ctx: CommandContext, user: User, project: Project): Promise<ProjectStatusView> {
  requireProjectAccess(user, project);
  const views = await projectDocuments(ctx, project);
  return {
    progress: sumProgress(views.map((v) => v.progress)),
    documents: views.length,
    overdueDocuments: views.filter((v) => v.progress.overdue).length,
    billedCharacters: views.reduce((sum, v) => sum + v.document.billedCharacters, 0),
  };
}

/** The projects whose documents the user may see on the overview: all for admins and coordinators, else their own. */
export async function visibleProjects(ctx: CommandContext, user: User): Promise<Project[]> {
  return canSeeAllProjects(user) ? ctx.store.projects.list() : ctx.store.projects.listForMember(user.id);
}

/** Every document the user may see, oldest first. */
export async function visibleDocuments(ctx: CommandContext, user: User): Promise<DocumentRecord[]> {
  return ctx.store.documents.listByProjects((await visibleProjects(ctx, user)).map((p) => p.id));
}

/** Every document the user may see, with its status, oldest first. */
export async function overview(ctx: CommandContext, user: User): Promise<DocumentStatusView[]> {
  return describeDocuments(ctx, await visibleDocuments(ctx, user));
}
