// Admins and coordinators open a project; its creator becomes its coordinator.
import { Forbidden, InvalidInput } from '../../domain/errors';
import type { Project } from '../../domain/projects/types';
import type { User } from '../../domain/users/types';
import { nowIso, type CommandContext } from '../context';
import { DEFAULT_PROJECT_SETTINGS, mergeSettings, type ProjectSettingsPatch } from './settings';

export const PROJECT_NAME_MAX_LENGTH = 200;

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
