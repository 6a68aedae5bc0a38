// Where a webhook may send: http(s) URLs whose address is public. Loopback, link-local, private,
// shared (CGNAT), unique-local, unspecified, multicast and reserved addresses are refused, and so are
// IPv4-mapped and IPv4-compatible IPv6 forms (::ffff:127.0.0.1 is loopback too): the server must not
// become a way into its own network (SSRF). A host name is checked by every address it resolves to,
// at every delivery (integrations/webhooks/httpSender.ts); an address literal can be checked at once.
import { BlockList, isIP } from 'node:net';

// One list per family: node checks an IPv4 address against IPv6 rules in its IPv4-mapped form, so a
// single list holding ::ffff:0:0/96 would refuse every IPv4 address.
const FORBIDDEN_V4 = new BlockList();
const FORBIDDEN_V6 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  FORBIDDEN_V4.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified (::), loopback (::1) and the deprecated IPv4-compatible forms
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64: an IPv4 address in disguise
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  FORBIDDEN_V6.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address (v4 or v6, without brackets) is one a webhook must not reach; anything not an address is forbidden. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return family === 4 ? FORBIDDEN_V4.check(address, 'ipv4') : FORBIDDEN_V6.check(address, 'ipv6');
}

/** The host of a URL as an address literal (brackets of IPv6 removed), or null for a name. */
export function addressLiteralOf(url: URL): string | null {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isIP(host) === 0 ? null : host;
}

export type WebhookUrlProblem = 'invalid_url' | 'unsupported_scheme' | 'forbidden_address';

/**
 * Why a URL cannot be a webhook's, or null when it can: it must parse, be http(s), carry no user name
 * or password, and (unless private addresses are allowed) not be a forbidden address literal.
 */
export function webhookUrlProblem(value: string, allowPrivateAddresses: boolean): WebhookUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid_url';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'unsupported_scheme';
  if (url.username !== '' || url.password !== '' || url.hostname === '') return 'invalid_url';
  const literal = addressLiteralOf(url);
  if (!allowPrivateAddresses && literal !== null && isForbiddenAddress(literal)) return 'forbidden_address';
  return null;
}
