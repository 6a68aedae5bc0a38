// The sign-in limits without HTTP: LoginThrottle over the attempts of an SQLite store in memory
// (ports/loginAttempts.ts; what the stores promise is in tests/storage/instancesContract.ts).
import { LoginThrottle, PRUNE_EVERY } from '../../../server/commands/auth/loginThrottle';
import { RateLimited } from '../../../server/domain/errors';
import type { Store } from '../../../server/ports/repositories';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { rejectionOf } from '../../support/rejection';

const MINUTE = 60_000;

let now: number;
const clock = { now: () => new Date(now) };
let store: Store;

beforeEach(() => {
  now = Date.parse('2026-11-24T10:00:00.000Z');
  store = createSqliteStore({ file: ':memory:' });
});
afterEach(() => store.close());

describe('LoginThrottle', () => {
  const throttle = () => new LoginThrottle(store.loginAttempts, clock, { windowMs: 10 * MINUTE, maxPerAccount: 3, maxPerIp: 5 });

  test('locks an account after its failures, says when it lifts, and lifts a window after the oldest one', async () => {
    const limits = throttle();
    for (const minute of [0, 2, 4]) {
      now = Date.parse('2026-11-24T10:00:00.000Z') + minute * MINUTE;
      await limits.check('anna@nysa.test', '10.0.0.1');
      await limits.recordFailure('anna@nysa.test', `10.0.0.${minute}`);
    }

    now += MINUTE; // 10:05
    const error = await rejectionOf(limits.check('anna@nysa.test', '10.9.9.9'));
    expect(error).toBeInstanceOf(RateLimited);
    expect(error).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 300, scope: 'account' } });
    await expect(limits.check('jan@nysa.test', '10.0.0.1')).resolves.toBeUndefined();

    now = Date.parse('2026-11-24T10:10:00.000Z'); // the 10:00 failure has left the window
    await expect(limits.check('anna@nysa.test', '10.9.9.9')).resolves.toBeUndefined();
  });

  test('locks an address after its failures over any accounts; without an address only the account counts', async () => {
    const limits = throttle();
    for (let i = 0; i < 5; i++) await limits.recordFailure(`user${i}@nysa.test`, '192.0.2.1');

    await expect(limits.check('new@nysa.test', '192.0.2.1')).rejects.toMatchObject({ details: { scope: 'ip' } });
    await expect(limits.check('new@nysa.test', null)).resolves.toBeUndefined();
  });

  test('a success forgives the account, not the address', async () => {
    const limits = throttle();
    for (let i = 0; i < 3; i++) await limits.recordFailure('anna@nysa.test', '192.0.2.1');
    await limits.recordFailure('jan@nysa.test', '192.0.2.1');
    await limits.recordFailure('jan@nysa.test', '192.0.2.1');

    await limits.recordSuccess('anna@nysa.test');

    await expect(limits.check('anna@nysa.test', '192.0.2.2')).resolves.toBeUndefined();
    await expect(limits.check('anna@nysa.test', '192.0.2.1')).rejects.toBeInstanceOf(RateLimited);
  });
});

describe('LoginThrottle pruning', () => {
  test('every 1000 failures it records, it deletes the failures that left the window, of any key', async () => {
    const attempts = store.loginAttempts;
    const limits = new LoginThrottle(attempts, clock, { windowMs: MINUTE, maxPerAccount: 3, maxPerIp: 5 });
    await attempts.recordFailure('account:old@nysa.test', '2026-11-24T09:58:00.000Z');
    // 999 failures (one each), then the 1000th: the prune runs and the failure two minutes back is gone.
    for (let i = 0; i < PRUNE_EVERY; i++) await limits.recordFailure(`user${i}@nysa.test`, null);

    expect(await attempts.countFailures('account:old@nysa.test', '2026-11-24T09:00:00.000Z')).toBe(0);
    expect(await attempts.countFailures('account:user1@nysa.test', '2026-11-24T09:00:00.000Z')).toBe(1);
  });
});
