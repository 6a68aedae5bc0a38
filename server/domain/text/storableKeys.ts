// Keys a store can hold. Where a user chooses an object's keys (a project's abbreviations, a map in any
// request body), the key may end up as a field name: BSON writes field names as C strings, so a NUL
// cannot be stored at all (MongoDB answers with an error, which would be a 500); MongoDB reads a
// leading "$" as an operator; and a lone UTF-16 surrogate has no UTF-8 form, so a store would keep
// something else. Such keys are refused at the edge (validate) and by the commands that take maps from
// files (SRX import), before any store sees them. A "." is allowed: abbreviations end with one, and the
// MongoDB adapter stores user-keyed maps as JSON text (storage/mongo/schemas/projects.ts).

export interface UnstorableKey {
  /** Where the key is, dotted from the value's root ("rules.de.abbreviations"), then the key itself. */
  path: string;
  message: string;
}

/** A surrogate that is not half of a pair: with the u flag a pair is one code point, so only a lone one matches. */
export const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a key cannot be stored, or null when it can. */
export function unstorableKeyReason(key: string): string | null {
  if (key.includes('\u0000')) return 'a key may not contain a NUL character';
  if (key.startsWith('$')) return 'a key may not start with "$"';
  if (LONE_SURROGATE.test(key)) return 'a key may not hold invalid Unicode (a lone surrogate)';
  return null;
}

/** Every key of `value` (objects within objects and arrays, to any depth) that a store cannot hold. */
export function unstorableKeys(value: unknown, path: readonly string[] = []): UnstorableKey[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unstorableKeys(item, [...path, String(i)]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const reason = unstorableKeyReason(key);
    const here = [...path, key];
    return reason ? [{ path: here.join('.'), message: reason }] : unstorableKeys(item, here);
  });
}
