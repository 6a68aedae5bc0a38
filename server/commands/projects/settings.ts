// A project's settings: their defaults, how a change merges into them, and the sentence rules they give.
import { InvalidInput } from '../../domain/errors';
import { QA_CHECK_IDS } from '../../domain/qa/registry';
import { QA_SEVERITIES } from '../../domain/qa/types';
import { DEFAULT_RULES, mergeRules, type SegmentationRules } from '../../domain/segmentation/rules';
import type { Project, ProjectQaSettings, ProjectSettings } from '../../domain/projects/types';
import { mergeLqaSettings, type LqaSettingsPatch } from '../../domain/quality/settings';
import { mergeTmSettings } from '../tm/settings';

export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = { formality: 'default', allowSelfApproval: false };

/** A QA settings patch: each field given replaces the stored one (`severity: {}` clears the overrides). */
export type QaSettingsPatch = Partial<ProjectQaSettings>;
/** Settings to change: any field of ProjectSettings, QA settings field by field. */
export type ProjectSettingsPatch = Omit<Partial<ProjectSettings>, 'qa' | 'tm' | 'lqa' | 'segmentation'> & {
  qa?: QaSettingsPatch;
  tm?: Partial<NonNullable<ProjectSettings['tm']>>;
  lqa?: LqaSettingsPatch;
};

/** `base` with the given fields replaced; fields passed as undefined are ignored. */
export function mergeSettings(base: ProjectSettings, patch: ProjectSettingsPatch = {}): ProjectSettings {
  const qa = mergeQaSettings(base.qa, patch.qa);
  const tm = mergeTmSettings(base.tm, patch.tm);
  const outsideAssignment = patch.allowEditOutsideAssignment ?? base.allowEditOutsideAssignment;
  const lqa = mergeLqaSettings(base.lqa, patch.lqa);
  return {
    formality: patch.formality ?? base.formality,
    allowSelfApproval: patch.allowSelfApproval ?? base.allowSelfApproval,
    ...(outsideAssignment !== undefined ? { allowEditOutsideAssignment: outsideAssignment } : {}),
    ...(qa ? { qa } : {}),
    ...(tm ? { tm } : {}),
    // Sentence rules change through their own command (updateSegmentationRules.ts); a settings change keeps them.
    ...(base.segmentation ? { segmentation: base.segmentation } : {}),
    ...(lqa ? { lqa } : {}),
  };
}

/** Unknown check ids and severities are refused here too, not only by the route's schema. */
function mergeQaSettings(base: ProjectQaSettings | undefined, patch: QaSettingsPatch | undefined): ProjectQaSettings | undefined {
  if (!patch) return base;
  const unknown = [...(patch.disabled ?? []), ...(patch.enabled ?? []), ...Object.keys(patch.severity ?? {})].filter((id) => !QA_CHECK_IDS.includes(id));
  const badSeverity = Object.entries(patch.severity ?? {}).filter(([, severity]) => !QA_SEVERITIES.includes(severity));
  if (unknown.length > 0 || badSeverity.length > 0) {
    throw new InvalidInput(`unknown QA checks or severities: ${[...unknown, ...badSeverity.map(([id]) => id)].join(', ')}`, {
      issues: [...unknown.map((id) => ({ path: 'qa', message: `unknown check ${id}` })), ...badSeverity.map(([id]) => ({ path: `qa.severity.${id}`, message: 'unknown severity' }))],
    });
  }
  const enabled = patch.enabled ?? base?.enabled;
  return {
    disabled: [...new Set(patch.disabled ?? base?.disabled ?? [])],
    ...(enabled ? { enabled: [...new Set(enabled)] } : {}),
    severity: { ...(patch.severity ?? base?.severity ?? {}) },
  };
}

/** The rules documents of this project are segmented with. */
export const rulesOf = (project: Project): SegmentationRules => mergeRules(DEFAULT_RULES, project.settings.segmentation ?? {});
