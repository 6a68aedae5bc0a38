// A project's translation-memory settings, with their defaults: sharing on, threshold 75, exact and
// in-context matches filled as `translated` (a reviewer still looks at them).
import { InvalidInput } from '../../domain/errors';
import type { Project, ProjectTmSettings } from '../../domain/projects/types';

export const DEFAULT_TM_SETTINGS: Readonly<ProjectTmSettings> = {
  shareMemory: true,
  threshold: 75,
  exactState: 'translated',
  inContextState: 'translated',
};

export const TM_THRESHOLD_MIN = 50;
export const TM_MATCH_STATES = ['translated', 'approved'] as const;

/** The project's settings with defaults for whatever was never set. */
export const tmSettingsOf = (project: Pick<Project, 'settings'>): ProjectTmSettings => ({ ...DEFAULT_TM_SETTINGS, ...project.settings.tm });

/** `base` (or the defaults) with the given fields replaced; undefined when neither is given (nothing stored). */
export function mergeTmSettings(base: ProjectTmSettings | undefined, patch: Partial<ProjectTmSettings> | undefined): ProjectTmSettings | undefined {
  if (!patch) return base;
  const merged: ProjectTmSettings = {
    shareMemory: patch.shareMemory ?? base?.shareMemory ?? DEFAULT_TM_SETTINGS.shareMemory,
    threshold: patch.threshold ?? base?.threshold ?? DEFAULT_TM_SETTINGS.threshold,
    exactState: patch.exactState ?? base?.exactState ?? DEFAULT_TM_SETTINGS.exactState,
    inContextState: patch.inContextState ?? base?.inContextState ?? DEFAULT_TM_SETTINGS.inContextState,
  };
  const issues = [
    ...(Number.isInteger(merged.threshold) && merged.threshold >= TM_THRESHOLD_MIN && merged.threshold <= 100
      ? []
      : [{ path: 'tm.threshold', message: `an integer from ${TM_THRESHOLD_MIN} to 100` }]),
    ...(['exactState', 'inContextState'] as const)
      .filter((key) => !TM_MATCH_STATES.includes(merged[key]))
      .map((key) => ({ path: `tm.${key}`, message: 'translated or approved' })),
  ];
  if (issues.length > 0) throw new InvalidInput(`invalid TM settings: ${issues.map((i) => i.path).join(', ')}`, { issues });
  return merged;
}
