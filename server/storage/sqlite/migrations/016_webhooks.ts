// Webhooks of projects and the durable outbox of their deliveries: a delivery stays pending across
// restarts until delivered or given up. Attempts are kept with their delivery as a JSON list (a
// delivery has a bounded number: about a day of backoff plus manual redeliveries).
import type { Migration } from './migration';

export const migration: Migration = {
  version: 16,
  name: 'webhooks',
  sql: `
    CREATE TABLE webhooks (
      id                   TEXT PRIMARY KEY,
      project_id           TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
      url                  TEXT NOT NULL,
      events               TEXT NOT NULL,           -- JSON list of WebhookEvent
      secret               TEXT NOT NULL,
      active               INTEGER NOT NULL,        -- 0/1
      disabled_reason      TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      created_by           TEXT NOT NULL,
      created_at           TEXT NOT NULL,
      updated_at           TEXT NOT NULL
    );
    CREATE INDEX webhooks_by_project ON webhooks (project_id, created_at, id);

    CREATE TABLE webhook_deliveries (
      seq               INTEGER PRIMARY KEY AUTOINCREMENT,
      id                TEXT NOT NULL UNIQUE,
      webhook_id        TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
      project_id        TEXT NOT NULL,
      event             TEXT NOT NULL,
      payload           TEXT NOT NULL,          -- the exact JSON body sent
      status            TEXT NOT NULL,          -- pending | delivered | failed
      next_attempt_at   TEXT NOT NULL,
      attempts          TEXT NOT NULL,          -- JSON list of DeliveryAttempt
      created_at        TEXT NOT NULL,
      window_started_at TEXT NOT NULL
    );
    CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
    CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, created_at, seq);
  `,
};
