// Importing a CSV or TBX file into a project's glossary.
//
// An import reads the whole file first (any error: nothing changes; a large file is read on a worker
// thread), then writes what changed. A file term whose German–Polish pair (case-insensitively) is already
// in the glossary updates that term (same id and creation; counted `unchanged` if nothing differs, and
// then not written); other file terms are added. `merge` keeps the terms the file does not mention,
// `replace` removes them. A pair repeated within the file counts once, its last row winning.
// The changes are written in batches of IMPORT_BATCH terms, each its own transaction, with the event
// loop turning between them (a 100,000-term file in one transaction held the server for seconds). So a
// reader may see an import half written while it runs, and an import interrupted by a crash stays half
// written: importing the same file again completes it, since an import is idempotent (what it already
// wrote counts as unchanged). An edit saved while an import runs may be overwritten by it: imports are
// a coordinator's job.
import type { RequestOrigin } from '../../domain/audit/types';
import { InvalidInput } from '../../domain/errors';
import { sameFields, termPairKey, type GlossaryTerm, type GlossaryTermFields } from '../../domain/glossary/types';
import type { User } from '../../domain/users/types';
import { inBatches, Slice } from '../../slices';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';
import { loadGlossaryForEditing } from './access';
import type { GlossaryFileFormat } from './fileFormats';

/** Terms written per transaction: each holds the event loop for milliseconds, and other requests run between them. */
const IMPORT_BATCH = 500;

export const GLOSSARY_IMPORT_MODES = ['merge', 'replace'] as const;
export type GlossaryImportMode = (typeof GLOSSARY_IMPORT_MODES)[number];

export interface ImportGlossaryProps {
  user: User;
  projectId: string;
  format: GlossaryFileFormat;
  content: string;
  mode: GlossaryImportMode;
  origin: RequestOrigin;
}

export interface GlossaryImportResult {
  mode: GlossaryImportMode;
  /** Terms added. */
  created: number;
  /** Existing terms the file changed. */
  updated: number;
  /** Existing terms the file repeats as they are. */
  unchanged: number;
  /** Existing terms removed because the file lacks them (replace only). */
  removed: number;
  /** TBX entries without a German–Polish pair. */
  skipped: number;
  /** The project's terms after the import. */
  total: number;
}

export async function importGlossary(ctx: CommandContext, props: ImportGlossaryProps): Promise<GlossaryImportResult> {
  const { project } = await loadGlossaryForEditing(ctx, props.user, props.projectId, 'import a glossary');
  // A large file is read on a worker thread (ports/heavyWork.ts).
  const file = await heavyWorkOf(ctx).run('readGlossaryFile', { format: props.format, content: props.content });
  if (file.terms.length === 0) throw new InvalidInput('the file has no glossary term', { skipped: file.skipped }, 'glossary_import_empty');

  // The file's terms by pair, in order of first appearance, the last row of a pair winning.
  const slice = new Slice();
  const incoming = new Map<string, GlossaryTermFields>();
  for (const fields of file.terms) {
    if (slice.due()) await slice.next();
    incoming.set(termPairKey(fields), fields);
  }

  const existing = await ctx.store.glossary.listByProject(project.id);
  const existingByKey = new Map<string, GlossaryTerm>();
  for (const term of existing) {
    if (slice.due()) await slice.next();
    if (!existingByKey.has(termPairKey(term))) existingByKey.set(termPairKey(term), term);
  }

  const at = nowIso(ctx);
  const result: GlossaryImportResult = { mode: props.mode, created: 0, updated: 0, unchanged: 0, removed: 0, skipped: file.skipped, total: 0 };
  const named = new Set<string>(); // ids of existing terms the file names
  const changed: GlossaryTerm[] = [];
  const added: GlossaryTerm[] = [];
  for (const [key, fields] of incoming) {
    if (slice.due()) await slice.next();
    const match = existingByKey.get(key);
    if (!match) {
      added.push({ ...fields, id: ctx.ids.next(), projectId: project.id, version: 1, createdBy: props.user.id, createdAt: at, updatedAt: at });
      result.created++;
      continue;
    }
    named.add(match.id);
    if (sameFields(match, fields)) {
      result.unchanged++;
    } else {
      changed.push({ ...match, ...fields, version: match.version + 1, updatedAt: at });
      result.updated++;
    }
  }
  const removedIds = props.mode === 'replace' ? existing.filter((term) => !named.has(term.id)).map((term) => term.id) : [];
  result.removed = removedIds.length;
  // Changed terms keep their place, added ones come after all others, in file order; batch by batch.
  await inBatches([...changed, ...added], IMPORT_BATCH, (put) => ctx.store.glossary.writeBatch(project.id, { put, remove: [] }));
  await inBatches(removedIds, IMPORT_BATCH, (remove) => ctx.store.glossary.writeBatch(project.id, { put: [], remove }));
  result.total = existing.length - removedIds.length + added.length;
  const { mode, created, updated, unchanged, removed, skipped, total } = result;
  await recordAudit(ctx, {
    kind: 'glossary_imported',
    actorId: props.user.id,
    origin: props.origin,
    target: { type: 'project', id: project.id },
    projectId: project.id,
    details: { format: props.format, mode, created, updated, unchanged, removed, skipped, total },
  });
  return result;
}
