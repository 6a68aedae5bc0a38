// The target editor's DOM, handled directly: a contentEditable div holding text nodes and placeholder
// chips (non-editable spans). React never renders children into it, so what the translator types is
// never overwritten by a re-render. Text is always inserted as text nodes (never as HTML).
import { serializeNode, tokenize, type PlaceholderKind } from '../lib/placeholders';

export function createChip(placeholder: string, kind: PlaceholderKind): HTMLSpanElement {
  const chip = document.createElement('span');
  chip.className = `ph-chip ph-${kind}`;
  chip.contentEditable = 'false';
  chip.draggable = true;
  chip.setAttribute('data-testid', 'placeholder-chip');
  chip.setAttribute('data-placeholder', placeholder);
  chip.textContent = placeholder;
  return chip;
}

/** Text nodes and chips for a text. */
export function nodesFor(text: string): Node[] {
  return tokenize(text).map((token) => (token.type === 'text' ? document.createTextNode(token.text) : createChip(token.text, token.kind)));
}

// The text each editor element was last filled with.
const shown = new WeakMap<HTMLElement, string>();

export function fillEditor(editor: HTMLElement, text: string): void {
  editor.replaceChildren(...nodesFor(text));
  shown.set(editor, text);
}

/**
 * Fills a target cell on first sight, and again when its text changed while it is not being edited;
 * the active editor is left alone (its content is what the translator typed).
 */
export function fillEditorOnce(editor: HTMLElement, text: string, active: boolean): void {
  const current = shown.get(editor);
  if (current === undefined || (!active && current !== text)) fillEditor(editor, text);
}

export const serializeEditor = (editor: HTMLElement): string => serializeNode(editor);

/** The current selection's range when it lies inside the editor. */
export function rangeInside(editor: HTMLElement): Range | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return editor.contains(range.commonAncestorContainer) ? range : null;
}

export function placeCaretAtEnd(editor: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Focuses the editor (without scrolling: the grid scrolls) and keeps its caret, or puts one at the end. */
export function focusEditor(editor: HTMLElement): void {
  if (document.activeElement !== editor) editor.focus({ preventScroll: true });
  if (!rangeInside(editor)) placeCaretAtEnd(editor);
}

/**
 * Puts `text` (placeholders as chips) where `range` is (replacing what it selects), or at the end
 * when there is no range inside the editor, and leaves the caret after it.
 */
export function insertText(editor: HTMLElement, text: string, range: Range | null = rangeInside(editor)): void {
  let target = range && editor.contains(range.commonAncestorContainer) ? range : null;
  if (!target) {
    target = document.createRange();
    target.selectNodeContents(editor);
    target.collapse(false);
  }
  // A range that starts or ends inside a chip would break it: widen it to the whole chip.
  const chipOf = (node: Node): HTMLElement | null => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.ph-chip') ?? null;
  const startChip = chipOf(target.startContainer);
  if (startChip && editor.contains(startChip)) target.setStartBefore(startChip);
  const endChip = chipOf(target.endContainer);
  if (endChip && editor.contains(endChip)) target.setEndAfter(endChip);
  target.deleteContents();
  const nodes = nodesFor(text);
  const fragment = document.createDocumentFragment();
  for (const node of nodes) fragment.append(node);
  const last = nodes[nodes.length - 1];
  target.insertNode(fragment);
  // A browser's placeholder <br> in an emptied editor is no content; drop it once there is some.
  const trailing = editor.lastChild;
  if (nodes.length > 0 && trailing?.nodeName === 'BR' && trailing.previousSibling) trailing.remove();
  editor.normalize();
  const selection = window.getSelection();
  if (selection && last && last.isConnected) {
    const caret = document.createRange();
    caret.setStartAfter(last);
    caret.collapse(true);
    selection.removeAllRanges();
    selection.addRange(caret);
  } else if (selection && document.activeElement === editor) {
    placeCaretAtEnd(editor);
  }
}

/** Replaces the whole content and puts the caret at the end. */
export function replaceText(editor: HTMLElement, text: string): void {
  fillEditor(editor, text);
  if (document.activeElement === editor) placeCaretAtEnd(editor);
}

/** The text of a range inside the editor, chips as placeholders (for copy and cut). */
export function rangeText(range: Range): string {
  const holder = document.createElement('div');
  holder.append(range.cloneContents());
  return serializeNode(holder);
}

/** The caret position under a point (drop target), across browsers. */
export function rangeFromPoint(x: number, y: number): Range | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (doc.caretPositionFromPoint) {
    const position = doc.caretPositionFromPoint(x, y);
    if (!position) return null;
    const range = document.createRange();
    range.setStart(position.offsetNode, position.offset);
    range.collapse(true);
    return range;
  }
  return doc.caretRangeFromPoint?.(x, y) ?? null;
}
