// The workspace's keyboard shortcuts as a pure mapping: a key event (its key, code and modifiers) and
// the mode give the name of an action, or null. The page dispatches the action; the help overlay lists
// SHORTCUTS. Ctrl is Cmd on a Mac. Digits and letters are read from `code` (the physical key), so
// Ctrl+Shift+1 (which types "!" on a US keyboard) and Alt+N (which types "˜" on a Mac) work everywhere.

export type WorkspaceMode = 'translate' | 'review';

export type TmSlot = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type ShortcutAction =
  | 'confirm'
  | 'approve'
  | 'reject'
  | 'nextUnreviewed'
  | 'next'
  | 'previous'
  | 'insertMt'
  | `insertTm${TmSlot}`
  | 'insertPlaceholder'
  | 'copySource'
  | 'help'
  | 'close';

export interface KeyDescription {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function shortcutAction(event: KeyDescription, mode: WorkspaceMode): ShortcutAction | null {
  const ctrl = event.ctrlKey || event.metaKey;
  const { altKey: alt, shiftKey: shift, key, code } = event;

  if (key === 'Escape' && !ctrl && !alt && !shift) return 'close';

  if (alt && !ctrl && !shift) {
    if (key === 'ArrowDown') return 'next';
    if (key === 'ArrowUp') return 'previous';
    if (mode === 'review' && code === 'KeyN') return 'nextUnreviewed';
    return null;
  }
  if (!ctrl || alt) return null;

  if (key === 'Enter') {
    if (mode === 'translate') return shift ? null : 'confirm';
    return shift ? 'reject' : 'approve';
  }
  const digit = /^Digit([1-9])$/.exec(code);
  if (digit) return `insertTm${Number(digit[1]) as TmSlot}`;
  // Ctrl+Shift+7 types "/" on a German keyboard but is TM slot 7 (checked above); the numpad "/" and
  // the help button remain. Any other key that types "/" opens the help.
  if (key === '/' || (code === 'Slash' && !shift)) return 'help';
  if (shift) return code === 'KeyS' ? 'copySource' : null;
  if (key === ' ' || code === 'Space') return 'insertMt';
  if (key === '.' || code === 'Period') return 'insertPlaceholder';
  return null;
}

/** What the help overlay lists, per mode: the keys as shown and the i18n key of the description. */
export interface ShortcutHelpEntry {
  keys: string[];
  action: ShortcutAction | 'insertTm';
}

/** Moving, inserting and help work the same in both modes. */
const SHARED_SHORTCUTS: ShortcutHelpEntry[] = [
  { keys: ['Alt', '↓'], action: 'next' },
  { keys: ['Alt', '↑'], action: 'previous' },
  { keys: ['Ctrl', 'Space'], action: 'insertMt' },
  { keys: ['Ctrl', '1…9'], action: 'insertTm' },
  { keys: ['Ctrl', 'Shift', '1…9'], action: 'insertTm' },
  { keys: ['Ctrl', '.'], action: 'insertPlaceholder' },
  { keys: ['Ctrl', 'Shift', 'S'], action: 'copySource' },
  { keys: ['Ctrl', '/'], action: 'help' },
  { keys: ['Esc'], action: 'close' },
];

export const SHORTCUTS: Record<WorkspaceMode, ShortcutHelpEntry[]> = {
  translate: [{ keys: ['Ctrl', 'Enter'], action: 'confirm' }, ...SHARED_SHORTCUTS],
  review: [
    { keys: ['Ctrl', 'Enter'], action: 'approve' },
    { keys: ['Ctrl', 'Shift', 'Enter'], action: 'reject' },
    { keys: ['Alt', 'N'], action: 'nextUnreviewed' },
    ...SHARED_SHORTCUTS,
  ],
};
