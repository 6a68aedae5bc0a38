// The project's translation memory as a TMX 1.4b document, for every member of the project. The text
// is produced page by page from the store while it is sent: memory stays flat however large the TM.
// Each page waits for a turn of the event loop: the store answers at once, so without it the pages
// would follow each other in one chain of promises, and no other request would get in until the end.
import type { RequestOrigin } from '../../domain/audit/types';
import { TMX_DOCUMENT_END, tmxDocumentStart, tmxUnitElement } from '../../domain/formats/tmx';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { loadProject } from '../projects/access';
import { yieldToEventLoop } from '../../slices';

/** Units read from the store per page. */
export const TMX_EXPORT_PAGE_SIZE = 1000;
/** Written into the header's creationtoolversion. */
export const TMX_TOOL_VERSION = '0.1.0';

export interface TmxExport {
  project: Project;
  /** The document in pieces: the header, one piece per page of units, the end. */
  chunks: AsyncIterable<string>;
}

/** Checks access now (so a refusal comes before any byte is sent) and returns the document to stream. */
export async function exportTmx(ctx: CommandContext, props: { user: User; projectId: string; origin: RequestOrigin }): Promise<TmxExport> {
  const { project } = await loadProject(ctx, props.user, props.projectId);
  await recordAudit(ctx, { kind: 'tmx_exported', actorId: props.user.id, origin: props.origin, target: { type: 'project', id: project.id }, projectId: project.id });
  const creationDate = nowIso(ctx);
  async function* chunks(): AsyncGenerator<string> {
    yield tmxDocumentStart({ creationDate, toolVersion: TMX_TOOL_VERSION });
    let cursor: string | null = null;
    do {
      if (cursor !== null) await yieldToEventLoop();
      const page = await ctx.store.tmUnits.scanByProject(project.id, cursor, TMX_EXPORT_PAGE_SIZE);
      if (page.items.length > 0) yield page.items.map(tmxUnitElement).join('');
      cursor = page.next;
    } while (cursor !== null);
    yield TMX_DOCUMENT_END;
  }
  return { project, chunks: chunks() };
}
