// The JSON shapes of QA issues and counts; messages in the reader's language (locales/<lang>/qa.json).
import type { DocumentQaItem, DocumentQaPage } from '../../commands/qa/readDocumentQa';
import { Conflict } from '../../domain/errors';
import { QaErrorsFound } from '../../domain/qa/errors';
import type { ConfiguredCheck } from '../../domain/qa/registry';
import type { DocumentQaSummary, QaResult } from '../../domain/qa/results';
import type { QaIssue } from '../../domain/qa/types';
import { translateQa, type Language } from '../../i18n';

export const presentQaIssue = (issue: QaIssue, lang: Language) => ({
  check: issue.check,
  severity: issue.severity,
  code: issue.code,
  message: translateQa(issue.code, issue.params, lang),
});

/** A segment's stored issues; none when it was never checked. */
export const presentQaIssues = (result: QaResult | null | undefined, lang: Language) =>
  (result?.issues ?? []).map((issue) => presentQaIssue(issue, lang));

export const presentQaSummary = (summary: DocumentQaSummary) => ({
  errors: summary.errors,
  warnings: summary.warnings,
  infos: summary.infos,
  segmentsWithErrors: summary.segmentsWithErrors,
});

export const presentDocumentQaItem = (item: DocumentQaItem, lang: Language) => ({
  segmentId: item.segmentId,
  segmentIndex: item.segmentIndex,
  state: item.state,
  source: item.source,
  target: item.target,
  ...presentQaIssue(item.issue, lang),
  overrideReason: item.overrideReason,
  checkedAt: item.checkedAt,
});

export const presentDocumentQaPage = (page: DocumentQaPage, lang: Language, offset: number, limit: number) => ({
  items: page.items.map((item) => presentDocumentQaItem(item, lang)),
  total: page.total,
  offset,
  limit,
  summary: presentQaSummary(page.summary),
});

/** A check as a project runs it (GET /api/projects/:id/qa/checks). */
export const presentConfiguredCheck = ({ check, enabled, severity }: ConfiguredCheck) => ({
  id: check.id,
  defaultSeverity: check.defaultSeverity,
  defaultEnabled: check.defaultEnabled !== false,
  enabled,
  severity,
});

/** A refused confirm's issues, localized for the client (other errors pass unchanged). */
export function localizeQaError(error: unknown, lang: Language): unknown {
  if (!(error instanceof QaErrorsFound)) return error;
  return new Conflict(error.message, { segmentId: error.segmentId, issues: error.issues.map((issue) => presentQaIssue(issue, lang)) }, error.code);
}
