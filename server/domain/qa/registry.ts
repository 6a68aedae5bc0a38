// Every QA check, in the order their issues are listed within one severity, and the function that
// runs them with a project's settings.
import { bracketsQuotes } from './checks/bracketsQuotes';
import { endPunctuation } from './checks/endPunctuation';
import { glossaryForbidden } from './checks/glossaryForbidden';
import { glossaryMissing } from './checks/glossaryMissing';
import { inconsistentTranslation } from './checks/inconsistentTranslation';
import { lengthRatio } from './checks/lengthRatio';
import { mtUnedited } from './checks/mtUnedited';
import { nonBreakingSpaces } from './checks/nonBreakingSpaces';
import { numbers } from './checks/numbers';
import { placeholders } from './checks/placeholders';
import { polishNumberFormat } from './checks/polishNumberFormat';
import { sameAsSource } from './checks/sameAsSource';
import { straightQuotes } from './checks/straightQuotes';
import { untranslatedWords } from './checks/untranslatedWords';
import { urlsEmails } from './checks/urlsEmails';
import { whitespace } from './checks/whitespace';
import { QA_SEVERITIES, type QaCheck, type QaContext, type QaIssue, type QaSeverity } from './types';

export const QA_CHECKS: readonly QaCheck[] = [
  placeholders,
  numbers,
  urlsEmails,
  glossaryMissing,
  glossaryForbidden,
  untranslatedWords,
  sameAsSource,
  endPunctuation,
  bracketsQuotes,
  whitespace,
  lengthRatio,
  inconsistentTranslation,
  mtUnedited,
  polishNumberFormat,
  straightQuotes,
  nonBreakingSpaces,
];

export const QA_CHECK_IDS: readonly string[] = QA_CHECKS.map((check) => check.id);

export function getCheck(id: string): QaCheck | undefined {
  return QA_CHECKS.find((check) => check.id === id);
}

/**
 * A project's QA settings: checks switched off, checks switched on that are off by default
 * (QaCheck.defaultEnabled), and severities that replace a check's default.
 */
export interface QaSettings {
  disabled?: string[];
  enabled?: string[];
  severity?: Record<string, QaSeverity>;
}

/** A check as a project runs it: switched on or off, with its own severity or the default. */
export interface ConfiguredCheck {
  check: QaCheck;
  enabled: boolean;
  severity: QaSeverity;
}

/** Every check, in the order of QA_CHECKS, with a project's settings applied (unknown ids in them are ignored). */
export function configuredChecks(settings: QaSettings = {}): ConfiguredCheck[] {
  const disabled = new Set(settings.disabled ?? []);
  const enabled = new Set(settings.enabled ?? []);
  return QA_CHECKS.map((check) => ({
    check,
    enabled: check.defaultEnabled === false ? enabled.has(check.id) && !disabled.has(check.id) : !disabled.has(check.id),
    severity: settings.severity?.[check.id] ?? check.defaultSeverity,
  }));
}

/**
 * The issues of one segment: errors first, then warnings, then infos; within a severity in the order
 * of QA_CHECKS, and within a check in the order it found them. An empty target has nothing to check
 * (it is untranslated, which the workflow state already says). Unknown ids in the settings are ignored.
 */
export function runChecks(source: string, target: string, context: QaContext = {}, settings: QaSettings = {}): QaIssue[] {
  if (target.trim() === '') return [];
  const issues = configuredChecks(settings)
    .filter(({ enabled }) => enabled)
    .flatMap(({ check, severity }) =>
      check.run(source, target, context).map(
        ({ code, params, uncertain }): QaIssue => ({ check: check.id, severity: uncertain && severity === 'error' ? 'warning' : severity, code, params }),
      ),
    );
  const rank = (issue: QaIssue) => QA_SEVERITIES.indexOf(issue.severity);
  return issues.sort((a, b) => rank(a) - rank(b)); // Array#sort is stable
}
