// A segment's target as edited in the workspace, before and while it is saved: the text in the
// editor, how far it got to the server, and the version it is based on. Pure rules; the save queue
// (workspace/hooks/useSaveQueue.ts) holds the edits and talks to the server.
import type { Segment } from '../api/types';
import type { SaveStatus } from '../workspace/types';

export interface LocalEdit {
  text: string;
  status: SaveStatus;
  /** The version this edit is based on: a save sends it, so a change made meanwhile is a conflict. */
  baseVersion: number;
  /** Someone else changed the segment while this edit was unsaved. */
  remoteChanged: boolean;
  /** Failed saves in a row: a save that goes through, new text or a retry by hand start again at 0. */
  failures: number;
}

/** An edit that starts from the segment as loaded: nothing to save yet. */
export const editOfSegment = (segment: Pick<Segment, 'target' | 'version'>): LocalEdit => ({
  text: segment.target ?? '',
  status: 'saved',
  baseVersion: segment.version,
  remoteChanged: false,
  failures: 0,
});

/** Whether the edit says something the server does not have: other text, or an older base version. */
export const differsFromServer = (edit: Pick<LocalEdit, 'text' | 'baseVersion'>, segment: Pick<Segment, 'target' | 'version'>): boolean =>
  edit.text !== (segment.target ?? '') || edit.baseVersion !== segment.version;

/**
 * A failed save worth trying again by itself: the network (status 0), the server (5xx) or its rate
 * limit (429) failed, not the text.
 */
export const isTransientFailure = (status: number): boolean => status === 0 || status >= 500 || status === 429;

/** The waits before trying a failed save again by itself: doubling, about a minute in all. */
export const SAVE_RETRY_DELAYS_MS: readonly number[] = [2_000, 4_000, 8_000, 16_000, 32_000];

/**
 * What follows the `failures`-th failed save in a row, answered with HTTP `status` (0: no answer):
 * a transient failure is tried again after a wait ('error'), until the waits are used up; then, or
 * for a refusal of the request itself, the edit waits for the user's retry ('failed'). Either way
 * the text stays where it is.
 */
export function afterFailedSave(status: number, failures: number): { status: 'error'; retryInMs: number } | { status: 'failed' } {
  const wait = isTransientFailure(status) ? SAVE_RETRY_DELAYS_MS[failures - 1] : undefined;
  return wait === undefined ? { status: 'failed' } : { status: 'error', retryInMs: wait };
}

/** What a row shows of a segment and its edit. */
export interface ShownEdit {
  /** An unsaved edit's text, else the segment's target. */
  text: string;
  /** The save status of an unsaved edit, and of the active row's edit; none otherwise. */
  status: SaveStatus | undefined;
  remoteChanged: boolean;
}

export function shownEdit(segment: Pick<Segment, 'target'>, edit: LocalEdit | undefined, active: boolean): ShownEdit {
  const unsaved = edit !== undefined && edit.status !== 'saved';
  return {
    text: unsaved ? edit.text : (segment.target ?? ''),
    status: edit && (unsaved || active) ? edit.status : undefined,
    remoteChanged: edit?.remoteChanged ?? false,
  };
}
