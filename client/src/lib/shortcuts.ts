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
  | 'concordance'
  | 'annotate'
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
    if (mode === 'review' && code === 'KeyE') return 'annotate';
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
  // Ctrl+K as in other translation tools (memoQ's concordance); browsers let the page have it.
  if (code === 'KeyK') return 'concordance';
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
  { keys: ['Ctrl', 'K'], action: 'concordance' },
  { keys: ['Ctrl', '/'], action: 'help' },
  { keys: ['Esc'], action: 'close' },
];

export const SHORTCUTS: Record<WorkspaceMode, ShortcutHelpEntry[]> = {
  translate: [{ keys: ['Ctrl', 'Enter'], action: 'confirm' }, ...SHARED_SHORTCUTS],
  review: [
    { keys: ['Ctrl', 'Enter'], action: 'approve' },
    { keys: ['Ctrl', 'Shift', 'Enter'], action: 'reject' },
    { keys: ['Alt', 'N'], action: 'nextUnreviewed' },
    { keys: ['Alt', 'E'], action: 'annotate' },
    ...SHARED_SHORTCUTS,
  ],
};

/** What a shortcut does in the workspace at the moment it is pressed. */
export type ShortcutCommand =
  | { kind: 'help' }
  /** The concordance search, with the selected words or the active segment's source. */
  | { kind: 'concordance' }
  /** To the next (1) or previous (-1) segment of the list; 0 goes to the first when none is active. */
  | { kind: 'move'; step: -1 | 0 | 1 }
  | { kind: 'nextUnreviewed' }
  | { kind: 'confirm' | 'approve' | 'reject' | 'annotate' | 'insertMt' | 'insertPlaceholder' | 'copySource' }
  | { kind: 'insertTm'; slot: TmSlot }
  /** Taken (the browser does nothing with it) but not allowed here. */
  | { kind: 'nothing' };

export interface ShortcutContext {
  mode: WorkspaceMode;
  hasActiveSegment: boolean;
  canTranslate: boolean;
  canReview: boolean;
}

/**
 * The command of an action, or null to leave the key to the browser (Escape: open dialogs close
 * themselves). Moving, help and the concordance search work anywhere; the rest acts on the active segment, and without one
 * moves to the first. Confirming needs a translator; approving and rejecting a reviewer in review mode.
 */
export function shortcutCommand(action: ShortcutAction, context: ShortcutContext): ShortcutCommand | null {
  switch (action) {
    case 'close':
      return null;
    case 'help':
      return { kind: 'help' };
    case 'concordance':
      return { kind: 'concordance' };
    case 'next':
      return { kind: 'move', step: 1 };
    case 'previous':
      return { kind: 'move', step: -1 };
    case 'nextUnreviewed':
      return { kind: 'nextUnreviewed' };
    default:
      break;
  }
  if (!context.hasActiveSegment) return { kind: 'move', step: 0 };
  const reviewing = context.mode === 'review' && context.canReview;
  switch (action) {
    case 'confirm':
      return context.canTranslate ? { kind: 'confirm' } : { kind: 'nothing' };
    case 'approve':
    case 'reject':
    case 'annotate':
      return reviewing ? { kind: action } : { kind: 'nothing' };
    case 'insertMt':
    case 'insertPlaceholder':
    case 'copySource':
      return { kind: action };
    default:
      return { kind: 'insertTm', slot: Number(action.slice('insertTm'.length)) as TmSlot };
  }
}
