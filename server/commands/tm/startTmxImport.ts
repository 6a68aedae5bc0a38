// Starting a TMX import: coordinators and admins may (every member follows it, readTmxImport.ts).
// The upload goes to disk as it arrives; the job reads it in the background (runTmxImport.ts).
import type { RequestOrigin } from '../../domain/audit/types';
import { DomainError } from '../../domain/errors';
import type { TmImportJob } from '../../domain/jobs/types';
import type { User } from '../../domain/users/types';
import { ImportTooLarge } from '../../ports/importFiles';
import { requireProjectRole } from '../../policies/projectAccess';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { loadProject } from '../projects/access';
import type { TmxImportScheduler } from './tmxImports';

/** The media types a TMX upload may be sent as. */
export const TMX_MEDIA_TYPES: readonly string[] = ['application/x-tmx+xml', 'application/xml', 'text/xml'];

export interface StartTmxImportProps {
  user: User;
  projectId: string;
  /** The request's media type without parameters, lower case; null when none was sent. */
  mediaType: string | null;
  /** A Content-Encoding other than identity (gzip …), which is not accepted; null when none was sent. */
  contentEncoding: string | null;
  /** The announced size (Content-Length), when known: a larger one is refused before reading anything. */
  declaredBytes: number | null;
  body: AsyncIterable<Uint8Array>;
  origin: RequestOrigin;
}

export async function startTmxImport(ctx: CommandContext, imports: TmxImportScheduler, props: StartTmxImportProps): Promise<TmImportJob> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  requireProjectRole(props.user, project, ['coordinator', 'admin'], 'import a translation memory');
  if (props.mediaType === null || !TMX_MEDIA_TYPES.includes(props.mediaType)) {
    throw new DomainError('unsupported_media_type', `a TMX file is sent as ${TMX_MEDIA_TYPES.join(', ')}`, {}, { expected: TMX_MEDIA_TYPES });
  }
  if (props.contentEncoding !== null && props.contentEncoding !== 'identity') {
    throw new DomainError('unsupported_media_type', `a TMX file is sent uncompressed, not as ${props.contentEncoding}`, {}, { encoding: props.contentEncoding });
  }
  const limit = ctx.config.tmxLimitBytes;
  if (props.declaredBytes !== null && props.declaredBytes > limit) throw new ImportTooLarge(limit);

  const id = ctx.ids.next();
  const totalBytes = await imports.files.save(id, props.body, limit);
  const at = nowIso(ctx);
  const job: TmImportJob = {
    id,
    projectId: project.id,
    status: 'queued',
    done: 0,
    total: null,
    skipped: 0,
    bytesRead: 0,
    totalBytes,
    errorCode: null,
    errorDetail: null,
    errorLine: null,
    errorColumn: null,
    createdBy: props.user.id,
    createdAt: at,
    updatedAt: at,
  };
  try {
    await ctx.store.tmImportJobs.create(job);
  } catch (error) {
    await imports.files.remove(id);
    throw error;
  }
  await recordAudit(ctx, {
    kind: 'tmx_imported',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'project', id: project.id },
    projectId: project.id,
    details: { jobId: job.id, bytes: totalBytes },
  });
  imports.start(job.id);
  return job;
}
