// A document's exports. `original` is the Polish document in its submitted format and structure, and
// `tmx` this document's approved pairs: both leave only once every segment is approved (or locked),
// unless a coordinator asks for a preview with unapproved text, which is then listed. The bilingual
// working files (`xliff12`, `xliff20` and the `bilingual` review table, see ./exportBilingual.ts) are
// for translators and reviewers outside Nysa: every member of the project may take them in any state,
// because they hold nothing the member cannot already read in the workspace.
// Every export is recorded in the audit trail.
import type { RequestOrigin } from '../../domain/audit/types';
import { Conflict, Forbidden, InvalidInput } from '../../domain/errors';
import { DOCUMENT_FORMAT_ENTRIES } from '../../domain/formats';
import { TMX_DOCUMENT_END, tmxDocumentStart, tmxUnitElement } from '../../domain/formats/tmx';
import type { DocumentFormat } from '../../domain/documents/types';
import type { Segment } from '../../domain/segments/types';
import type { User } from '../../domain/users/types';
import { isDone, SegmentState } from '../../domain/workflow/states';
import { recordAudit } from '../audit/record';
import { mapInSlices } from '../../slices';
import { nowIso, type CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';
import { TMX_TOOL_VERSION } from '../tm/exportTmx';
import { loadDocument, type DocumentInProject } from './access';
import { bilingualExport, type BilingualKind, type ExportLocalizer } from './exportBilingual';

export type { ExportLocalizer } from './exportBilingual';

export const EXPORT_KINDS = ['original', 'xliff12', 'xliff20', 'tmx', 'bilingual'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const BILINGUAL_TABLE_FORMATS = ['docx', 'html'] as const;
export type BilingualTableFormat = (typeof BILINGUAL_TABLE_FORMATS)[number];

export interface ExportProps {
  user: User;
  documentId: string;
  /** What to export; a document format (`markdown`, `docx` …) stands for `original` when it is the document's own. */
  format: ExportKind | DocumentFormat;
  /** For `bilingual`: a Word file (the default) or a web page. */
  as?: BilingualTableFormat;
  allowUnapproved: boolean;
  origin: RequestOrigin;
  localize: ExportLocalizer;
}

/** A file to download: its name is made from `title` and `suffix` by the HTTP layer. */
export interface ExportFile {
  title: string;
  /** What follows the title in the file name, e.g. "pl.docx", "de-pl.xlf". */
  suffix: string;
  mediaType: string;
  content: string | Uint8Array;
  /** Indexes of segments exported although not approved (original and tmx, with allowUnapproved). */
  unapprovedIndexes: number[];
}

function exportKind(format: ExportProps['format'], own: DocumentFormat): ExportKind {
  if ((EXPORT_KINDS as readonly string[]).includes(format)) return format as ExportKind;
  // Today's ?format=markdown|text (and any document format) names the original, if it is the document's.
  if (format === own) return 'original';
  throw new InvalidInput(`this document is ${own}: export it as original, xliff12, xliff20, tmx or bilingual`, { format: own }, 'unsupported_export_format');
}

/** The segments not yet done; a refusal unless a coordinator or admin allowed them. */
function unapprovedOf(loaded: DocumentInProject, segments: readonly Segment[], allowUnapproved: boolean): Segment[] {
  if (allowUnapproved && !loaded.roles.some((role) => role === 'coordinator' || role === 'admin')) {
    throw new Forbidden('only coordinators may export unapproved text');
  }
  const unapproved = segments.filter((segment) => !isDone(segment.state));
  if (unapproved.length > 0 && !allowUnapproved) {
    throw new Conflict(`${unapproved.length} segments are not approved yet`, { unapproved: unapproved.length }, 'export_not_ready');
  }
  return unapproved;
}

/** The Polish document in its submitted format (XLIFF with each segment's state); a large one is written on a worker thread. */
async function originalFile(ctx: CommandContext, loaded: DocumentInProject, segments: readonly Segment[]): Promise<Pick<ExportFile, 'suffix' | 'mediaType' | 'content'>> {
  const { document, project } = loaded;
  const texts = await mapInSlices(segments, ({ source, target, tags, state }) => ({ source, target, tags, state }));
  const file = await heavyWorkOf(ctx).run('rebuildDocument', { format: document.format, skeleton: document.skeleton, segments: texts, targetLang: project.targetLang });
  return { ...file, suffix: `pl.${DOCUMENT_FORMAT_ENTRIES[document.format].extension}` };
}

/** This document's approved pairs as TMX 1.4b (locked segments are no translation: left out). */
async function tmxFile(ctx: CommandContext, loaded: DocumentInProject, segments: readonly Segment[]): Promise<Pick<ExportFile, 'suffix' | 'mediaType' | 'content'>> {
  const approved = segments.filter((segment) => segment.state === SegmentState.Approved && segment.target !== null);
  const units = await mapInSlices(approved, (segment) =>
    tmxUnitElement({ id: segment.id, source: segment.source, target: segment.target as string, createdAt: loaded.document.createdAt, updatedAt: segment.updatedAt }),
  );
  return {
    suffix: 'de-pl.tmx',
    mediaType: 'application/x-tmx+xml; charset=utf-8',
    content: tmxDocumentStart({ creationDate: nowIso(ctx), toolVersion: TMX_TOOL_VERSION }) + units.join('') + TMX_DOCUMENT_END,
  };
}

export async function exportDocument(ctx: CommandContext, props: ExportProps): Promise<ExportFile> {
  const loaded = await loadDocument(ctx, props.user, props.documentId);
  const kind = exportKind(props.format, loaded.document.format);
  if (props.as !== undefined && kind !== 'bilingual') {
    throw new InvalidInput('"as" chooses the form of the bilingual table only', { as: props.as }, 'invalid_input');
  }
  const segments = await ctx.store.segments.listByDocument(loaded.document.id);
  const { document } = loaded;
  const audit = (unapproved: number) =>
    recordAudit(ctx, {
      kind: 'document_exported',
      actorId: props.user.id,
      origin: props.origin,
      target: { type: 'document', id: document.id },
      projectId: document.projectId,
      details: { title: document.title, format: document.format, export: kind, unapproved },
    });
  if (kind === 'original' || kind === 'tmx') {
    const unapproved = unapprovedOf(loaded, segments, props.allowUnapproved);
    const file = kind === 'original' ? await originalFile(ctx, loaded, segments) : await tmxFile(ctx, loaded, segments);
    await audit(unapproved.length);
    return { title: document.title, ...file, unapprovedIndexes: unapproved.map((segment) => segment.index) };
  }
  const bilingualKind: BilingualKind = kind === 'bilingual' ? (props.as ?? 'docx') : kind;
  const file = await bilingualExport(ctx, loaded, segments, bilingualKind, props.localize);
  await audit(0);
  return { title: document.title, ...file, unapprovedIndexes: [] };
}
