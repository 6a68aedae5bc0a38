// The concordance search over the workspace (Ctrl+K or the header's button): it looks for the words
// selected in a source or target cell, else for the active segment's source (lib/concordanceQuery.ts).
import { useCallback, useState } from 'react';
import type { Segment } from '../../api/types';
import { concordanceQuery, type ConcordanceQuery, type ConcordanceSide } from '../../lib/concordanceQuery';
import { useLatest } from './useLatest';

/** The selected text and the cell it is in, when the selection lies in one source or target cell. */
function selectedInCell(): { text: string; side: ConcordanceSide } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const container = selection.getRangeAt(0).commonAncestorContainer;
  const element = container instanceof Element ? container : container.parentElement;
  const cell = element?.closest('.seg-source, .seg-target');
  if (!cell) return null;
  return { text: selection.toString(), side: cell.classList.contains('seg-target') ? 'target' : 'source' };
}

export function useConcordance(activeSegment: Segment | null) {
  const [search, setSearch] = useState<ConcordanceQuery | null>(null);
  const activeRef = useLatest(activeSegment);
  const open = useCallback(() => setSearch(concordanceQuery(selectedInCell(), activeRef.current?.source ?? null)), [activeRef]);
  const close = useCallback(() => setSearch(null), []);
  return { search, open, close };
}
