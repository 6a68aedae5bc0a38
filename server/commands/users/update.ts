// An admin changes an account: its name, its global roles, whether it is active. Deactivating ends
// at once every session, token and event stream of the account and its unused reset links; its
// history stays, its name shown as inactive. The last active admin can be neither deactivated nor
// demoted (409 last_admin, enforced by the store). Each change is audited on its own.
import type { RequestOrigin } from '../../domain/audit/types';
import { Forbidden, InvalidInput, NotFound } from '../../domain/errors';
import { ROLES, type Role, type User } from '../../domain/users/types';
import { recordAudit, type AuditRecord } from '../audit/record';
import type { CommandContext } from '../context';
import { NAME_MAX_LENGTH } from './create';

export interface UserChanges {
  name?: string;
  roles?: readonly Role[];
  active?: boolean;
}

export interface UpdateUserProps {
  actor: User;
  userId: string;
  changes: UserChanges;
  origin: RequestOrigin;
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role) => b.includes(role));

function changed(stored: User, changes: UserChanges): User {
  const name = changes.name?.trim() ?? stored.name;
  if (name === '' || name.length > NAME_MAX_LENGTH) {
    throw new InvalidInput(`a name has 1 to ${NAME_MAX_LENGTH} characters`, { issues: [{ path: 'name', message: `must be 1 to ${NAME_MAX_LENGTH} characters` }] });
  }
  const roles = changes.roles ? ROLES.filter((role) => changes.roles!.includes(role)) : stored.roles;
  return { ...stored, name, roles, active: changes.active ?? stored.active };
}

export async function updateUser(ctx: CommandContext, props: UpdateUserProps): Promise<User> {
  if (!props.actor.roles.includes('admin')) throw new Forbidden('only admins may change accounts');
  const stored = await ctx.store.users.findById(props.userId);
  if (!stored) throw new NotFound('user', props.userId);
  const updated = changed(stored, props.changes);
  await ctx.store.users.update(updated);

  const audits: Omit<AuditRecord, 'actorId' | 'origin' | 'target'>[] = [];
  if (updated.name !== stored.name) audits.push({ kind: 'user_renamed', details: { from: stored.name, to: updated.name } });
  if (!sameRoles(updated.roles, stored.roles)) audits.push({ kind: 'roles_changed', details: { from: stored.roles, to: updated.roles } });
  if (stored.active && !updated.active) {
    const ended = await ctx.store.sessions.deleteByUser(updated.id);
    const resets = await ctx.store.passwordResets.deleteUnusedForUser(updated.id);
    audits.push({
      kind: 'user_deactivated',
      details: { sessionsEnded: ended.filter((s) => s.kind === 'session').length, tokensRevoked: ended.filter((s) => s.kind === 'token').length, resetLinksRemoved: resets },
    });
  }
  if (!stored.active && updated.active) audits.push({ kind: 'user_reactivated' });
  for (const audit of audits) {
    await recordAudit(ctx, { ...audit, actorId: props.actor.id, origin: props.origin, target: { type: 'user', id: updated.id } });
  }
  return updated;
}
