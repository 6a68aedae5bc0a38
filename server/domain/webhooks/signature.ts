// The signature of a delivery: `X-Nysa-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
// The timestamp is signed with the body, so a captured delivery cannot be replayed later with a fresh one.
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Nysa-Signature';
export const DELIVERY_HEADER = 'X-Nysa-Delivery';
export const EVENT_HEADER = 'X-Nysa-Event';

export function signatureOf(secret: string, unixSeconds: number, rawBody: string): string {
  const v1 = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`).digest('hex');
  return `t=${unixSeconds},v1=${v1}`;
}
