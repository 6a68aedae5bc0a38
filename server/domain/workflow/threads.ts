// The transition table of comment threads: who may open one on a segment, answer in it, resolve it and
// reopen it. The one place that decides; commands ask `nextThreadState` and never check roles themselves.
import { Conflict, Forbidden } from '../errors';
import type { Role } from '../users/types';
import { ROLES } from '../users/types';

export const ThreadState = {
  Open: 'open',
  Resolved: 'resolved',
} as const;
export type ThreadState = (typeof ThreadState)[keyof typeof ThreadState];

export const THREAD_ACTIONS = ['open', 'reply', 'resolve', 'reopen'] as const;
export type ThreadAction = (typeof THREAD_ACTIONS)[number];

/**
 * Who acts on a thread: a person with roles in the project (`isThreadAuthor`: they wrote its first
 * comment), or the system (the thread a rejection opens is written in the reviewer's name, but opened by
 * the workflow whatever the reviewer's roles).
 */
export type ThreadActor = { kind: 'user'; roles: readonly Role[]; isThreadAuthor: boolean } | { kind: 'system' };
/** `author`: whoever opened the thread, in any role. */
export type ThreadActorRole = Role | 'author' | 'system';

interface ThreadRule {
  action: ThreadAction;
  /** `none`: the thread does not exist yet. */
  from: readonly (ThreadState | 'none')[];
  roles: readonly ThreadActorRole[];
  to: ThreadState;
}

const { Open, Resolved } = ThreadState;
/** Everyone who can see a project may talk about its segments. */
const MEMBERS: readonly Role[] = ROLES;
/** Whoever raised a point, and those who decide about the text, may close it. */
const DECIDERS: readonly ThreadActorRole[] = ['author', 'reviewer', 'coordinator', 'admin'];

/** Read top to bottom; the first rule whose action, state and role match wins. */
export const THREAD_TRANSITIONS: readonly ThreadRule[] = [
  { action: 'open', from: ['none'], roles: [...MEMBERS, 'system'], to: Open },
  // An answer to a resolved thread brings it back: a new question is not resolved yet.
  { action: 'reply', from: [Open, Resolved], roles: MEMBERS, to: Open },
  { action: 'resolve', from: [Open], roles: DECIDERS, to: Resolved },
  { action: 'reopen', from: [Resolved], roles: DECIDERS, to: Open },
];

const actorRoles = (actor: ThreadActor): readonly ThreadActorRole[] =>
  actor.kind === 'system' ? ['system'] : actor.isThreadAuthor ? [...actor.roles, 'author'] : actor.roles;

/** May this actor ever perform this action on a thread, from some state? */
export function mayActOnThread(action: ThreadAction, actor: ThreadActor): boolean {
  const roles = actorRoles(actor);
  return THREAD_TRANSITIONS.some((rule) => rule.action === action && rule.roles.some((role) => roles.includes(role)));
}

/**
 * The thread's state after `action`: Forbidden when none of the actor's roles may ever do it,
 * Conflict `invalid_thread_transition` when they may, but not from this state (resolving a resolved thread).
 */
export function nextThreadState(from: ThreadState | 'none', action: ThreadAction, actor: ThreadActor): ThreadState {
  if (!mayActOnThread(action, actor)) throw new Forbidden(`not allowed to ${action} comment threads`);
  const roles = actorRoles(actor);
  const rule = THREAD_TRANSITIONS.find((r) => r.action === action && r.from.includes(from) && r.roles.some((role) => roles.includes(role)));
  if (!rule) throw new Conflict(`cannot ${action} a thread that is ${from}`, { from, action }, 'invalid_thread_transition');
  return rule.to;
}
