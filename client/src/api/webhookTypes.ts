// The JSON of webhooks and their deliveries (server/http/presenters/webhook.ts).
export const WEBHOOK_EVENTS = [
  'document.submitted',
  'document.revised',
  'mt.finished',
  'mt.failed',
  'document.translated',
  'document.approved',
  'segment.rejected',
  'tm.import.finished',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The server's limits (server/http/routes/webhooks/schemas.ts). */
export const WEBHOOK_SECRET_MIN_LENGTH = 16;
export const WEBHOOK_SECRET_MAX_LENGTH = 256;

export interface Webhook {
  id: string;
  projectId: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  status: 'pending' | 'delivered' | 'failed';
  createdAt: string;
  nextAttemptAt: string | null;
  attempts: DeliveryAttempt[];
  body: Record<string, unknown>;
}

export interface DeliveryPage {
  items: WebhookDelivery[];
  total: number;
  offset: number;
  limit: number;
}
