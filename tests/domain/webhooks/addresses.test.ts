// The SSRF guard's address rules (server/domain/webhooks/addresses.ts).
import { addressLiteralOf, isForbiddenAddress, webhookUrlProblem } from '../../../server/domain/webhooks/addresses';

describe('isForbiddenAddress', () => {
  test.each([
    '127.0.0.1', '127.255.255.254', '0.0.0.0', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '192.0.0.8', '198.18.0.1', '224.0.0.1', '255.255.255.255',
    '::', '::1', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', 'fec0::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:8.8.8.8', '::127.0.0.1', '64:ff9b::a00:1',
    'localhost', 'not-an-address', '',
  ])('%s is forbidden', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  test.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700:4700::1111', '2a00:1450:4001::1'])('%s is allowed', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });
});

describe('addressLiteralOf', () => {
  test('gives the address of a literal host, brackets removed, and null for a name', () => {
    expect(addressLiteralOf(new URL('http://[::ffff:127.0.0.1]:8080/x'))).toBe('::ffff:7f00:1');
    expect(addressLiteralOf(new URL('http://0x7f.1/'))).toBe('127.0.0.1');
    expect(addressLiteralOf(new URL('https://cms.example.org/'))).toBeNull();
  });
});

describe('webhookUrlProblem', () => {
  test('accepts http(s) URLs of names and public addresses', () => {
    expect(webhookUrlProblem('https://cms.example.org/hooks?x=1', false)).toBeNull();
    expect(webhookUrlProblem('http://93.184.216.34:8080/', false)).toBeNull();
  });

  test('refuses other schemes, credentials and forbidden literals; private literals only when allowed', () => {
    expect(webhookUrlProblem('file:///etc/passwd', false)).toBe('unsupported_scheme');
    expect(webhookUrlProblem('https://a:b@cms.example.org/', false)).toBe('invalid_url');
    expect(webhookUrlProblem('http://', false)).toBe('invalid_url');
    expect(webhookUrlProblem('http://127.0.0.1:3000/', false)).toBe('forbidden_address');
    expect(webhookUrlProblem('http://127.0.0.1:3000/', true)).toBeNull();
  });
});
