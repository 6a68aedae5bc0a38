// The JSON shapes of accounts, tokens and the audit trail (server/http/presenters/user.ts, audit.ts).

/** An item of GET /api/tokens; `token` (the secret) only in the answer to POST /api/tokens. */
export interface ApiToken {
  id: string;
  name: string | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  owner: { id: string; name: string; email: string; active: boolean } | null;
  token?: string;
}

/** The answer to POST /api/users/:id/password-reset. */
export interface PasswordResetLink {
  url: string;
  expiresAt: string;
}

/** An item of GET /api/projects/:id/member-candidates. */
export interface MemberCandidate {
  id: string;
  name: string;
  email: string;
}

export const AUDIT_KINDS = [
  'sign_in',
  'sign_in_failed',
  'sign_in_rate_limited',
  'password_changed',
  'password_change_failed',
  'password_reset_issued',
  'password_reset_completed',
  'admin_password_reset',
  'user_created',
  'user_renamed',
  'roles_changed',
  'user_deactivated',
  'user_reactivated',
  'token_issued',
  'token_revoked',
  'member_changed',
  'project_settings_changed',
  'document_exported',
  'tmx_exported',
  'tmx_imported',
  'glossary_imported',
  'webhook_changed',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/** An item of GET /api/audit. */
export interface AuditEntry {
  id: string;
  at: string;
  kind: AuditKind;
  actor: { id: string; name: string | null; email: string | null; active: boolean } | null;
  /** Admins only. */
  ip?: string | null;
  target: { type: string; id: string; label: string | null } | null;
  project: { id: string; name: string | null } | null;
  details: Record<string, unknown>;
}
