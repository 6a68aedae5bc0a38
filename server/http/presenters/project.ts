// The JSON shape of a project.
import type { Project } from '../../domain/projects/types';

export const presentProject = (project: Project) => ({
  id: project.id,
  name: project.name,
  sourceLang: project.sourceLang,
  targetLang: project.targetLang,
  settings: {
    formality: project.settings.formality,
    allowSelfApproval: project.settings.allowSelfApproval,
    ...(project.settings.allowEditOutsideAssignment !== undefined ? { allowEditOutsideAssignment: project.settings.allowEditOutsideAssignment } : {}),
    ...(project.settings.qa
      ? {
          qa: {
            disabled: project.settings.qa.disabled,
            ...(project.settings.qa.enabled ? { enabled: project.settings.qa.enabled } : {}),
            severity: project.settings.qa.severity,
          },
        }
      : {}),
    ...(project.settings.tm
      ? {
          tm: {
            shareMemory: project.settings.tm.shareMemory,
            threshold: project.settings.tm.threshold,
            exactState: project.settings.tm.exactState,
            inContextState: project.settings.tm.inContextState,
          },
        }
      : {}),
    ...(project.settings.lqa
      ? {
          lqa: {
            typology: project.settings.lqa.typology,
            disabledCategories: project.settings.lqa.disabledCategories,
            weights: project.settings.lqa.weights,
            threshold: project.settings.lqa.threshold,
          },
        }
      : {}),
  },
  members: project.members.map((member) => ({ userId: member.userId, roles: member.roles })),
  createdAt: project.createdAt,
  createdBy: project.createdBy,
});
