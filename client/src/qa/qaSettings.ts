// The QA settings screen's draft: which checks run and with which severity, and what PATCH
// /api/projects/:id/settings takes from it. A severity equal to the check's default is not sent, so a
// changed default on the server reaches every project that never chose otherwise.
import type { QaCheckSetting } from '../api/types';

export interface QaSettingsPatch {
  disabled: string[];
  /** Checks that are off by default and switched on. */
  enabled: string[];
  severity: Record<string, QaCheckSetting['severity']>;
}

export function qaSettingsPatch(checks: readonly QaCheckSetting[]): QaSettingsPatch {
  return {
    disabled: checks.filter((check) => !check.enabled && check.defaultEnabled).map((check) => check.id),
    enabled: checks.filter((check) => check.enabled && !check.defaultEnabled).map((check) => check.id),
    severity: Object.fromEntries(checks.filter((check) => check.severity !== check.defaultSeverity).map((check) => [check.id, check.severity])),
  };
}

/** Every check as it is by default (on, or off where the server says so), at its default severity. */
export const defaultChecks = (checks: readonly QaCheckSetting[]): QaCheckSetting[] =>
  checks.map((check) => ({ ...check, enabled: check.defaultEnabled, severity: check.defaultSeverity }));

/** Whether two drafts would save the same settings. */
export const sameSettings = (a: readonly QaCheckSetting[], b: readonly QaCheckSetting[]): boolean =>
  JSON.stringify(qaSettingsPatch(a)) === JSON.stringify(qaSettingsPatch(b));
