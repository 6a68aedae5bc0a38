// Who is editing what now, in the documents the user may see (the coordinator's dashboard).
import type { User } from '../../domain/users/types';
import type { CommandContext } from '../context';
import { visibleProjects } from './visible';
import type { PresenceEntry, PresenceRegistry } from '../live/presenceRegistry';

export async function currentActivity(ctx: CommandContext, presence: PresenceRegistry, user: User): Promise<PresenceEntry[]> {
  const projects = await visibleProjects(ctx, user);
  return presence.inProjects(new Set(projects.map((project) => project.id)));
}
