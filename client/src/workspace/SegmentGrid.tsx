// The virtualized segment grid: only the rows in view (plus a few) are in the DOM, each measured for
// its real height. Editing events are handled once here for every row (event delegation), not per row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ClipboardEvent, type DragEvent, type FocusEvent, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../api/types';
import type { WorkspaceRights } from '../lib/segmentRights';
import { historyKey } from '../lib/undoHistory';
import type { RevisionMark } from '../lib/revisions';
import { formatCount } from './numbers';
import { insertText, rangeFromPoint, rangeInside, rangeText } from './editorDom';
import type { TextMark } from './RichText';
import { SegmentRow, type RowActions } from './SegmentRow';
import type { SaveStatus } from './types';

export interface RowState {
  /** Changed or added by the latest source revision. */
  revision?: RevisionMark;
  editable: boolean;
  text: string;
  status: SaveStatus | undefined;
  remoteChanged: boolean;
  presence: string;
  /** The segment's comments and open threads (none: no comments). */
  comments?: { comments: number; openThreads: number };
  /** The segment lies in someone else's assigned range. */
  others?: boolean;
}

export interface GridHandle {
  scrollToIndex(index: number): void;
}

export interface EditorEvents {
  /** The editor's DOM changed: typing, or one undoable step (paste, drop, cut, line break). */
  changed(id: string, editor: HTMLDivElement, kind: 'typing' | 'step'): void;
  /** A native undo/redo in an editor; return true when handled. */
  history(id: string, editor: HTMLDivElement, redo: boolean): boolean;
}

interface SegmentGridProps {
  list: Segment[];
  loaded: number;
  busy: boolean;
  mode: 'translate' | 'review';
  activeId: string | null;
  rights: WorkspaceRights;
  rowState(segment: Segment): RowState;
  activeMarks: TextMark[] | undefined;
  activeTmScore: number | null;
  actions: RowActions;
  editorEvents: EditorEvents;
  onActivate(id: string): void;
  handle: RefObject<GridHandle | null>;
  emptyText: string;
}

const editorOf = (node: EventTarget | null): HTMLDivElement | null =>
  node instanceof Element ? node.closest<HTMLDivElement>('.seg-target') : node instanceof Node ? (node.parentElement?.closest<HTMLDivElement>('.seg-target') ?? null) : null;
const editableEditorOf = (node: EventTarget | null): HTMLDivElement | null => {
  const editor = editorOf(node);
  return editor && editor.isContentEditable ? editor : null;
};

