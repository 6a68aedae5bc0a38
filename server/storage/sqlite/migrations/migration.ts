// What a migration is: each numbered file exports one, and ./index.ts lists them in order.
export interface Migration {
  /** Strictly increasing, starting at 1; the file name carries the same number. */
  version: number;
  name: string;
  sql: string;
}
