// One-time password reset links (domain/users/types.ts PasswordReset). Only the hash of a link's
// secret is stored.
import type { PasswordReset } from '../domain/users/types';

export interface PasswordResetRepository {
  /** Throws NotFound (entity `user`) when the user does not exist. */
  create(reset: PasswordReset): Promise<void>;
  findById(id: string): Promise<PasswordReset | null>;
  /**
   * Marks the link used at `at` if it is still unused; returns false (changing nothing) when it was
   * used already. Two requests racing with the same link: exactly one gets true.
   */
  consume(id: string, at: string): Promise<boolean>;
  /** Removes the user's links not used yet (a new link replaces them); returns how many. */
  deleteUnusedForUser(userId: string): Promise<number>;
}
