// Following a TMX import: every member of the project may.
import { NotFound } from '../../domain/errors';
import type { TmImportJob } from '../../domain/jobs/types';
import type { User } from '../../domain/users/types';
import { requireProjectAccess } from '../../policies/projectAccess';
import type { CommandContext } from '../context';

/** The job, if the user may see its project; NotFound (entity tm_import) otherwise. */
export async function readTmxImport(ctx: CommandContext, user: User, jobId: string): Promise<TmImportJob> {
  const job = await ctx.store.tmImportJobs.findById(jobId);
  const project = job ? await ctx.store.projects.findById(job.projectId) : null;
  if (!job || !project) throw new NotFound('tm_import', jobId);
  try {
    requireProjectAccess(user, project);
  } catch (error) {
    if (error instanceof NotFound) throw new NotFound('tm_import', jobId);
    throw error;
  }
  return job;
}
