// The Polish document in its submitted structure. Only finished documents leave, unless a
// coordinator asks for a preview with unapproved text, which is then listed.
import { Conflict, Forbidden, InvalidInput } from '../../domain/errors';
import { DOCUMENT_FORMAT_ENTRIES, rebuildDocument } from '../../domain/formats';
import type { DocumentFormat } from '../../domain/documents/types';
import type { User } from '../../domain/users/types';
import { isDone } from '../../domain/workflow/states';
import type { CommandContext } from '../context';
import { loadDocument } from './access';

export interface ExportProps {
  user: User;
  documentId: string;
  format?: DocumentFormat;
  allowUnapproved: boolean;
}

export interface ExportResult {
  title: string;
  format: DocumentFormat;
  content: string | Uint8Array;
  mediaType: string;
  extension: string;
  /** Indexes of segments exported although not approved (their German source stands in where there is no target). */
  unapprovedIndexes: number[];
}

export async function exportDocument(ctx: CommandContext, props: ExportProps): Promise<ExportResult> {
  const { document, project, roles } = await loadDocument(ctx, props.user, props.documentId);
  if (props.format !== undefined && props.format !== document.format) {
    throw new InvalidInput(`this document can be exported as ${document.format} only`, { format: document.format }, 'unsupported_export_format');
  }
  if (props.allowUnapproved && !roles.some((role) => role === 'coordinator' || role === 'admin')) {
    throw new Forbidden('only coordinators may export unapproved text');
  }
  const segments = await ctx.store.segments.listByDocument(document.id);
  const unapproved = segments.filter((segment) => !isDone(segment.state));
  if (unapproved.length > 0 && !props.allowUnapproved) {
    throw new Conflict(
      `${unapproved.length} segments are not approved yet`,
      { unapproved: unapproved.length },
      'export_not_ready',
    );
  }
  const file = rebuildDocument(document.format, document.skeleton, segments, project.targetLang);
  return {
    title: document.title,
    format: document.format,
    ...file,
    extension: DOCUMENT_FORMAT_ENTRIES[document.format].extension,
    unapprovedIndexes: unapproved.map((segment) => segment.index),
  };
}
