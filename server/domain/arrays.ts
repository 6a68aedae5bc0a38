// Appending one list to another without spreading it into a call: `target.push(...items)` passes every
// item as an argument, and past some 100,000 items V8 throws "Maximum call stack size exceeded". Lists of
// a whole document's segments, or of a sentence's thousands of twins, get that long.

/** Appends `items` to `target`, one by one. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
