// A save refused with 409 version_conflict: what the other side saved and who saved it.
import type { Segment } from '../api/types';
import type { ConflictCurrent } from '../workspace/types';

/**
 * The segment as the other side left it: the 409's `details.current` when the server sent it, else
 * the segment as loaded.
 */
export const theirsOf = (segment: Pick<Segment, 'target' | 'state' | 'version' | 'updatedAt'>, current: ConflictCurrent | undefined): ConflictCurrent =>
  current ?? { target: segment.target, state: segment.state, version: segment.version, updatedAt: segment.updatedAt };

export interface HistoryItem {
  actorName: string | null;
  action: string;
  version: number;
}

/** History entries that are not someone's save. */
const NOT_SAVES: ReadonlySet<string> = new Set(['edit_conflict', 'annotate', 'annotation_removed']);

/**
 * Who saved theirs, from the segment's history (oldest first): the last named author of a version
 * up to theirs. The refused save is in the history too (edit_conflict, by me), so it is passed over, and
 * so are LQA annotations, which change no text.
 */
export function conflictAuthor(history: readonly HistoryItem[], theirsVersion: number): string | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const item = history[i];
    if (item.actorName && !NOT_SAVES.has(item.action) && item.version <= theirsVersion) return item.actorName;
  }
  return null;
}
