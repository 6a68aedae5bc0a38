// Which repetition keys of a submission other documents of its project already use (their segments
// are then repetitions, not first occurrences): asked of the store in batches, the event loop turning
// between them. A batch ends at KEYS_PER_LOOKUP keys or CHARS_PER_LOOKUP characters, whichever comes
// first: a thousand keys of 5,000 characters (a file of one long line, cut by the segmenter) made one
// lookup of 5 MB, tens of milliseconds in one turn.
import type { DocumentRecord } from '../../domain/documents/types';
import { boundedBatches, Slice, yieldToEventLoop } from '../../slices';
import type { CommandContext } from '../context';

const KEYS_PER_LOOKUP = 1000;
const CHARS_PER_LOOKUP = 200_000;

/** `keys` split in order into batches of at most `maxKeys` keys and `maxChars` characters (a longer key alone). */
export const keyBatches = (keys: readonly string[], maxKeys = KEYS_PER_LOOKUP, maxChars = CHARS_PER_LOOKUP): string[][] =>
  boundedBatches(keys, maxKeys, maxChars, (key) => key.length);

/** The distinct keys among `keys` that segments of other documents of the project have (submitted before `submittedBefore`, when given). */
export async function usedSourceKeys(ctx: CommandContext, projectId: string, keys: readonly string[], submittedBefore?: Pick<DocumentRecord, 'id' | 'createdAt'>): Promise<Set<string>> {
  // The distinct keys, in slices: putting a key in a set hashes all of its characters the first time
  // (tens of milliseconds for the keys of a file of one 29 MB line).
  const distinct = new Set<string>();
  const slice = new Slice();
  for (const key of keys) {
    if (slice.due()) await slice.next();
    distinct.add(key);
  }
  const used = new Set<string>();
  for (const [i, batch] of keyBatches([...distinct]).entries()) {
    if (i > 0) await yieldToEventLoop();
    for (const key of await ctx.store.segments.existingSourceKeys(projectId, batch, submittedBefore)) used.add(key);
  }
  return used;
}
