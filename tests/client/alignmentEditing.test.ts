// The alignment editor's pure parts: moving a sentence to the neighbouring pair, and its keys.
import { alignmentAction, ALIGNMENT_SHORTCUTS } from '../../client/src/alignment/alignmentKeys';
import { moveSentence, shapesOf, type BeadShape } from '../../client/src/alignment/beadMoves';

/** 1-1, 1-2, 1-1: German 0–2, Polish 0–3. */
const BEADS: BeadShape[] = [
  { de: [0], pl: [0] },
  { de: [1], pl: [1, 2] },
  { de: [2], pl: [3] },
];

describe('moveSentence', () => {
  test('down: the last Polish sentence of a pair starts the next pair; the pair it left stays selected', () => {
    expect(moveSentence(BEADS, 1, 'pl', 'down')).toEqual({
      beads: [
        { de: [0], pl: [0] },
        { de: [1], pl: [1] },
        { de: [2], pl: [2, 3] },
      ],
      selected: 1,
    });
  });

  test('up: the first German sentence of a pair ends the previous pair', () => {
    expect(moveSentence(BEADS, 2, 'de', 'up')).toEqual({
      beads: [
        { de: [0], pl: [0] },
        { de: [1, 2], pl: [1, 2] },
        { de: [], pl: [3] },
      ],
      selected: 2,
    });
  });

  test('a pair left without any sentence disappears, and the pair that took the sentence is selected', () => {
    const oneSided: BeadShape[] = [
      { de: [0], pl: [0] },
      { de: [], pl: [1] },
      { de: [1], pl: [2] },
    ];
    expect(moveSentence(oneSided, 1, 'pl', 'up')).toEqual({ beads: [{ de: [0], pl: [0, 1] }, { de: [1], pl: [2] }], selected: 0 });
    expect(moveSentence(oneSided, 1, 'pl', 'down')).toEqual({ beads: [{ de: [0], pl: [0] }, { de: [1], pl: [1, 2] }], selected: 1 });
  });

  test('at either end of the text the sentence gets a pair of its own', () => {
    expect(moveSentence(BEADS, 2, 'pl', 'down')).toEqual({
      beads: [{ de: [0], pl: [0] }, { de: [1], pl: [1, 2] }, { de: [2], pl: [] }, { de: [], pl: [3] }],
      selected: 2,
    });
    expect(moveSentence(BEADS, 0, 'de', 'up')).toEqual({
      beads: [{ de: [0], pl: [] }, { de: [], pl: [0] }, { de: [1], pl: [1, 2] }, { de: [2], pl: [3] }],
      selected: 1,
    });
  });

  test('is null for a side without sentences or a pair that does not exist; the input is not changed', () => {
    const before = JSON.stringify(BEADS);
    expect(moveSentence([{ de: [0], pl: [] }], 0, 'pl', 'down')).toBeNull();
    expect(moveSentence(BEADS, 3, 'de', 'up')).toBeNull();
    moveSentence(BEADS, 1, 'pl', 'down');
    expect(JSON.stringify(BEADS)).toBe(before);
  });

  test('shapesOf takes the sentence indexes of presented beads', () => {
    expect(shapesOf([{ deIndexes: [0, 1], plIndexes: [0] }])).toEqual([{ de: [0, 1], pl: [0] }]);
  });
});

describe('alignmentAction', () => {
  const key = (key: string, code: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
    alignmentAction({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

  test('arrows (also with Alt, as in the workspace), Home, End and the page keys move between pairs', () => {
    expect([key('ArrowDown', 'ArrowDown'), key('ArrowUp', 'ArrowUp'), key('ArrowDown', 'ArrowDown', { altKey: true })]).toEqual(['next', 'previous', 'next']);
    expect([key('Home', 'Home'), key('End', 'End'), key('PageDown', 'PageDown'), key('PageUp', 'PageUp')]).toEqual(['first', 'last', 'pageDown', 'pageUp']);
  });

  test('Shift+arrows move a Polish sentence, Ctrl+Shift+arrows (Cmd on a Mac) a German one', () => {
    expect([key('ArrowDown', 'ArrowDown', { shiftKey: true }), key('ArrowUp', 'ArrowUp', { shiftKey: true })]).toEqual(['plDown', 'plUp']);
    expect([key('ArrowDown', 'ArrowDown', { shiftKey: true, ctrlKey: true }), key('ArrowUp', 'ArrowUp', { shiftKey: true, metaKey: true })]).toEqual(['deDown', 'deUp']);
    expect(key('ArrowDown', 'ArrowDown', { ctrlKey: true })).toBeNull();
  });

  test('M merges and S splits on any layout; with a modifier they are left to the browser', () => {
    expect([key('m', 'KeyM'), key('s', 'KeyS'), key('ś', 'KeyS')]).toEqual(['merge', 'split', 'split']);
    expect([key('m', 'KeyM', { ctrlKey: true }), key('S', 'KeyS', { shiftKey: true }), key('s', 'KeyS', { altKey: true })]).toEqual([null, null, null]);
  });

  test('Ctrl+Enter confirms; ? and Ctrl+/ open the help; other keys do nothing', () => {
    expect([key('Enter', 'Enter', { ctrlKey: true }), key('?', 'Slash', { shiftKey: true }), key('/', 'Slash', { ctrlKey: true })]).toEqual(['confirm', 'help', 'help']);
    expect([key('Enter', 'Enter'), key('x', 'KeyX'), key('Tab', 'Tab')]).toEqual([null, null, null]);
  });

  test('the help lists every action once', () => {
    const actions = ALIGNMENT_SHORTCUTS.map((entry) => entry.action);
    expect(new Set(actions).size).toBe(actions.length);
    expect(actions.sort()).toEqual(['confirm', 'deDown', 'deUp', 'first', 'help', 'last', 'merge', 'next', 'pageDown', 'pageUp', 'plDown', 'plUp', 'previous', 'split']);
  });
});
