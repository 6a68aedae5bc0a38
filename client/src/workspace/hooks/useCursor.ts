// Where the translator is: the active segment, the editor elements of the rows on screen (each row
// registers its own), focusing an editor (now, or once its row is rendered), and where the caret last
// was in the active editor (a click in the side panel takes the focus away before its insert).
import { useCallback, useEffect, useRef, useState } from 'react';
import { focusEditor, rangeInside } from '../editorDom';

export interface Cursor {
  activeId: string | null;
  /** The active segment, for callbacks that outlive a render. */
  activeRef: { readonly current: string | null };
  /** The editor elements of the rendered rows, by segment id. */
  editors: ReadonlyMap<string, HTMLDivElement>;
  /** Makes a segment the active one (see useNavigation for all that goes with it). */
  enter(id: string): void;
  /** Focuses the segment's editor, or does so once its row is rendered. */
  focus(id: string): void;
  registerEditor(id: string, element: HTMLDivElement | null): void;
  /** Where an insert into the editor goes: the selection in it, else where the caret last was in it. */
  caretRange(element: HTMLDivElement): Range | null;
}

export function useCursor(): Cursor {
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeRef = useRef<string | null>(null);
  const [editors] = useState(() => new Map<string, HTMLDivElement>());
  const pendingFocus = useRef<string | null>(null);
  const lastRange = useRef<Range | null>(null);

  useEffect(() => {
    const onSelection = () => {
      const id = activeRef.current;
      const element = id ? editors.get(id) : undefined;
      const range = element ? rangeInside(element) : null;
      if (range) lastRange.current = range.cloneRange();
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [editors]);

  const enter = useCallback((id: string) => {
    activeRef.current = id;
    lastRange.current = null;
    setActiveId(id);
  }, []);

  const focus = useCallback(
    (id: string) => {
      const element = editors.get(id);
      if (element?.isConnected) focusEditor(element);
      else pendingFocus.current = id;
    },
    [editors],
  );

  const registerEditor = useCallback(
    (id: string, element: HTMLDivElement | null) => {
      if (!element) {
        editors.delete(id);
        return;
      }
      editors.set(id, element);
      if (pendingFocus.current === id) {
        pendingFocus.current = null;
        focusEditor(element);
      }
    },
    [editors],
  );

  const caretRange = useCallback((element: HTMLDivElement): Range | null => {
    const range = rangeInside(element);
    if (range) return range;
    const last = lastRange.current;
    return last && element.contains(last.startContainer) ? last : null;
  }, []);

  return { activeId, activeRef, editors, enter, focus, registerEditor, caretRange };
}
