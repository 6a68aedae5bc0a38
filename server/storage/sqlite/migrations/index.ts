// The schema's history. A migration is applied once, in order, inside its own transaction, and
// recorded in `schema_migrations`; never edit a released migration, add the next number instead.
import { migration as initial } from './001_initial';
import { migration as alignmentsAndTm } from './002_alignments_and_tm';

export interface Migration {
  /** Strictly increasing, starting at 1; the file name carries the same number. */
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [initial, alignmentsAndTm];
