// Undo and redo of the active target editor. The editor's DOM is changed directly (editorDom.ts), so
// the browser's own history would replay stale steps: the workspace keeps its own, for one segment
// at a time (moving to another segment starts afresh). Typing within TYPING_MERGE_MS of the last
// keystroke is one step; a paste, drop, cut, line break or insert is a step of its own.
//
// The keys are read here too (historyKey): Chromium sends an editor its undo and redo only while its
// own history has a step to take, which after an insert (none of the browser's) or a cancelled undo
// (nothing to redo) it has not.
import type { KeyDescription } from './shortcuts';

export type ChangeKind = 'typing' | 'step' | 'none';

const TYPING_MERGE_MS = 700;
const MAX_STEPS = 200;

export class UndoHistory {
  private segmentId: string | null = null;
  private past: string[] = [];
  private future: string[] = [];
  /** When the last keystroke was; 0 after a step, so typing after it starts a new step. */
  private typedAt = 0;

  /**
   * The text of segment `id` changes from `before` (`now` in ms). 'none' is a change made by undo or
   * redo themselves: it is no step, but typing after it starts a new one.
   */
  record(id: string, before: string, kind: ChangeKind, now: number): void {
    if (this.segmentId !== id) this.reset(id);
    if (kind === 'step' || (kind === 'typing' && now - this.typedAt > TYPING_MERGE_MS)) {
      this.past.push(before);
      if (this.past.length > MAX_STEPS) this.past.shift();
      this.future = [];
    }
    this.typedAt = kind === 'typing' ? now : 0;
  }

  /**
   * One step back (or forward with `redo`) from the editor's `current` text: the text to show, or
   * null when there is no such step for this segment.
   */
  step(id: string, current: string, redo: boolean): string | null {
    if (this.segmentId !== id) return null;
    const from = redo ? this.future : this.past;
    const to = redo ? this.past : this.future;
    const text = from.pop();
    if (text === undefined) return null;
    to.push(current);
    return text;
  }

  private reset(id: string): void {
    this.segmentId = id;
    this.past = [];
    this.future = [];
    this.typedAt = 0;
  }
}

/**
 * Undo (Ctrl+Z) or redo (Ctrl+Shift+Z, Ctrl+Y; Cmd on a Mac) for a key event, else null. The letter is
 * the one on the key (a German keyboard has Z where an American one has Y); the key's position only
 * where it types no Latin letter.
 */
export function historyKey(event: KeyDescription): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const letter = /^[a-z]$/i.test(event.key) ? event.key.toLowerCase() : event.code === 'KeyZ' ? 'z' : event.code === 'KeyY' ? 'y' : '';
  if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && !event.shiftKey) return 'redo';
  return null;
}
