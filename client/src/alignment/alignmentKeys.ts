// The alignment editor's keys as a pure mapping (like the workspace's lib/shortcuts.ts): a key event on
// the list of pairs gives the name of an action, or null. Arrows move between pairs (Alt+arrows too, as
// in the workspace); Shift+arrows move a Polish sentence to the neighbouring pair, Ctrl+Shift+arrows a
// German one. Letters are read from `code`, so they work on every keyboard layout. Ctrl is Cmd on a Mac.
import type { KeyDescription } from '../lib/shortcuts';

export type AlignmentAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'pageDown'
  | 'pageUp'
  | 'merge'
  | 'split'
  | 'plDown'
  | 'plUp'
  | 'deDown'
  | 'deUp'
  | 'confirm'
  | 'help';

export function alignmentAction(event: KeyDescription): AlignmentAction | null {
  const ctrl = event.ctrlKey || event.metaKey;
  const { altKey: alt, shiftKey: shift, key, code } = event;
  const arrow = key === 'ArrowDown' ? 'down' : key === 'ArrowUp' ? 'up' : null;

  if (arrow && shift && !alt) {
    if (ctrl) return arrow === 'down' ? 'deDown' : 'deUp';
    return arrow === 'down' ? 'plDown' : 'plUp';
  }
  if (arrow && !shift && !ctrl) return arrow === 'down' ? 'next' : 'previous';
  if (ctrl && !alt && !shift && key === 'Enter') return 'confirm';
  if (ctrl && !alt && (key === '/' || code === 'Slash')) return 'help';
  if (ctrl || alt) return null;
  if (key === '?') return 'help';
  if (shift) return null;
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'PageDown') return 'pageDown';
  if (key === 'PageUp') return 'pageUp';
  if (code === 'KeyM') return 'merge';
  if (code === 'KeyS') return 'split';
  return null;
}

/** What the help lists: the keys as shown (Ctrl/Shift/Alt translated) and the action described. */
export const ALIGNMENT_SHORTCUTS: { keys: string[]; action: AlignmentAction }[] = [
  { keys: ['↓'], action: 'next' },
  { keys: ['↑'], action: 'previous' },
  { keys: ['Home'], action: 'first' },
  { keys: ['End'], action: 'last' },
  { keys: ['PageDown'], action: 'pageDown' },
  { keys: ['PageUp'], action: 'pageUp' },
  { keys: ['M'], action: 'merge' },
  { keys: ['S'], action: 'split' },
  { keys: ['Shift', '↓'], action: 'plDown' },
  { keys: ['Shift', '↑'], action: 'plUp' },
  { keys: ['Ctrl', 'Shift', '↓'], action: 'deDown' },
  { keys: ['Ctrl', 'Shift', '↑'], action: 'deUp' },
  { keys: ['Ctrl', 'Enter'], action: 'confirm' },
  { keys: ['?'], action: 'help' },
];

/** The keys of an action as the help shows them (for hints next to buttons). */
export const shortcutKeys = (action: AlignmentAction): string[] => ALIGNMENT_SHORTCUTS.find((entry) => entry.action === action)?.keys ?? [];
