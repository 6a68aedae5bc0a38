// The sign-in limits: failed credentials only, counted per account and (higher) per client address,
// in a sliding window; TRUST_PROXY decides whether X-Forwarded-For names the client.
import { parseTrustProxy } from '../../../server/config';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../../support/testApp';

describe('sign-in limits', () => {
  let app: TestApp;
  let now: number;
  afterEach(async () => app.close());

  const start = async (login: { maxAttempts: number; maxAttemptsPerIp: number }, trustProxy: boolean | number | string = true) => {
    now = Date.parse('2026-11-24T10:00:00.000Z');
    app = await startTestApp({ clock: { now: () => new Date(now) }, config: { login: { ...login, windowMs: 10 * 60_000 }, trustProxy } });
    await app.createUser({ roles: ['translator'], email: 'anna@nysa.test' });
    await app.createUser({ roles: ['translator'], email: 'jan@nysa.test' });
  };
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const attempt = async (email: string, password: string, ip: string) => (await app.login(email, password, from(ip))).status;

  test('an account is locked after its failures, from any address; others behind the same address still sign in', async () => {
    await start({ maxAttempts: 3, maxAttemptsPerIp: 100 });
    const statuses = [await attempt('anna@nysa.test', 'falsch-1', '10.0.0.1'), await attempt('anna@nysa.test', 'falsch-2', '10.0.0.2'), await attempt('ANNA@nysa.test', 'falsch-3', '10.0.0.3')];

    expect(statuses).toEqual([401, 401, 401]);
    expect(await attempt('anna@nysa.test', TEST_PASSWORD, '10.0.0.4')).toBe(429);
    expect(await attempt('jan@nysa.test', TEST_PASSWORD, '10.0.0.1')).toBe(200);
  });

  test('an address is locked after its (higher) number of failures over any accounts; other addresses are not', async () => {
    await start({ maxAttempts: 100, maxAttemptsPerIp: 4 });
    for (const email of ['a@nysa.test', 'b@nysa.test', 'c@nysa.test', 'anna@nysa.test']) expect(await attempt(email, 'falsch', '192.0.2.7')).toBe(401);

    const locked = await app.login('jan@nysa.test', TEST_PASSWORD, from('192.0.2.7'));
    expect([locked.status, locked.body.details]).toEqual([429, { retryAfterSeconds: 600, scope: 'ip' }]);
    expect(await attempt('jan@nysa.test', TEST_PASSWORD, '192.0.2.8')).toBe(200);
  });

  test('malformed requests do not count, successful ones neither', async () => {
    await start({ maxAttempts: 2, maxAttemptsPerIp: 2 });
    for (let i = 0; i < 5; i++) {
      const response = await app.request('POST', '/api/auth/login', { body: { email: 'anna@nysa.test' }, headers: from('10.0.0.1') });
      expect(response.status).toBe(400);
      expect(await attempt('anna@nysa.test', TEST_PASSWORD, '10.0.0.1')).toBe(200);
    }
  });

  test('a successful sign-in forgives the account’s failures; the lock lifts when the oldest failure leaves the window', async () => {
    await start({ maxAttempts: 2, maxAttemptsPerIp: 100 });
    await attempt('anna@nysa.test', 'falsch', '10.0.0.1');
    expect(await attempt('anna@nysa.test', TEST_PASSWORD, '10.0.0.1')).toBe(200);
    await attempt('anna@nysa.test', 'falsch', '10.0.0.1');
    now += 60_000;
    await attempt('anna@nysa.test', 'falsch', '10.0.0.1');

    now += 8 * 60_000;
    const locked = await app.login('anna@nysa.test', TEST_PASSWORD, from('10.0.0.1'));
    expect([locked.status, locked.headers.get('retry-after')]).toEqual([429, '60']);
    now += 60_000;
    expect(await attempt('anna@nysa.test', TEST_PASSWORD, '10.0.0.1')).toBe(200);
  });

  test('without TRUST_PROXY, X-Forwarded-For is not believed: every attempt counts for the connection’s address', async () => {
    await start({ maxAttempts: 100, maxAttemptsPerIp: 2 }, false);
    await attempt('a@nysa.test', 'falsch', '10.0.0.1');
    await attempt('b@nysa.test', 'falsch', '10.0.0.2');

    expect(await attempt('jan@nysa.test', TEST_PASSWORD, '10.0.0.3')).toBe(429);
    const failed = await app.store.audit.list({ kinds: ['sign_in_failed'], offset: 0, limit: 10 });
    expect(failed.items.map((entry) => entry.ip)).toEqual(['127.0.0.1', '127.0.0.1']);
  });

  test('with TRUST_PROXY the audit trail records the forwarded address', async () => {
    await start({ maxAttempts: 100, maxAttemptsPerIp: 100 }, 'loopback');
    await attempt('anna@nysa.test', TEST_PASSWORD, '203.0.113.9');
    const [entry] = (await app.store.audit.list({ kinds: ['sign_in'], offset: 0, limit: 1 })).items;
    expect(entry.ip).toBe('203.0.113.9');
  });
});

describe('parseTrustProxy (TRUST_PROXY)', () => {
  test.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['true', true],
    ['1', 1],
    [' 2 ', 2],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('%j → %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });
});
