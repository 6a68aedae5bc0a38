// Moving through the (filtered) list: activating a segment (the one left goes to onLeave, which saves
// it; the row is scrolled into view and its editor focused), a step up or down, the next segment that
// matches, and, on opening, the start segment as soon as its row can be shown.
import { useEffect, useRef } from 'react';
import type { Segment } from '../../api/types';
import { nextMatching } from '../../lib/segmentFilters';
import { stepFrom } from '../../lib/segmentNavigation';
import { useToasts } from '../../ui/Toasts';
import type { GridHandle } from '../SegmentGrid';
import type { Cursor } from './useCursor';
import { useLatest, useStableCallback } from './useLatest';

interface NavigationOptions {
  cursor: Cursor;
  /** The list as shown (filtered). */
  visible: Segment[];
  /** The segment to start at (see useSegments); taken once it is shown. */
  startAt: { current: string | null };
  /** A segment becomes active. */
  onEnter(id: string): void;
  /** A segment stops being active. */
  onLeave(id: string): void;
}

export interface ActivateOptions {
  focus?: boolean;
  scroll?: boolean;
}

export function useNavigation({ cursor, visible, startAt, onEnter, onLeave }: NavigationOptions) {
  const toasts = useToasts();
  const grid = useRef<GridHandle | null>(null);
  const visibleRef = useLatest(visible);

  const activate = useStableCallback((id: string, { focus = true, scroll = true }: ActivateOptions = {}) => {
    const previous = cursor.activeRef.current;
    if (previous !== id) {
      cursor.enter(id);
      onEnter(id);
      if (previous) onLeave(previous);
    }
    if (scroll) {
      const index = visibleRef.current.findIndex((segment) => segment.id === id);
      if (index >= 0) grid.current?.scrollToIndex(index);
    }
    if (focus) cursor.focus(id);
  });

  /** One segment down (1) or up (-1) the list; 0 goes to the first when none is active. */
  const moveBy = useStableCallback((step: number) => {
    const id = stepFrom(visibleRef.current, cursor.activeRef.current, step);
    if (id) activate(id);
  });

  /** To the next segment of the list that matches, wrapping around; `emptyMessage` when there is none. */
  const jumpTo = useStableCallback((predicate: (segment: Segment) => boolean, emptyMessage: string) => {
    const next = nextMatching(visibleRef.current, cursor.activeRef.current, predicate);
    if (next) activate(next);
    else toasts.show('info', emptyMessage);
  });

  useEffect(() => {
    const id = startAt.current;
    if (!id || cursor.activeRef.current) return;
    if (!visible.some((segment) => segment.id === id)) return;
    startAt.current = null;
    activate(id, { focus: true, scroll: true });
  }, [visible, startAt, cursor.activeRef, activate]);

  return { grid, activate, moveBy, jumpTo };
}
