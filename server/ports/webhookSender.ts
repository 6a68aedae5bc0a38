// Sends one webhook delivery over HTTP (integrations/webhooks/httpSender.ts). Never throws: every
// failure is an answer without a status and with a stable reason.
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface WebhookResponse {
  /** The receiver's status; null when there was no answer. */
  statusCode: number | null;
  /**
   * Why there was no usable answer: `forbidden_address`, `invalid_url`, `timeout`, `dns_failed`,
   * `connection_failed`, or `redirect_not_followed` (a 3xx: redirects are never followed, so one cannot
   * lead to a forbidden address). Null for any other status.
   */
  error: string | null;
}

export interface WebhookSender {
  send(request: WebhookRequest): Promise<WebhookResponse>;
}
