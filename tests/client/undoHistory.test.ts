import { historyKey, UndoHistory } from '../../client/src/lib/undoHistory';
import { press } from './support/keys';

describe('UndoHistory', () => {
  it('undoes a step and redoes it', () => {
    const history = new UndoHistory();
    history.record('s1', 'Ala', 'step', 1000);
    expect(history.step('s1', 'Ala ma kota', false)).toBe('Ala');
    expect(history.step('s1', 'Ala', true)).toBe('Ala ma kota');
    expect(history.step('s1', 'Ala ma kota', true)).toBeNull();
  });

  it('merges keystrokes less than 700 ms apart into one step; a pause starts the next', () => {
    const history = new UndoHistory();
    history.record('s1', '', 'typing', 1000);
    history.record('s1', 'A', 'typing', 1300);
    history.record('s1', 'Al', 'typing', 1900);
    history.record('s1', 'Ala', 'typing', 2700); // 800 ms later
    expect(history.step('s1', 'Ala ', false)).toBe('Ala');
    expect(history.step('s1', 'Ala', false)).toBe('');
    expect(history.step('s1', '', false)).toBeNull();
  });

  it('starts a new step when typing follows a step, or an undo', () => {
    const history = new UndoHistory();
    history.record('s1', 'Ala', 'typing', 1000);
    history.record('s1', 'Ala ', 'step', 1100);
    history.record('s1', 'Ala ma', 'typing', 1200);
    expect(history.step('s1', 'Ala ma k', false)).toBe('Ala ma');
    history.record('s1', 'Ala ma k', 'none', 1300);
    history.record('s1', 'Ala ma', 'typing', 1400);
    expect(history.step('s1', 'Ala ma!', false)).toBe('Ala ma');
  });

  it('forgets what could be redone once something new is typed', () => {
    const history = new UndoHistory();
    history.record('s1', 'a', 'step', 1000);
    expect(history.step('s1', 'ab', false)).toBe('a');
    history.record('s1', 'a', 'step', 2000);
    expect(history.step('s1', 'ac', true)).toBeNull();
  });

  it('holds the history of one segment: another segment starts afresh, and undo elsewhere does nothing', () => {
    const history = new UndoHistory();
    history.record('s1', 'a', 'step', 1000);
    expect(history.step('s2', 'b', false)).toBeNull();
    history.record('s2', 'b', 'step', 1100);
    expect(history.step('s1', 'ab', false)).toBeNull();
    expect(history.step('s2', 'bc', false)).toBe('b');
    expect(history.step('s2', 'b', false)).toBeNull();
  });

  it('keeps the last 200 steps', () => {
    const history = new UndoHistory();
    for (let i = 0; i < 205; i += 1) history.record('s1', `v${i}`, 'step', 1000 + i);
    const undone: string[] = [];
    for (let i = 0; i < 210; i += 1) {
      const text = history.step('s1', 'now', false);
      if (text === null) break;
      undone.push(text);
    }
    expect(undone).toHaveLength(200);
    expect(undone[0]).toBe('v204');
    expect(undone[199]).toBe('v5');
  });
});

describe('historyKey', () => {
  it.each([
    ['Ctrl+Z', press('z', 'KeyZ', { ctrlKey: true }), 'undo'],
    ['Cmd+Z', press('z', 'KeyZ', { metaKey: true }), 'undo'],
    ['Ctrl+Z on a German keyboard (the key where Americans have Y)', press('z', 'KeyY', { ctrlKey: true }), 'undo'],
    ['Ctrl+Shift+Z', press('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), 'redo'],
    ['Cmd+Shift+Z', press('Z', 'KeyZ', { metaKey: true, shiftKey: true }), 'redo'],
    ['Ctrl+Y', press('y', 'KeyY', { ctrlKey: true }), 'redo'],
    ['Ctrl+Y on a German keyboard', press('y', 'KeyZ', { ctrlKey: true }), 'redo'],
    ['Ctrl+Z on a keyboard typing no Latin letter there', press('я', 'KeyZ', { ctrlKey: true }), 'undo'],
  ])('%s → %s', (_name, event, action) => {
    expect(historyKey(event)).toBe(action);
  });

  it.each([
    ['Z alone', press('z', 'KeyZ')],
    ['Shift+Z', press('Z', 'KeyZ', { shiftKey: true })],
    ['Ctrl+Alt+Z (AltGr on Windows)', press('z', 'KeyZ', { ctrlKey: true, altKey: true })],
    ['Ctrl+Shift+Y', press('Y', 'KeyY', { ctrlKey: true, shiftKey: true })],
    ['Ctrl+X', press('x', 'KeyX', { ctrlKey: true })],
  ])('%s is no undo or redo', (_name, event) => {
    expect(historyKey(event)).toBeNull();
  });
});
