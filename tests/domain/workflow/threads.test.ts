import { Conflict, Forbidden } from '../../../server/domain/errors';
import type { Role } from '../../../server/domain/users/types';
import { nextThreadState, THREAD_ACTIONS, type ThreadAction, type ThreadActor, type ThreadState } from '../../../server/domain/workflow/threads';

type Who = Role | 'author-translator' | 'system';
const WHO: Who[] = ['system', 'admin', 'coordinator', 'editor', 'translator', 'reviewer', 'author-translator'];
const actorOf = (who: Who): ThreadActor =>
  who === 'system' ? { kind: 'system' } : who === 'author-translator' ? { kind: 'user', roles: ['translator'], isThreadAuthor: true } : { kind: 'user', roles: [who], isThreadAuthor: false };

/** The whole table written out: for each action and actor, where each starting state leads; absent actors are forbidden. */
const EXPECTED: Record<ThreadAction, Partial<Record<Who, Partial<Record<ThreadState | 'none', ThreadState>>>>> = {
  open: Object.fromEntries(WHO.map((who) => [who, { none: 'open' }])),
  reply: Object.fromEntries(WHO.filter((who) => who !== 'system').map((who) => [who, { open: 'open', resolved: 'open' }])),
  resolve: Object.fromEntries((['admin', 'coordinator', 'reviewer', 'author-translator'] as Who[]).map((who) => [who, { open: 'resolved' }])),
  reopen: Object.fromEntries((['admin', 'coordinator', 'reviewer', 'author-translator'] as Who[]).map((who) => [who, { resolved: 'open' }])),
};

describe('nextThreadState (the thread transition table)', () => {
  for (const action of THREAD_ACTIONS) {
    for (const who of WHO) {
      for (const from of ['none', 'open', 'resolved'] as const) {
        const expected = EXPECTED[action][who];
        const outcome = expected === undefined ? 'forbidden' : (expected[from] ?? 'invalid_thread_transition');
        test(`${who} ${action} from ${from} → ${outcome}`, () => {
          if (outcome === 'forbidden') expect(() => nextThreadState(from, action, actorOf(who))).toThrow(Forbidden);
          else if (outcome === 'invalid_thread_transition') {
            expect(() => nextThreadState(from, action, actorOf(who))).toThrow(Conflict);
            expect(() => nextThreadState(from, action, actorOf(who))).toThrow(expect.objectContaining({ code: 'invalid_thread_transition' }));
          } else expect(nextThreadState(from, action, actorOf(who))).toBe(outcome);
        });
      }
    }
  }
});
