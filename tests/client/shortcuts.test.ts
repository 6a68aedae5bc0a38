import { SHORTCUTS, shortcutAction } from '../../client/src/lib/shortcuts';
import { press } from './support/keys';

const ctrl = { ctrlKey: true };

describe('shortcutAction in translate mode', () => {
  it.each([
    ['Ctrl+Enter', press('Enter', 'Enter', ctrl), 'confirm'],
    ['Cmd+Enter', press('Enter', 'Enter', { metaKey: true }), 'confirm'],
    ['Alt+ArrowDown', press('ArrowDown', 'ArrowDown', { altKey: true }), 'next'],
    ['Alt+ArrowUp', press('ArrowUp', 'ArrowUp', { altKey: true }), 'previous'],
    ['Ctrl+Space', press(' ', 'Space', ctrl), 'insertMt'],
    ['Ctrl+1', press('1', 'Digit1', ctrl), 'insertTm1'],
    ['Ctrl+9', press('9', 'Digit9', ctrl), 'insertTm9'],
    ['Ctrl+Shift+3 (types "#")', press('#', 'Digit3', { ctrlKey: true, shiftKey: true }), 'insertTm3'],
    ['Ctrl+.', press('.', 'Period', ctrl), 'insertPlaceholder'],
    ['Ctrl+Shift+S', press('S', 'KeyS', { ctrlKey: true, shiftKey: true }), 'copySource'],
    ['Ctrl+K', press('k', 'KeyK', ctrl), 'concordance'],
    ['Cmd+K', press('k', 'KeyK', { metaKey: true }), 'concordance'],
    ['Ctrl+/ (US)', press('/', 'Slash', ctrl), 'help'],
    ['Ctrl+numpad /', press('/', 'NumpadDivide', ctrl), 'help'],
    // On a German keyboard "/" is Shift+7: the TM slot wins, help has the numpad key and its button.
    ['Ctrl+Shift+7 (German "/")', press('/', 'Digit7', { ctrlKey: true, shiftKey: true }), 'insertTm7'],
    ['Escape', press('Escape', 'Escape'), 'close'],
  ])('%s → %s', (_name, event, action) => {
    expect(shortcutAction(event, 'translate')).toBe(action);
  });

  it.each([
    ['plain Enter', press('Enter', 'Enter')],
    ['Ctrl+Shift+Enter', press('Enter', 'Enter', { ctrlKey: true, shiftKey: true })],
    ['Alt+N', press('n', 'KeyN', { altKey: true })],
    ['Ctrl+0', press('0', 'Digit0', ctrl)],
    ['Ctrl+S', press('s', 'KeyS', ctrl)],
    ['Ctrl+Shift+K (Firefox\'s web console)', press('K', 'KeyK', { ctrlKey: true, shiftKey: true })],
    ['Alt+K', press('k', 'KeyK', { altKey: true })],
    ['Ctrl+Z (undo stays with the editor)', press('z', 'KeyZ', ctrl)],
    ['Ctrl+Alt+Enter', press('Enter', 'Enter', { ctrlKey: true, altKey: true })],
    ['ArrowDown', press('ArrowDown', 'ArrowDown')],
    ['a letter', press('a', 'KeyA')],
    ['Alt+E (annotating is for review mode)', press('e', 'KeyE', { altKey: true })],
  ])('%s does nothing', (_name, event) => {
    expect(shortcutAction(event, 'translate')).toBeNull();
  });
});

describe('shortcutAction in review mode', () => {
  it.each([
    ['Ctrl+Enter', press('Enter', 'Enter', ctrl), 'approve'],
    ['Ctrl+Shift+Enter', press('Enter', 'Enter', { ctrlKey: true, shiftKey: true }), 'reject'],
    ['Alt+N', press('n', 'KeyN', { altKey: true }), 'nextUnreviewed'],
    ['Alt+N on a Mac ("˜")', press('˜', 'KeyN', { altKey: true }), 'nextUnreviewed'],
    ['Alt+E', press('e', 'KeyE', { altKey: true }), 'annotate'],
    ['Alt+E on a Mac ("´")', press('´', 'KeyE', { altKey: true }), 'annotate'],
    ['Alt+ArrowDown', press('ArrowDown', 'ArrowDown', { altKey: true }), 'next'],
    ['Ctrl+Space', press(' ', 'Space', ctrl), 'insertMt'],
    ['Ctrl+/', press('/', 'Slash', ctrl), 'help'],
    ['Ctrl+K', press('k', 'KeyK', ctrl), 'concordance'],
    ['Escape', press('Escape', 'Escape'), 'close'],
  ])('%s → %s', (_name, event, action) => {
    expect(shortcutAction(event, 'review')).toBe(action);
  });
});

describe('SHORTCUTS', () => {
  it('lists the actions of each mode for the help overlay', () => {
    expect(SHORTCUTS.translate.map((entry) => entry.action)).toEqual([
      'confirm', 'next', 'previous', 'insertMt', 'insertTm', 'insertTm', 'insertPlaceholder', 'copySource', 'concordance', 'help', 'close',
    ]);
    expect(SHORTCUTS.review.slice(0, 4).map((entry) => entry.action)).toEqual(['approve', 'reject', 'nextUnreviewed', 'annotate']);
  });

  it('gives every key combination one action at most, in each mode', () => {
    for (const mode of ['translate', 'review'] as const) {
      const combinations = SHORTCUTS[mode].filter((entry) => entry.action !== 'insertTm').map((entry) => entry.keys.join('+'));
      expect(new Set(combinations).size).toBe(combinations.length);
    }
  });
});
