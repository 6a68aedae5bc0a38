import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../../../domain/webhooks/types';

export const WEBHOOK_URL_MAX_LENGTH = 2000;
export const WEBHOOK_SECRET_MIN_LENGTH = 16;
export const WEBHOOK_SECRET_MAX_LENGTH = 256;
export const DELIVERY_PAGE_MAX = 100;

const url = z.string().min(1).max(WEBHOOK_URL_MAX_LENGTH).describe('http(s) URL of the receiver; loopback and private addresses are refused');
const events = z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length * 2).describe('the events to deliver');
const secret = z
  .string()
  .min(WEBHOOK_SECRET_MIN_LENGTH)
  .max(WEBHOOK_SECRET_MAX_LENGTH)
  .describe('signs every delivery: X-Nysa-Signature t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">');

export const webhookProjectParams = z.strictObject({ id: z.string().min(1).max(200) });
export const webhookParams = z.strictObject({ id: z.string().min(1).max(200) });
export const deliveryParams = z.strictObject({ id: z.string().min(1).max(200), deliveryId: z.string().min(1).max(200) });

/** POST /api/projects/:id/webhooks */
export const createWebhookBody = z.strictObject({ url, events, secret });

/** PATCH /api/webhooks/:id: any of the fields; `active: true` turns a disabled webhook on again. */
export const updateWebhookBody = z.strictObject({ url: url.optional(), events: events.optional(), secret: secret.optional(), active: z.boolean().optional() });

/** GET /api/webhooks/:id/deliveries?offset=&limit= */
export const deliveriesQuery = z.strictObject({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(DELIVERY_PAGE_MAX).default(50),
});
