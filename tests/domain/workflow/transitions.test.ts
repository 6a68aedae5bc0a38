import { Forbidden, InvalidTransition } from '../../../server/domain/errors';
import type { Role } from '../../../server/domain/users/types';
import { SEGMENT_STATES, SegmentState, type SegmentState as State } from '../../../server/domain/workflow/states';
import { nextState, SEGMENT_ACTIONS, type Actor, type SegmentAction } from '../../../server/domain/workflow/transitions';

const { New, Draft, Translated, Rejected, Approved, Locked } = SegmentState;
type Who = Role | 'system';
const WHO: Who[] = ['system', 'admin', 'coordinator', 'editor', 'translator', 'reviewer'];
const actorOf = (who: Who): Actor => (who === 'system' ? { kind: 'system' } : { kind: 'user', roles: [who] });

/**
 * The complete expected table, written out by hand: for each action and actor, the state each
 * starting state leads to. A missing state means invalid_transition (409); an actor absent from an
 * action means forbidden (403) from every state.
 */
const EXPECTED: Record<SegmentAction, Partial<Record<Who, Partial<Record<State, State>>>>> = {
  // A proposal to a segment someone already wrote is kept beside the target, state unchanged (MT race).
  propose: { system: { [New]: Draft, [Draft]: Draft, [Translated]: Translated, [Rejected]: Rejected, [Approved]: Approved } },
  edit: {
    translator: { [New]: Draft, [Draft]: Draft, [Translated]: Draft, [Rejected]: Draft },
    coordinator: { [New]: Draft, [Draft]: Draft, [Translated]: Draft, [Rejected]: Draft },
    admin: { [New]: Draft, [Draft]: Draft, [Translated]: Draft, [Rejected]: Draft },
    reviewer: { [Translated]: Translated },
  },
  confirm: {
    translator: { [Draft]: Translated, [Rejected]: Translated },
    coordinator: { [Draft]: Translated, [Rejected]: Translated },
    admin: { [Draft]: Translated, [Rejected]: Translated },
  },
  approve: {
    reviewer: { [Translated]: Approved },
    coordinator: { [Translated]: Approved },
    admin: { [Translated]: Approved },
  },
  reject: {
    reviewer: { [Translated]: Rejected, [Approved]: Rejected },
    coordinator: { [Translated]: Rejected, [Approved]: Rejected },
    admin: { [Translated]: Rejected, [Approved]: Rejected },
  },
  lock: {
    system: { [New]: Locked, [Draft]: Locked, [Translated]: Locked, [Rejected]: Locked, [Approved]: Locked },
    coordinator: { [New]: Locked, [Draft]: Locked, [Translated]: Locked, [Rejected]: Locked, [Approved]: Locked },
    admin: { [New]: Locked, [Draft]: Locked, [Translated]: Locked, [Rejected]: Locked, [Approved]: Locked },
  },
  unlock: { coordinator: { [Locked]: Draft }, admin: { [Locked]: Draft } },
  propagate: { system: { [New]: Translated, [Draft]: Translated } },
  propagate_approval: { system: { [New]: Approved, [Draft]: Approved, [Translated]: Approved } },
  revise_source: {
    system: { [New]: New, [Draft]: Draft, [Translated]: Draft, [Rejected]: Draft, [Approved]: Draft, [Locked]: Locked },
  },
  revise_markup: {
    system: { [New]: New, [Draft]: Draft, [Translated]: Translated, [Rejected]: Rejected, [Approved]: Approved, [Locked]: Locked },
  },
  remove: {
    system: { [New]: New, [Draft]: Draft, [Translated]: Translated, [Rejected]: Rejected, [Approved]: Approved, [Locked]: Locked },
  },
};

type Outcome = State | 'forbidden' | 'invalid_transition';
const outcome = (from: State, action: SegmentAction, who: Who): Outcome => {
  try {
    return nextState({ from, action, actor: actorOf(who), hasTarget: true });
  } catch (error) {
    if (error instanceof Forbidden) return 'forbidden';
    if (error instanceof InvalidTransition) return 'invalid_transition';
    throw error;
  }
};

const cases: [State, SegmentAction, Who, Outcome][] = [];
for (const action of SEGMENT_ACTIONS)
  for (const who of WHO)
    for (const from of SEGMENT_STATES) {
      const byActor = EXPECTED[action][who];
      cases.push([from, action, who, byActor === undefined ? 'forbidden' : (byActor[from] ?? 'invalid_transition')]);
    }

describe('segment transition table', () => {
  test('covers every state × action × role (432 cases)', () => {
    expect(cases).toHaveLength(SEGMENT_STATES.length * SEGMENT_ACTIONS.length * WHO.length);
    expect(cases).toHaveLength(6 * 12 * 6);
  });

  test.each(cases)('%s --%s by %s--> %s', (from, action, who, expected) => {
    expect(outcome(from, action, who)).toBe(expected);
  });

  test('unlocking a segment without a target leads back to new', () => {
    expect(nextState({ from: Locked, action: 'unlock', actor: actorOf('coordinator'), hasTarget: false })).toBe(New);
  });

  test('a translator who is also a reviewer edits as a translator: the segment goes back to draft', () => {
    const actor: Actor = { kind: 'user', roles: ['reviewer', 'translator'] };
    expect(nextState({ from: Translated, action: 'edit', actor, hasTarget: true })).toBe(Draft);
  });

  test('a person holding several roles may do what any of them allows', () => {
    const actor: Actor = { kind: 'user', roles: ['translator', 'reviewer'] };
    expect(nextState({ from: Translated, action: 'approve', actor, hasTarget: true })).toBe(Approved);
  });

  test('the errors carry stable codes and the refused transition', () => {
    const invalid = (() => {
      try {
        nextState({ from: New, action: 'approve', actor: actorOf('reviewer'), hasTarget: false });
      } catch (error) {
        return error as InvalidTransition;
      }
    })();
    expect(invalid).toBeInstanceOf(InvalidTransition);
    expect([invalid?.code, invalid?.from, invalid?.action]).toEqual(['invalid_transition', 'new', 'approve']);
    expect(() => nextState({ from: Translated, action: 'approve', actor: actorOf('translator'), hasTarget: true })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});
