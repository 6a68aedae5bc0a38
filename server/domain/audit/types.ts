// The audit trail: security and administration events, append-only. Plain data: both stores return
// exactly these.
import type { Timestamp } from '../common';

/**
 * What happened. Grouped by subject; a new kind is added here (and localized in the client's
 * accounts.json), never renamed, since stored entries keep their kind forever.
 */
export const AUDIT_KINDS = [
  // signing in
  'sign_in',
  'sign_in_failed',
  'sign_in_rate_limited',
  // passwords
  'password_changed',
  'password_change_failed',
  'password_reset_issued',
  'password_reset_completed',
  'admin_password_reset', // npm run reset-admin
  // accounts
  'user_created',
  'user_renamed',
  'roles_changed',
  'user_deactivated',
  'user_reactivated',
  // API tokens
  'token_issued',
  'token_revoked',
  // projects
  'member_changed',
  'project_settings_changed',
  // files leaving and entering
  'document_exported',
  'tmx_exported',
  'tmx_imported',
  'glossary_imported',
  // Reserved for webhooks (not built yet): record every create, change and delete of a webhook with
  // recordAudit(ctx, { kind: 'webhook_changed', target: { type: 'webhook', id }, projectId, details: { change } }).
  'webhook_changed',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_TARGET_TYPES = ['user', 'token', 'project', 'document', 'webhook'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export interface AuditTarget {
  type: AuditTargetType;
  id: string;
}

export type AuditValue = string | number | boolean | null | readonly AuditValue[] | { readonly [key: string]: AuditValue };
export type AuditDetails = Readonly<Record<string, AuditValue>>;

export interface AuditEntry {
  id: string;
  at: Timestamp;
  kind: AuditKind;
  /** Who acted; null for an anonymous request (a failed sign-in) or the system (a command-line tool). */
  actorId: string | null;
  /** The client's address as the server saw it (behind a proxy: see TRUST_PROXY); null for the system. */
  ip: string | null;
  target: AuditTarget | null;
  /** The project the event belongs to, if any: coordinators read the entries of their projects. */
  projectId: string | null;
  /** What changed, by kind: the e-mail tried, roles before and after, the exported format … never a secret. */
  details: AuditDetails;
}

/** Where a request came from, as commands that record audit entries are told. */
export interface RequestOrigin {
  ip: string | null;
}

/** The origin of a command-line tool or a background job. */
export const SYSTEM_ORIGIN: RequestOrigin = { ip: null };
