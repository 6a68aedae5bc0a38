// The edits of segment targets on their way to the server. Typing is saved AUTOSAVE_MS after it
// pauses (and when the segment is left), one request per segment at a time, with the version the
// edit is based on: a change made meanwhile by someone else is refused (409) and ends in the conflict
// dialog, never overwritten or lost. A failure of the network or the server is tried again a few
// times, each wait twice as long (lib/localEdit.ts); then the edit shows "not saved" until the user
// retries (or the browser is back online). The text stays in the editor all along, and leaving the
// page asks first. Unmounting stops every timer and sends what is unsaved once more. The grid's
// editing events (typing, undo) come here.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Segment } from '../../api/types';
import { editsAfterPatch } from '../../lib/livePatch';
import { afterFailedSave, differsFromServer, editOfSegment, shownEdit, type LocalEdit } from '../../lib/localEdit';
import { UndoHistory, type ChangeKind } from '../../lib/undoHistory';
import { useToasts } from '../../ui/Toasts';
import { fillEditor, replaceText, serializeEditor } from '../editorDom';
import type { Conflict } from '../ConflictDialog';
import type { EditorEvents } from '../SegmentGrid';
import type { SegmentStore } from '../segmentStore';
import type { ConflictCurrent, SaveStatus } from '../types';
import { useConflicts } from './useConflicts';
import type { Cursor } from './useCursor';
import { useLatest, useStableCallback } from './useLatest';

const AUTOSAVE_MS = 800;

interface SaveQueueOptions {
  store: SegmentStore;
  cursor: Pick<Cursor, 'activeRef' | 'editors'>;
  refreshDocument(): void;
  reload(): void;
  lastActorOf(segmentId: string): string | null;
  /** The segment was worked on (typed in, confirmed): it stays listed under the current filter. */
  onTouched(id: string): void;
  /** The active segment's text was saved: what depends on it (glossary check) is out of date. */
  onActiveSaved(): void;
}

export type ConflictChoice = 'mine' | 'theirs' | 'merge';

