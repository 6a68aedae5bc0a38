// An assigned translator (or reviewer) sees their range first: once the document and its assignments are
// loaded, the cursor moves to the first open segment of my range (to translate, or to review), unless a
// segment was asked for in the address (?segment=) or I already moved to one of mine.
import { useEffect, useRef } from 'react';
import type { Segment } from '../../api/types';
import { isOpen, isUnreviewed } from '../../lib/segmentFilters';
import type { WorkspaceMode } from '../../lib/shortcuts';
import type { useCollaboration } from './useCollaboration';
import type { ActivateOptions } from './useNavigation';

interface StartOptions {
  mode: WorkspaceMode;
  busy: boolean;
  segments: Segment[];
  collaboration: Pick<ReturnType<typeof useCollaboration>, 'assignments' | 'isMine'>;
  activeRef: { readonly current: string | null };
  activate(id: string, options?: ActivateOptions): void;
}

export function useStartInMyRange({ mode, busy, segments, collaboration, activeRef, activate }: StartOptions): void {
  const done = useRef(new URLSearchParams(window.location.search).has('segment'));
  const { assignments, isMine } = collaboration;
  useEffect(() => {
    if (done.current || busy || assignments === null) return;
    done.current = true;
    const mine = segments.filter((segment) => isMine(segment.index));
    if (mine.length === 0) return;
    const active = segments.find((segment) => segment.id === activeRef.current);
    if (active && isMine(active.index)) return;
    const target = mine.find(mode === 'translate' ? isOpen : isUnreviewed) ?? mine[0];
    activate(target.id, { focus: true, scroll: true });
  }, [busy, assignments, segments, isMine, mode, activeRef, activate]);
}
