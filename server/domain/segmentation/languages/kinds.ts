// Abbreviation lists grouped by kind, as the language files write them, turned into the rules' map.
import type { AbbreviationKind } from '../types';

export function byKind(groups: Partial<Record<AbbreviationKind, string[]>>): Record<string, AbbreviationKind> {
  const map: Record<string, AbbreviationKind> = {};
  for (const [kind, list] of Object.entries(groups) as [AbbreviationKind, string[]][]) {
    for (const abbreviation of list) map[abbreviation] = kind;
  }
  return map;
}
