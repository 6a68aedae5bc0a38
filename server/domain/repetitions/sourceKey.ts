// Repetitions: two segments are twins when their sources are equal after normalizing whitespace,
// Unicode composition and placeholder numbering ("{1}neue{/1} Projekte" ≡ "{3}neue{/3} Projekte").
import { formatPlaceholder, splitPlaceholders } from '../segmentation/placeholders';

export function sourceKey(source: string): string {
  const ids = new Map<number, number>();
  const text = splitPlaceholders(source.normalize('NFC'))
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (!ids.has(part.id)) ids.set(part.id, ids.size + 1);
      return formatPlaceholder(part.kind, ids.get(part.id)!);
    })
    .join('');
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Carries a translation from one twin to another: the placeholders of `target` (numbered as in
 * `fromSource`) get the ids of the placeholders at the same positions in `toSource`.
 */
export function transferTarget(target: string, fromSource: string, toSource: string): string {
  // Nothing to renumber: the same source, or a target without placeholders.
  if (fromSource === toSource || !target.includes('{')) return target;
  const order = (text: string) => {
    const ids: number[] = [];
    for (const part of splitPlaceholders(text)) if (part.kind !== 'text' && !ids.includes(part.id)) ids.push(part.id);
    return ids;
  };
  const fromIds = order(fromSource);
  const toIds = order(toSource);
  const mapping = new Map(fromIds.map((id, i) => [id, toIds[i] ?? id]));
  return splitPlaceholders(target)
    .map((part) => (part.kind === 'text' ? part.text : formatPlaceholder(part.kind, mapping.get(part.id) ?? part.id)))
    .join('');
}

/** Marks each key that occurred before: earlier in the list, or in `seenBefore` (earlier documents). */
export function markRepetitions(keys: readonly string[], seenBefore: ReadonlySet<string>): boolean[] {
  const seen = new Set(seenBefore);
  return keys.map((key) => {
    const repeated = seen.has(key);
    seen.add(key);
    return repeated;
  });
}
