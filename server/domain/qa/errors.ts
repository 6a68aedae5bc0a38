// Refusals of the QA gate. Like every DomainError they carry a stable code; the HTTP layer localizes
// the issues in `details` (their messages live in locales/<lang>/qa.json).
import { Conflict, InvalidInput } from '../errors';
import type { QaIssue } from './types';

/** A confirm refused because the target has QA errors and the translator gave no override. */
export class QaErrorsFound extends Conflict {
  constructor(
    readonly segmentId: string,
    readonly issues: readonly QaIssue[],
  ) {
    super(
      `segment ${segmentId} has ${issues.length} QA error(s): ${issues.map((issue) => issue.code).join(', ')}`,
      { segmentId, issues: issues.map((issue) => ({ ...issue })) },
      'qa_errors',
    );
  }
}

/** An override of QA errors needs a reason. */
export class QaOverrideReasonRequired extends InvalidInput {
  constructor() {
    super('overriding QA errors needs a reason', undefined, 'qa_override_reason_required');
  }
}
