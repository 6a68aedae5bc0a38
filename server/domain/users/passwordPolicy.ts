// What a new password must be: long enough, not absurdly long, and none of the most common passwords
// (compared in lower case: "Password1" is as guessable as "password1"). The list of common passwords
// is data from a maintained package (integrations/commonPasswords), handed in behind this interface.
import { DomainError } from '../errors';

export const PASSWORD_MIN_LENGTH = 8;
/** scrypt takes any length; this bounds the work one request can ask for. */
export const PASSWORD_MAX_LENGTH = 1024;

/** The most common passwords, ranked by the list's source; only membership is asked. */
export interface CommonPasswords {
  /** How many passwords the list holds (the policy names it in its message). */
  readonly size: number;
  /** True when `password` (already lower-cased) is on the list. */
  has(password: string): boolean;
}

export type PasswordProblem = 'password_too_short' | 'password_too_long' | 'password_too_common';

/** The first rule `password` breaks, or null when it is acceptable. Length counts code points. */
export function passwordProblem(password: string, common: CommonPasswords): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'password_too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'password_too_long';
  if (common.has(password.normalize('NFC').toLowerCase())) return 'password_too_common';
  return null;
}

/** What is wrong, in English, for a validation issue (`password: must be at least 8 characters`). */
export const PASSWORD_PROBLEM_MESSAGES: Readonly<Record<PasswordProblem, string>> = {
  password_too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  password_too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  password_too_common: 'is one of the most common passwords',
};

/** A new password the policy refuses: 400 with the problem as its code and the field as the issue's path. */
export class WeakPassword extends DomainError {
  constructor(problem: PasswordProblem, path: string, common: CommonPasswords) {
    super(problem, `the password ${PASSWORD_PROBLEM_MESSAGES[problem]}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, size: common.size }, {
      issues: [{ path, message: PASSWORD_PROBLEM_MESSAGES[problem] }],
    });
  }
}

/** Throws WeakPassword when `password` breaks a rule. */
export function requireAcceptablePassword(password: string, common: CommonPasswords, path = 'password'): void {
  const problem = passwordProblem(password, common);
  if (problem) throw new WeakPassword(problem, path, common);
}
