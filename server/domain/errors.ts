// Domain errors carry a stable snake_case code; only the HTTP error handler maps codes to statuses.
// `params` feed the localized message (i18n key `errors.<code>`); `details` travel to the client as data.

export type ErrorParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: ErrorParams = {},
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFound extends DomainError {
  constructor(readonly entity: string, id?: string) {
    super('not_found', `${entity} not found${id ? `: ${id}` : ''}`, { entity });
  }
}

export class InvalidInput extends DomainError {
  constructor(message: string, details?: Record<string, unknown>, code = 'invalid_input') {
    super(code, message, {}, details);
  }
}

export class Unauthenticated extends DomainError {
  constructor(message = 'authentication required', code = 'unauthenticated') {
    super(code, message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'forbidden', code = 'forbidden') {
    super(code, message);
  }
}

export class InvalidTransition extends DomainError {
  constructor(
    readonly from: string,
    readonly action: string,
  ) {
    super('invalid_transition', `cannot ${action} a segment in state ${from}`, { from, action });
  }
}

export class Conflict extends DomainError {
  constructor(message: string, details?: Record<string, unknown>, code = 'conflict') {
    super(code, message, {}, details);
  }
}

/**
 * A compare-and-set on a segment's version failed: someone saved it meanwhile. Commands attach
 * the segment as it is now (`current`), so the client can show both texts and nothing is lost.
 */
export class VersionConflict extends Conflict {
  constructor(
    readonly segmentId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
    current?: Record<string, unknown>,
  ) {
    super(
      `segment ${segmentId} is at version ${actualVersion}, not ${expectedVersion}`,
      { segmentId, expectedVersion, actualVersion, ...(current ? { current } : {}) },
      'version_conflict',
    );
  }
}

/** A request the domain understands but cannot serve now (MT not configured, …). */
export class Unavailable extends DomainError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

export class RateLimited extends DomainError {
  constructor(message = 'too many requests', details?: Record<string, unknown>) {
    super('rate_limited', message, {}, details);
  }
}
