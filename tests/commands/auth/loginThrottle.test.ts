// The sign-in limits without HTTP: LoginThrottle over the in-memory attempt store (ports/loginAttempts.ts).
import { InMemoryLoginAttempts } from '../../../server/commands/auth/inMemoryLoginAttempts';
import { LoginThrottle } from '../../../server/commands/auth/loginThrottle';
import { RateLimited } from '../../../server/domain/errors';
import { rejectionOf } from '../../support/rejection';

const MINUTE = 60_000;

describe('LoginThrottle', () => {
  let now: number;
  const clock = { now: () => new Date(now) };
  const throttle = (attempts = new InMemoryLoginAttempts(10 * MINUTE)) =>
    new LoginThrottle(attempts, clock, { windowMs: 10 * MINUTE, maxPerAccount: 3, maxPerIp: 5 });

  beforeEach(() => {
    now = Date.parse('2026-11-24T10:00:00.000Z');
  });

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

describe('InMemoryLoginAttempts', () => {
  test('counts failures after a time, oldest first, and forgets a cleared key', async () => {
    const attempts = new InMemoryLoginAttempts(10 * MINUTE);
    await attempts.recordFailure('k', '2026-11-24T10:00:00.000Z');
    await attempts.recordFailure('k', '2026-11-24T10:01:00.000Z');

    expect(await attempts.countFailures('k', '2026-11-24T09:59:00.000Z')).toBe(2);
    expect(await attempts.countFailures('k', '2026-11-24T10:00:00.000Z')).toBe(1);
    expect(await attempts.oldestFailure('k', '2026-11-24T09:00:00.000Z')).toBe('2026-11-24T10:00:00.000Z');
    await attempts.clear('k');
    expect(await attempts.countFailures('k', '2026-11-24T09:00:00.000Z')).toBe(0);
  });

  test('a new failure of a key forgets its failures older than the window', async () => {
    const attempts = new InMemoryLoginAttempts(10 * MINUTE);
    await attempts.recordFailure('k', '2026-11-24T10:00:00.000Z');
    await attempts.recordFailure('k', '2026-11-24T10:10:00.000Z');

    expect(await attempts.oldestFailure('k', '2026-11-24T09:00:00.000Z')).toBe('2026-11-24T10:10:00.000Z');
  });

  test('now and then drops keys whose newest failure is older than it keeps, so memory stays bounded', async () => {
    const attempts = new InMemoryLoginAttempts(MINUTE);
    await attempts.recordFailure('old', '2026-11-24T10:00:00.000Z');
    // A thousand failures elsewhere, five minutes later: the sweep runs and "old" is gone.
    for (let i = 0; i < 999; i++) await attempts.recordFailure(`ip:${i}`, '2026-11-24T10:05:00.000Z');

    expect(await attempts.countFailures('old', '2026-11-24T09:00:00.000Z')).toBe(0);
    expect(await attempts.countFailures('ip:1', '2026-11-24T09:00:00.000Z')).toBe(1);
  });
});
