// The one transition table: which action may move a segment from which state, for which role.
// Commands never assign `state` themselves; they ask `nextState`.
import { Forbidden, InvalidTransition } from '../errors';
import type { Role } from '../users/types';
import { SegmentState } from './states';

export const SEGMENT_ACTIONS = [
  'propose',
  'edit',
  'confirm',
  'approve',
  'reject',
  'lock',
  'unlock',
  'propagate',
  'propagate_approval',
  'revise_source',
  'revise_markup',
  'remove',
] as const;
export type SegmentAction = (typeof SEGMENT_ACTIONS)[number];

/** Who acts: a person with roles in the project, or the system (MT/TM proposals, submission). */
export type Actor = { kind: 'user'; roles: readonly Role[] } | { kind: 'system' };
export type ActorRole = Role | 'system';

/** Where a rule leads: a fixed state, the state it came from, or new/draft depending on the target. */
type Destination = SegmentState | 'same' | 'draft_or_new';

interface Rule {
  action: SegmentAction;
  from: readonly SegmentState[];
  roles: readonly ActorRole[];
  to: Destination;
}

const { New, Draft, Translated, Rejected, Approved, Locked } = SegmentState;
const MANAGERS: readonly Role[] = ['coordinator', 'admin'];

/**
 * Read top to bottom; the first rule whose action, state and role match wins. A person holding
 * both translator and reviewer roles edits as a translator (the segment goes back to draft).
 */
export const TRANSITIONS: readonly Rule[] = [
  { action: 'propose', from: [New], roles: ['system'], to: Draft },
  // A proposal that arrives after someone wrote a target is kept beside it (mtTarget), the target and
  // state untouched: the person's text wins.
  { action: 'propose', from: [Draft, Translated, Rejected, Approved], roles: ['system'], to: 'same' },
  { action: 'edit', from: [New, Draft, Translated, Rejected], roles: ['translator', ...MANAGERS], to: Draft },
  // A reviewer's correction during review keeps the segment in review.
  { action: 'edit', from: [Translated], roles: ['reviewer'], to: 'same' },
  { action: 'confirm', from: [Draft, Rejected], roles: ['translator', ...MANAGERS], to: Translated },
  { action: 'approve', from: [Translated], roles: ['reviewer', ...MANAGERS], to: Approved },
  { action: 'reject', from: [Translated, Approved], roles: ['reviewer', ...MANAGERS], to: Rejected },
  { action: 'lock', from: [New, Draft, Translated, Rejected, Approved], roles: ['system', ...MANAGERS], to: Locked },
  { action: 'unlock', from: [Locked], roles: MANAGERS, to: 'draft_or_new' },
  // A confirmed or approved translation spreads to its untouched twins (repetitions).
  { action: 'propagate', from: [New, Draft], roles: ['system'], to: Translated },
  { action: 'propagate_approval', from: [New, Draft, Translated], roles: ['system'], to: Approved },
  // A source revision (commands/documents/revise.ts). The German sentence changed: a translation made
  // for the old one stays, but only as a draft the translator confirms again; nothing to redo stays as it is.
  { action: 'revise_source', from: [Draft, Translated, Rejected, Approved], roles: ['system'], to: Draft },
  { action: 'revise_source', from: [New, Locked], roles: ['system'], to: 'same' },
  // Only spacing or inline markup changed (the same sentence): the work stands.
  { action: 'revise_markup', from: [New, Draft, Translated, Rejected, Approved, Locked], roles: ['system'], to: 'same' },
  // The sentence left the document: the segment keeps its state, in the document's history.
  { action: 'remove', from: [New, Draft, Translated, Rejected, Approved, Locked], roles: ['system'], to: 'same' },
];

export interface TransitionRequest {
  from: SegmentState;
  action: SegmentAction;
  actor: Actor;
  /** Whether the segment has a non-empty target after the action (decides unlock → draft or new). */
  hasTarget: boolean;
}

const actorRoles = (actor: Actor): readonly ActorRole[] => (actor.kind === 'system' ? ['system'] : actor.roles);

/** May this actor ever perform this action, from some state? */
export function mayPerform(action: SegmentAction, actor: Actor): boolean {
  const roles = actorRoles(actor);
  return TRANSITIONS.some((rule) => rule.action === action && rule.roles.some((r) => roles.includes(r)));
}

/**
 * The state after `action`, or an error: `Forbidden` when none of the actor's roles may ever do
 * this, `InvalidTransition` when they may, but not from this state.
 */
export function nextState({ from, action, actor, hasTarget }: TransitionRequest): SegmentState {
  if (!mayPerform(action, actor)) throw new Forbidden(`not allowed to ${action} segments`);
  const roles = actorRoles(actor);
  const rule = TRANSITIONS.find(
    (r) => r.action === action && r.from.includes(from) && r.roles.some((role) => roles.includes(role)),
  );
  if (!rule) throw new InvalidTransition(from, action);
  if (rule.to === 'same') return from;
  if (rule.to === 'draft_or_new') return hasTarget ? Draft : New;
  return rule.to;
}
