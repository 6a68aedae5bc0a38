// Admins and coordinators open a project; its creator becomes its coordinator.
import { Forbidden, InvalidInput } from '../domain/errors';
import { QA_CHECK_IDS } from '../domain/qa/registry';
import { QA_SEVERITIES } from '../domain/qa/types';
import type { Project, ProjectQaSettings, ProjectSettings, User } from '../domain/types';
import { nowIso, type CommandContext } from './context';
import { mergeTmSettings } from './tm/settings';

export const DEFAULT_PROJECT_SETTINGS: ProjectSettings = { formality: 'default', allowSelfApproval: false };
export const PROJECT_NAME_MAX_LENGTH = 200;

/** A QA settings patch: each field given replaces the stored one (`severity: {}` clears the overrides). */
export type QaSettingsPatch = Partial<ProjectQaSettings>;
/** Settings to change: any field of ProjectSettings, QA settings field by field. */
export type ProjectSettingsPatch = Omit<Partial<ProjectSettings>, 'qa' | 'tm'> & { qa?: QaSettingsPatch; tm?: Partial<NonNullable<ProjectSettings['tm']>> };

/** `base` with the given fields replaced; fields passed as undefined are ignored. */
export function mergeSettings(base: ProjectSettings, patch: ProjectSettingsPatch = {}): ProjectSettings {
  const qa = mergeQaSettings(base.qa, patch.qa);
  const tm = mergeTmSettings(base.tm, patch.tm);
  return {
    formality: patch.formality ?? base.formality,
    allowSelfApproval: patch.allowSelfApproval ?? base.allowSelfApproval,
    ...(qa ? { qa } : {}),
    ...(tm ? { tm } : {}),
  };
}

/** Unknown check ids and severities are refused here too, not only by the route's schema. */
function mergeQaSettings(base: ProjectQaSettings | undefined, patch: QaSettingsPatch | undefined): ProjectQaSettings | undefined {
  if (!patch) return base;
  const unknown = [...(patch.disabled ?? []), ...Object.keys(patch.severity ?? {})].filter((id) => !QA_CHECK_IDS.includes(id));
  const badSeverity = Object.entries(patch.severity ?? {}).filter(([, severity]) => !QA_SEVERITIES.includes(severity));
  if (unknown.length > 0 || badSeverity.length > 0) {
    throw new InvalidInput(`unknown QA checks or severities: ${[...unknown, ...badSeverity.map(([id]) => id)].join(', ')}`, {
      issues: [...unknown.map((id) => ({ path: 'qa', message: `unknown check ${id}` })), ...badSeverity.map(([id]) => ({ path: `qa.severity.${id}`, message: 'unknown severity' }))],
    });
  }
  return {
    disabled: [...new Set(patch.disabled ?? base?.disabled ?? [])],
    severity: { ...(patch.severity ?? base?.severity ?? {}) },
  };
}

export interface CreateProjectProps {
  user: User;
  name: string;
  sourceLang: string;
  targetLang: string;
  settings?: ProjectSettingsPatch;
}

export async function createProject(ctx: CommandContext, props: CreateProjectProps): Promise<Project> {
  if (!props.user.roles.some((role) => role === 'admin' || role === 'coordinator')) {
    throw new Forbidden('only admins and coordinators may create projects');
  }
  const name = props.name.trim();
  if (name === '' || name.length > PROJECT_NAME_MAX_LENGTH) {
    throw new InvalidInput(`a project name has 1 to ${PROJECT_NAME_MAX_LENGTH} characters`, { issues: [{ path: 'name', message: 'empty or too long' }] });
  }
  if (props.sourceLang !== 'de' || props.targetLang !== 'pl') {
    throw new InvalidInput(
      `unsupported language pair ${props.sourceLang}→${props.targetLang}: only de→pl`,
      { sourceLang: props.sourceLang, targetLang: props.targetLang },
      'unsupported_language_pair',
    );
  }
  const project: Project = {
    id: ctx.ids.next(),
    name,
    sourceLang: 'de',
    targetLang: 'pl',
    settings: mergeSettings(DEFAULT_PROJECT_SETTINGS, props.settings),
    members: [{ userId: props.user.id, roles: ['coordinator'] }],
    createdBy: props.user.id,
    createdAt: nowIso(ctx),
  };
  await ctx.store.projects.create(project);
  return project;
}
