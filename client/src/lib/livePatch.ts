// A live update (someone's save announced by the event stream) or a reload (after MT, a bulk
// approval, a lost connection) against what the workspace holds: which segments are newer than the
// loaded ones, and what becomes of the local edit of each.
import type { Segment } from '../api/types';
import type { LocalEdit } from './localEdit';

/** The received segments newer than the loaded ones (or not loaded yet), in the order received. */
export function newerSegments<T extends Pick<Segment, 'id' | 'version'>>(received: readonly T[], loaded: (id: string) => Pick<Segment, 'version'> | undefined): T[] {
  return received.filter((segment) => {
    const known = loaded(segment.id);
    return !known || known.version < segment.version;
  });
}

export interface EditsAfterPatch<T> {
  /**
   * Ids whose unsaved edit stays as typed: the editor is not touched, and its next save, based on
   * the old version, meets the conflict dialog.
   */
  kept: string[];
  /** Of the kept ones, those to mark as changed by someone else now (not by me, not marked before). */
  flagged: string[];
  /** Segments whose editor follows the new text: their local edit, if any, is done with. */
  followed: T[];
}

/**
 * What newer versions of segments do to their local edits. An edit whose text differs from the new
 * target and is not saved stays; any other edit is done with. `own` says the change is my own
 * (from another tab or a reload of my saves): it flags nothing.
 */
export function editsAfterPatch<T extends Pick<Segment, 'id' | 'target'>>(
  fresh: readonly T[],
  editOf: (id: string) => Pick<LocalEdit, 'text' | 'status' | 'remoteChanged'> | undefined,
  own: boolean,
): EditsAfterPatch<T> {
  const result: EditsAfterPatch<T> = { kept: [], flagged: [], followed: [] };
  for (const segment of fresh) {
    const edit = editOf(segment.id);
    const unsaved = edit !== undefined && edit.status !== 'saved' && edit.text !== (segment.target ?? '');
    if (!unsaved) {
      result.followed.push(segment);
      continue;
    }
    result.kept.push(segment.id);
    if (!own && !edit.remoteChanged && !result.flagged.includes(segment.id)) result.flagged.push(segment.id);
  }
  return result;
}
