// The conflict dialogs of refused saves (409 version_conflict): one per segment, one shown at a time,
// the others waiting in a banner. Who saved theirs comes from the live updates, else from the
// segment's history. What becomes of the edit is the save queue's part (useSaveQueue).
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { conflictAuthor, theirsOf, type HistoryItem } from '../../lib/conflicts';
import type { Conflict } from '../ConflictDialog';
import type { SegmentStore } from '../segmentStore';
import type { ConflictCurrent } from '../types';

export function useConflicts(store: SegmentStore, lastActorOf: (segmentId: string) => string | null) {
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [shownId, setShownId] = useState<string | null>(null);

  /** A save of `mine` was refused; `current` is the segment as the server has it (when it said). */
  const open = useCallback(
    (id: string, mine: string, current: ConflictCurrent | undefined) => {
      const segment = store.get(id);
      if (!segment) return;
      const theirs = theirsOf(segment, current);
      if (current && current.version > segment.version) store.update([{ ...segment, ...current }]);
      const conflict: Conflict = { segmentId: id, number: segment.index + 1, source: segment.source, mine, theirs, who: lastActorOf(id) };
      setConflicts((list) => [...list.filter((c) => c.segmentId !== id), conflict]);
      setShownId(id);
      if (conflict.who) return;
      api.get<{ items: HistoryItem[] }>(`/api/segments/${id}/history`).then(
        (history) => {
          const who = conflictAuthor(history.items, theirs.version);
          if (who) setConflicts((list) => list.map((c) => (c.segmentId === id ? { ...c, who } : c)));
        },
        () => {},
      );
    },
    [store, lastActorOf],
  );

  /** The conflict is resolved: its dialog closes. */
  const close = useCallback((id: string) => {
    setConflicts((list) => list.filter((c) => c.segmentId !== id));
    setShownId(null);
  }, []);

  const later = useCallback(() => setShownId(null), []);

  return {
    open,
    close,
    /** The conflict whose dialog is open. */
    shown: conflicts.find((c) => c.segmentId === shownId) ?? null,
    /** The conflicts whose dialogs were put off ("later"). */
    waiting: conflicts.filter((c) => c.segmentId !== shownId),
    show: setShownId,
    later,
  };
}
