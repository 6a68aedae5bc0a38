// Webhook deliveries over node's http/https. The SSRF guard sits in the connection itself: an address
// literal is checked before connecting, and a host name is resolved by our own lookup, which refuses
// it when any of its addresses is forbidden and hands the checked addresses to the socket (so a DNS
// answer cannot change between the check and the connection). Redirects are never followed.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressLiteralOf, isForbiddenAddress } from '../../domain/webhooks/addresses';
import type { WebhookRequest, WebhookResponse, WebhookSender } from '../../ports/webhookSender';

export interface HttpWebhookSenderOptions {
  /** WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true: loopback and private receivers allowed (tests, closed networks). */
  allowPrivateAddresses: boolean;
}

class ForbiddenAddressError extends Error {
  readonly code = 'FORBIDDEN_ADDRESS';
}

/** dns.lookup that refuses a name with any forbidden address. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...(options as object), all: true } as LookupAllOptions, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    if (addresses.length === 0 || addresses.some((entry) => isForbiddenAddress(entry.address))) {
      return callback(new ForbiddenAddressError(`${hostname} resolves to a forbidden address`), '', 0);
    }
    // net asks for all addresses when it may try several (autoSelectFamily), otherwise for one.
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
};

function reasonOf(error: unknown): string {
  if (error instanceof ForbiddenAddressError) return 'forbidden_address';
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') return 'dns_failed';
  if (error instanceof Error && error.message === 'timeout') return 'timeout';
  return 'connection_failed';
}

export function createHttpWebhookSender(options: HttpWebhookSenderOptions): WebhookSender {
  return {
    send(request: WebhookRequest): Promise<WebhookResponse> {
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        return Promise.resolve({ statusCode: null, error: 'invalid_url' });
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.resolve({ statusCode: null, error: 'invalid_url' });
      const literal = addressLiteralOf(url);
      if (!options.allowPrivateAddresses && literal !== null && isForbiddenAddress(literal)) {
        return Promise.resolve({ statusCode: null, error: 'forbidden_address' });
      }
      const client = url.protocol === 'https:' ? https : http;
      return new Promise<WebhookResponse>((resolve) => {
        let settled = false;
        const finish = (response: WebhookResponse) => {
          if (settled) return;
          settled = true;
          resolve(response);
        };
        const req = client.request(
          url,
          {
            method: 'POST',
            headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
            agent: false, // one connection per attempt: no pooled socket to an address checked long ago
            ...(options.allowPrivateAddresses || literal !== null ? {} : { lookup: guardedLookup }),
          },
          (res) => {
            const statusCode = res.statusCode ?? null;
            // The answer's body is not needed: drain it so the socket closes, without keeping it.
            res.resume();
            res.on('error', () => undefined);
            const redirected = statusCode !== null && statusCode >= 300 && statusCode < 400;
            finish({ statusCode, error: redirected ? 'redirect_not_followed' : null });
            res.on('end', () => req.destroy());
          },
        );
        // Bounded: a receiver that never answers, or never ends its answer, costs one timeout at most.
        const timer = setTimeout(() => req.destroy(new Error('timeout')), request.timeoutMs);
        req.on('close', () => clearTimeout(timer));
        req.on('error', (error) => finish({ statusCode: null, error: reasonOf(error) }));
        req.end(request.body);
      });
    },
  };
}