export function useSaveQueue(options: SaveQueueOptions) {
  const { store, cursor } = options;
  const toasts = useToasts();
  const latest = useLatest(options);
  const [, bumpEdits] = useReducer((n: number) => n + 1, 0);
  const [edits] = useState(() => new Map<string, LocalEdit>());
  const timers = useRef(new Map<string, number>());
  const inflight = useRef(new Map<string, Promise<void>>());
  /** False once the page is gone: nothing is scheduled any more. */
  const mounted = useRef(true);
  const [undo] = useState(() => new UndoHistory());
  const conflicts = useConflicts(store, options.lastActorOf);

  const setStatus = (edit: LocalEdit, status: SaveStatus) => {
    if (edit.status === status) return;
    edit.status = status;
    bumpEdits();
  };

  function editOf(id: string): LocalEdit | null {
    const segment = store.get(id);
    if (!segment) return null;
    let edit = edits.get(id);
    if (!edit) {
      edit = editOfSegment(segment);
      edits.set(id, edit);
    }
    return edit;
  }

  const scheduleSave = useStableCallback((id: string, delay: number = AUTOSAVE_MS) => {
    window.clearTimeout(timers.current.get(id));
    if (!mounted.current) return;
    timers.current.set(
      id,
      window.setTimeout(() => void save(id), delay),
    );
  });

  /** Saves the segment's edit now if it has unsaved text; resolves when the server answered. */
  const save = useStableCallback((id: string): Promise<void> => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    const running = inflight.current.get(id);
    if (running) return running.then(() => save(id));
    const edit = edits.get(id);
    const segment = store.get(id);
    // A failed edit is sent again when asked (leaving the segment, confirming it): only timers wait.
    if (!edit || !segment || edit.status === 'conflict' || edit.status === 'saved') return Promise.resolve();
    if (!differsFromServer(edit, segment)) {
      edit.remoteChanged = false;
      setStatus(edit, 'saved');
      return Promise.resolve();
    }
    const sent = edit.text;
    setStatus(edit, 'saving');
    const request = (async () => {
      try {
        const updated = await api.patch<Segment>(`/api/segments/${id}`, { target: sent, version: edit.baseVersion });
        store.update([updated]);
        edit.baseVersion = Math.max(edit.baseVersion, updated.version);
        edit.failures = 0;
        if (edit.text === sent) {
          edit.remoteChanged = false;
          setStatus(edit, 'saved');
        } else {
          setStatus(edit, 'dirty');
          scheduleSave(id, 0);
        }
        if (cursor.activeRef.current === id) latest.current.onActiveSaved();
        latest.current.refreshDocument();
      } catch (error) {
        if (error instanceof ApiError && error.code === 'version_conflict') {
          setStatus(edit, 'conflict');
          const mine = edits.get(id); // none when a live update settled it meanwhile
          if (mine) conflicts.open(id, mine.text, error.details?.current as ConflictCurrent | undefined);
        } else {
          edit.failures += 1;
          const next = afterFailedSave(error instanceof ApiError ? error.status : 0, edit.failures);
          // One toast for a run of failures; the row and the banner keep saying it.
          if (edit.failures === 1) toasts.showError(error);
          setStatus(edit, next.status);
          if (next.status === 'error') scheduleSave(id, next.retryInMs);
        }
      } finally {
        inflight.current.delete(id);
      }
    })();
    inflight.current.set(id, request);
    return request;
  });

  /** The segment's text in its editor changed (typed, pasted, inserted, undone). */
  const textChanged = useStableCallback((id: string, text: string, kind: ChangeKind) => {
    const edit = editOf(id);
    if (!edit || text === edit.text) return;
    latest.current.onTouched(id);
    undo.record(id, edit.text, kind, Date.now());
    if (edit.status === 'saved') edit.baseVersion = store.get(id)?.version ?? edit.baseVersion;
    edit.text = text;
    if (edit.status === 'saved' || edit.status === 'error' || edit.status === 'failed') {
      edit.failures = 0;
      setStatus(edit, 'dirty');
    }
    if (edit.status !== 'conflict') scheduleSave(id);
  });

  /** Tries the failed saves again now (the user's "Try again"; the browser back online): one segment's, or all. */
  const retry = useStableCallback((only?: string) => {
    for (const [id, edit] of edits) {
      if ((only !== undefined && id !== only) || (edit.status !== 'failed' && edit.status !== 'error')) continue;
      edit.failures = 0;
      void save(id);
    }
  });

  // The grid's editing events, handled here for every row.
  const [editorEvents] = useState<EditorEvents>(() => ({
    changed: (id, element, kind) => textChanged(id, serializeEditor(element), kind),
    history: (id, element, redo) => {
      const text = undo.step(id, serializeEditor(element), redo);
      if (text === null) return false;
      replaceText(element, text);
      textChanged(id, text, 'none');
      return true;
    },
  }));

  /** The translator's choice in the conflict dialog: keep mine (saved anew), take theirs, or save a merged text. */
  const resolveConflict = useStableCallback(({ segmentId, theirs }: Conflict, choice: ConflictChoice, merged: string = '') => {
    const edit = edits.get(segmentId);
    conflicts.close(segmentId);
    if (!edit) return;
    edit.baseVersion = Math.max(edit.baseVersion, theirs.version);
    edit.remoteChanged = false;
    const element = cursor.editors.get(segmentId);
    if (choice === 'theirs') {
      edit.text = theirs.target ?? '';
      if (element) fillEditor(element, edit.text);
      setStatus(edit, 'saved');
      edits.delete(segmentId);
      bumpEdits();
      return;
    }
    if (choice === 'merge') {
      edit.text = merged;
      if (element) fillEditor(element, merged);
    }
    setStatus(edit, 'dirty');
    void save(segmentId);
  });

  /** Whether the segment has no edit the server does not have (after a save: none refused or failed). */
  const isSaved = useCallback((id: string) => (edits.get(id)?.status ?? 'saved') === 'saved', [edits]);

  /** Newer segments arrived (see useSegments): unsaved edits stay, the others follow the new text. */
  const applyLive = useStableCallback((fresh: Segment[], own: boolean) => {
    const { flagged, followed } = editsAfterPatch(fresh, (id) => edits.get(id), own);
    for (const id of flagged) (edits.get(id) as LocalEdit).remoteChanged = true;
    if (flagged.length > 0) bumpEdits();
    for (const segment of followed) {
      edits.delete(segment.id);
      const element = cursor.editors.get(segment.id);
      if (element && cursor.activeRef.current === segment.id && serializeEditor(element) !== (segment.target ?? '')) fillEditor(element, segment.target ?? '');
    }
  });

  // Unsaved text is never dropped silently: leaving the page asks; unmounting stops the timers and
  // sends it once more (no retries after that).
  useEffect(() => {
    mounted.current = true;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if ([...edits.values()].some((edit) => edit.status !== 'saved')) event.preventDefault();
    };
    const onOnline = () => retry();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('online', onOnline);
    const pending = timers.current;
    return () => {
      mounted.current = false;
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('online', onOnline);
      for (const timer of pending.values()) window.clearTimeout(timer);
      pending.clear();
      for (const [id, edit] of edits) if (edit.status === 'dirty' || edit.status === 'error' || edit.status === 'failed') void save(id);
    };
  }, [edits, save, retry]);

  return {
    save,
    textChanged,
    editorEvents,
    isSaved,
    applyLive,
    retry,
    /** The segments whose text could not be saved and waits for "Try again". */
    failed: [...edits].filter(([, edit]) => edit.status === 'failed').map(([id]) => id),
    /** What a row shows of the segment's edit. */
    rowEdit: (segment: Segment, active: boolean) => shownEdit(segment, edits.get(segment.id), active),
    conflicts: {
      shown: conflicts.shown,
      waiting: conflicts.waiting,
      show: conflicts.show,
      later: conflicts.later,
      resolve: resolveConflict,
    },
  };
}
