// Documents as files, as the submit page, the document list and the workspace see them: which files a
// person may pick and how each is sent (text read into the form, or the file itself uploaded), the
// downloads a document offers, and who may bring back a translated XLIFF file. Pure rules (tested in
// tests/client/documentFiles.test.ts); the server decides again.
import type { DocumentView, Project, Role } from '../api/types';
import { checkUpload, MAX_UPLOAD_BYTES } from './dashboardStats';
import { rolesIn } from './projectRoles';

/** The formats a submitted document may have (the server's DOCUMENT_FORMATS). */
export type DocumentFormat = 'text' | 'markdown' | 'docx' | 'html' | 'xliff';

/** Largest file uploaded as a file (the server's default UPLOAD_LIMIT_BYTES). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const UPLOADED: Readonly<Record<string, DocumentFormat>> = {
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
};

/** What the file pickers accept. */
export const DOCUMENT_FILE_ACCEPT = '.txt,.md,.markdown,.docx,.html,.htm,.xhtml,.xlf,.xliff,.sdlxliff';
export const XLIFF_FILE_ACCEPT = '.xlf,.xliff,.sdlxliff,.xml';

export type PickedFile =
  /** Read into the text field (as today for .txt and .md). */
  | { ok: true; send: 'text'; format: 'text' | 'markdown' }
  /** Uploaded as it is; the server detects its format (named here from the extension). */
  | { ok: true; send: 'file'; format: DocumentFormat }
  | { ok: false; reason: 'type' | 'size'; max: number };

const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name.toLowerCase())?.[1] ?? '';

/** How a picked or dropped file is used, or why it cannot be. */
export function pickDocumentFile(file: { name: string; size: number }): PickedFile {
  const uploaded = UPLOADED[extensionOf(file.name)];
  if (uploaded) return file.size > MAX_FILE_BYTES ? { ok: false, reason: 'size', max: MAX_FILE_BYTES } : { ok: true, send: 'file', format: uploaded };
  const text = checkUpload(file);
  return text.ok ? { ok: true, send: 'text', format: text.format } : { ok: false, reason: text.reason, max: MAX_UPLOAD_BYTES };
}

export type ExportKind = 'original' | 'xliff12' | 'xliff20' | 'bilingual' | 'bilingual-html' | 'tmx';

export interface ExportLink {
  kind: ExportKind;
  href: string;
}

/**
 * The downloads a document offers: the bilingual working files always (every member may take them in
 * any state), the Polish document and its TMX once approved.
 */
export function exportLinks(document: Pick<DocumentView, 'id' | 'status'>): ExportLink[] {
  const base = `/api/documents/${encodeURIComponent(document.id)}/export`;
  const links: ExportLink[] = [];
  if (document.status === 'approved') links.push({ kind: 'original', href: base });
  links.push(
    { kind: 'xliff12', href: `${base}?format=xliff12` },
    { kind: 'xliff20', href: `${base}?format=xliff20` },
    { kind: 'bilingual', href: `${base}?format=bilingual` },
    { kind: 'bilingual-html', href: `${base}?format=bilingual&as=html` },
  );
  if (document.status === 'approved') links.push({ kind: 'tmx', href: `${base}?format=tmx` });
  return links;
}

/** Bringing back a translated XLIFF file edits segments: translators, coordinators and admins (server: the `edit` rule). */
export function canImportXliffIn(user: { id: string; roles: readonly Role[] }, project: Pick<Project, 'members'> | undefined): boolean {
  const roles = project ? rolesIn(user, project) : [...user.roles];
  return roles.some((role) => role === 'admin' || role === 'coordinator' || role === 'translator');
}

/** `POST /api/documents/:id/xliff`: what a returned XLIFF file changed. */
export interface XliffImportSummary {
  updated: number;
  confirmed: number;
  unchanged: number;
  conflicts: { segmentId: string; reason: string; theirs: string; ours: string | null; fileVersion: number | null; currentVersion: number }[];
  refused: { unitId: string; reason: string }[];
  unconfirmed: { segmentId: string; reason: string }[];
}

/** Refusals counted by reason, most frequent first (ties by reason), for the summary. */
export function refusalCounts(summary: Pick<XliffImportSummary, 'refused'>): { reason: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const refusal of summary.refused) counts.set(refusal.reason, (counts.get(refusal.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
