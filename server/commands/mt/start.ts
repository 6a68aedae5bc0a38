// Starts machine translation of a document's untranslated segments. Starting twice while a job
// runs returns the running job instead of paying twice.
import { Unavailable } from '../../domain/errors';
import { MT_JOB_IDLE, type MtJob } from '../../domain/jobs/types';
import type { User } from '../../domain/users/types';
import { SegmentState } from '../../domain/workflow/states';
import { requireProjectRole } from '../../policies/projectAccess';
import { nowIso, type CommandContext, type MtJobScheduler } from '../context';
import { loadDocument } from '../documents/access';

export interface StartMtProps {
  user: User;
  documentId: string;
}

export async function startMtJob(
  ctx: CommandContext,
  scheduler: MtJobScheduler,
  props: StartMtProps,
): Promise<{ job: MtJob; created: boolean }> {
  const { project, document } = await loadDocument(ctx, props.user, props.documentId);
  requireProjectRole(props.user, project, ['editor', 'translator', 'coordinator', 'admin'], 'start machine translation');
  if (!ctx.translator.configured) {
    throw new Unavailable('mt_not_configured', 'machine translation is off: DEEPL_AUTH_KEY is not set');
  }
  const latest = await ctx.store.mtJobs.latestForDocument(document.id);
  if (latest && (latest.status === 'queued' || latest.status === 'running')) return { job: latest, created: false };

  const pending = await ctx.store.segments.page({ documentId: document.id, states: [SegmentState.New], offset: 0, limit: 1 });
  const at = nowIso(ctx);
  const job: MtJob = {
    id: ctx.ids.next(),
    documentId: document.id,
    projectId: project.id,
    status: pending.total === 0 ? 'done' : 'queued',
    done: 0,
    total: pending.total,
    billedCharacters: 0,
    sentCharacters: 0,
    ...MT_JOB_IDLE,
    skipped: 0,
    errorCode: null,
    errorDetail: null,
    createdBy: props.user.id,
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.mtJobs.create(job);
  if (job.status === 'queued') scheduler.start(job.id);
  return { job, created: true };
}