export function SegmentGrid(props: SegmentGridProps) {
  const { list, loaded, busy, mode, activeId, rights, rowState, activeMarks, activeTmScore, actions, editorEvents, onActivate, handle, emptyText } = props;
  const { t } = useTranslation('workspace');
  const scrollRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<{ chip: HTMLElement | null; range: Range | null } | null>(null);
  const eventsRef = useRef(editorEvents);
  eventsRef.current = editorEvents;

  const virtualizer = useVirtualizer({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 58,
    overscan: 6,
    getItemKey: (index) => list[index]?.id ?? index,
    indexAttribute: 'data-vindex',
  });

  handle.current = {
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };

  // Native beforeinput (React's onBeforeInput lacks inputType): no paragraphs or formatting in a
  // target, Shift+Enter is a line break, undo/redo are ours (the DOM is changed directly, so the
  // browser's own history would replay stale steps).
  useEffect(() => {
    const scroller = scrollRef.current;
    if (!scroller) return;
    const onBeforeInput = (event: InputEvent) => {
      const editor = editableEditorOf(event.target);
      if (!editor) return;
      const id = editor.dataset.segmentId as string;
      const type = event.inputType;
      if (type === 'insertParagraph' || type.startsWith('format')) {
        event.preventDefault();
      } else if (type === 'insertLineBreak') {
        event.preventDefault();
        insertText(editor, '\n');
        eventsRef.current.changed(id, editor, 'step');
      } else if (type === 'historyUndo' || type === 'historyRedo') {
        event.preventDefault();
        eventsRef.current.history(id, editor, type === 'historyRedo');
      }
    };
    // The keys are taken before the browser sees them (see historyKey); beforeinput above still
    // catches undo and redo from a menu.
    const onKeyDown = (event: KeyboardEvent) => {
      const editor = editableEditorOf(event.target);
      const key = editor && !event.isComposing ? historyKey(event) : null;
      if (!editor || !key) return;
      event.preventDefault();
      eventsRef.current.history(editor.dataset.segmentId as string, editor, key === 'redo');
    };
    scroller.addEventListener('beforeinput', onBeforeInput);
    scroller.addEventListener('keydown', onKeyDown);
    return () => {
      scroller.removeEventListener('beforeinput', onBeforeInput);
      scroller.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  const onInput = (event: { target: EventTarget }) => {
    const editor = editableEditorOf(event.target);
    if (editor) editorEvents.changed(editor.dataset.segmentId as string, editor, 'typing');
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const editor = editorOf(event.target);
    if (editor) onActivate(editor.dataset.segmentId as string);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (target.closest('button, a, input, .seg-target')) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // selecting source text to copy it
    const row = target.closest<HTMLElement>('.seg-row');
    if (row?.dataset.segmentId) actions.activate(row.dataset.segmentId);
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const editor = editableEditorOf(event.target);
    if (!editor) return;
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain').replace(/\r\n?/g, '\n');
    if (text === '') return;
    insertText(editor, text);
    editorEvents.changed(editor.dataset.segmentId as string, editor, 'step');
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>, cut: boolean) => {
    const editor = editorOf(event.target);
    if (!editor) return;
    const range = rangeInside(editor);
    if (!range || range.collapsed) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', rangeText(range));
    if (cut && editor.isContentEditable) {
      range.deleteContents();
      editorEvents.changed(editor.dataset.segmentId as string, editor, 'step');
    }
  };

  const onDragStart = (event: DragEvent<HTMLDivElement>) => {
    const origin = event.target instanceof Element ? event.target : event.target instanceof Node ? event.target.parentElement : null;
    const chip = origin?.closest<HTMLElement>('.ph-chip') ?? null;
    const editor = editorOf(event.target);
    if (chip) {
      event.dataTransfer.setData('text/plain', chip.dataset.placeholder ?? '');
      event.dataTransfer.effectAllowed = editor ? 'move' : 'copy';
      dragRef.current = { chip: editor?.isContentEditable ? chip : null, range: null };
    } else if (editor?.isContentEditable) {
      const range = rangeInside(editor);
      if (range && !range.collapsed) {
        event.dataTransfer.setData('text/plain', rangeText(range));
        dragRef.current = { chip: null, range: range.cloneRange() };
      }
    } else {
      dragRef.current = null;
    }
  };

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (editableEditorOf(event.target)) event.preventDefault();
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const editor = editableEditorOf(event.target);
    const drag = dragRef.current;
    dragRef.current = null;
    if (!editor) return;
    event.preventDefault();
    const text = event.dataTransfer.getData('text/plain').replace(/\r\n?/g, '\n');
    if (text === '') return;
    const at = rangeFromPoint(event.clientX, event.clientY);
    const drop = at && editor.contains(at.startContainer) ? at : null;
    // Dropped inside the text being dragged: nothing moves.
    if (drag?.range && drop && drag.range.isPointInRange(drop.startContainer, drop.startOffset)) return;
    insertText(editor, text, drop);
    // Moved within the same editor: remove the original (live ranges followed the insertion).
    if (drag?.chip && editor.contains(drag.chip)) drag.chip.remove();
    else if (drag?.range && editor.contains(drag.range.commonAncestorContainer)) drag.range.deleteContents();
    editor.focus();
    editorEvents.changed(editor.dataset.segmentId as string, editor, 'step');
  };

  const items = virtualizer.getVirtualItems();
  const offset = items[0]?.start ?? 0;

  return (
    <div
      className={`seg-grid mode-${mode}`}
      role="table"
      aria-label={t('grid.label')}
      aria-rowcount={list.length + 1}
      aria-busy={busy}
      data-testid="segment-grid"
      data-loaded={loaded}
    >
      <div role="rowgroup" className="seg-head">
        <div role="row" className="seg-head-row" aria-rowindex={1}>
          <span role="columnheader" className="seg-num">
            {t('grid.number')}
          </span>
          <span role="columnheader">{t('grid.source')}</span>
          <span role="columnheader">{t('grid.target')}</span>
          <span role="columnheader" className="seg-meta">
            {t('grid.state')}
          </span>
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="seg-scroll"
        onInput={onInput}
        onFocus={onFocus}
        onClick={onClick}
        onPaste={onPaste}
        onCopy={(event) => onCopy(event, false)}
        onCut={(event) => onCopy(event, true)}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDrop={onDrop}
      >
        {list.length === 0 && !busy ? (
          <StatusRow className="empty">{emptyText}</StatusRow>
        ) : (
          <div className="seg-sizer" style={{ height: virtualizer.getTotalSize() }}>
            <div className="seg-rows" style={{ transform: `translateY(${offset}px)` }}>
              {items.map((item) => {
                const segment = list[item.index];
                const active = segment.id === activeId;
                const state = rowState(segment);
                return (
                  <SegmentRow
                    key={item.key}
                    segment={segment}
                    vindex={item.index}
                    mode={mode}
                    active={active}
                    editable={state.editable}
                    rights={rights}
                    text={state.text}
                    status={state.status}
                    remoteChanged={state.remoteChanged}
                    presence={state.presence}
                    comments={state.comments}
                    others={state.others}
                    marks={active ? activeMarks : undefined}
                    tmScore={active ? activeTmScore : null}
                    measure={virtualizer.measureElement}
                    actions={actions}
                    revision={state.revision}
                  />
                );
              })}
            </div>
          </div>
        )}
        {busy && <StatusRow className="seg-loading">{t('grid.loading', { loaded: formatCount(loaded) })}</StatusRow>}
      </div>
    </div>
  );
}

/** A message in the table (nothing to show, still loading): a row of one cell across all columns, announced. */
function StatusRow({ className, children }: { className: string; children: string }) {
  return (
    <div role="row" className="seg-status-row">
      <p role="cell" aria-colspan={4} className={className}>
        <span role="status">{children}</span>
      </p>
    </div>
  );
}
