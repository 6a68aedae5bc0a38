// Importing a CSV or TBX file into a project's glossary.
//
// An import reads the whole file first (any error: nothing changes), then writes the project's whole
// glossary in one transaction. A file term whose German–Polish pair (case-insensitively) is already in
// the glossary updates that term (same id and creation; counted `unchanged` if nothing differs); other
// file terms are added. `merge` keeps the terms the file does not mention, `replace` removes them. A
// pair repeated within the file counts once, its last row winning. The write replaces what was read, so
// an edit saved in the moment between the two would be overwritten: imports are a coordinator's job.
import type { RequestOrigin } from '../../domain/audit/types';
import { InvalidInput } from '../../domain/errors';
import { parseGlossaryCsv } from '../../domain/glossary/csv';
import { parseGlossaryTbx } from '../../domain/glossary/tbx';
import { sameFields, termPairKey, type GlossaryTerm, type GlossaryTermFields } from '../../domain/glossary/types';
import type { User } from '../../domain/users/types';
import { recordAudit } from '../audit/record';
import { nowIso, type CommandContext } from '../context';
import { loadGlossaryForEditing } from './access';
import type { GlossaryFileFormat } from './fileFormats';

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

function readFile(format: GlossaryFileFormat, content: string): { terms: GlossaryTermFields[]; skipped: number } {
  if (format === 'csv') return { terms: parseGlossaryCsv(content), skipped: 0 };
  return parseGlossaryTbx(content);
}

export async function importGlossary(ctx: CommandContext, props: ImportGlossaryProps): Promise<GlossaryImportResult> {
  const { project } = await loadGlossaryForEditing(ctx, props.user, props.projectId, 'import a glossary');
  const file = readFile(props.format, props.content);
  if (file.terms.length === 0) throw new InvalidInput('the file has no glossary term', { skipped: file.skipped }, 'glossary_import_empty');

  // The file's terms by pair, in order of first appearance, the last row of a pair winning.
  const incoming = new Map<string, GlossaryTermFields>();
  for (const fields of file.terms) incoming.set(termPairKey(fields), fields);

  const existing = await ctx.store.glossary.listByProject(project.id);
  const existingByKey = new Map<string, GlossaryTerm>();
  for (const term of existing) if (!existingByKey.has(termPairKey(term))) existingByKey.set(termPairKey(term), term);

  const at = nowIso(ctx);
  const result: GlossaryImportResult = { mode: props.mode, created: 0, updated: 0, unchanged: 0, removed: 0, skipped: file.skipped, total: 0 };
  const written = new Map<string, GlossaryTerm>(); // by id, for existing terms the file names
  const added: GlossaryTerm[] = [];
  for (const [key, fields] of incoming) {
    const match = existingByKey.get(key);
    if (!match) {
      added.push({ ...fields, id: ctx.ids.next(), projectId: project.id, version: 1, createdBy: props.user.id, createdAt: at, updatedAt: at });
      result.created++;
    } else if (sameFields(match, fields)) {
      written.set(match.id, match);
      result.unchanged++;
    } else {
      written.set(match.id, { ...match, ...fields, version: match.version + 1, updatedAt: at });
      result.updated++;
    }
  }
  const kept = existing.flatMap((term) => {
    const replaced = written.get(term.id);
    if (replaced) return [replaced];
    if (props.mode === 'merge') return [term];
    result.removed++;
    return [];
  });
  const terms = [...kept, ...added];
  await ctx.store.glossary.replaceAll(project.id, terms);
  result.total = terms.length;
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
