// The coloured badges carry white text: the state badges (styles.css, --state-*) and the TM score badges
// of the side panel (panel.css, .panel-score-*). WCAG 2.1 AA wants a contrast of at least 4.5:1 for
// text of their size. The ratios are the ones written next to the colours.
import fs from 'node:fs';
import path from 'node:path';

const CLIENT = path.join(__dirname, '../../client/src');

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of white text on `background`, rounded to two decimals. */
const onWhiteText = (background: string): number => Math.round(((1 + 0.05) / (luminance(background) + 0.05)) * 100) / 100;

/** The colours a pattern finds in one CSS file: its first group names the colour, the second is #rrggbb. */
function colours(file: string, pattern: RegExp): Record<string, string> {
  const css = fs.readFileSync(path.join(CLIENT, file), 'utf8');
  return Object.fromEntries([...css.matchAll(pattern)].map((match) => [match[1], match[2].toLowerCase()]));
}

describe('badge colours', () => {
  test('luminance follows WCAG 2.1: black on white is 21:1, white on white 1:1', () => {
    expect(onWhiteText('#000000')).toBe(21);
    expect(onWhiteText('#ffffff')).toBe(1);
  });

  test('every segment state badge keeps white text at 4.5:1 or more', () => {
    const states = colours('styles.css', /--state-([a-z]+):\s*(#[0-9a-fA-F]{6});/g);
    const ratios = Object.fromEntries(Object.entries(states).map(([state, colour]) => [state, onWhiteText(colour)]));
    expect(ratios).toEqual({ new: 4.85, draft: 4.93, translated: 4.94, rejected: 6.54, approved: 5.33, locked: 5.49 });
    expect(Object.values(ratios).filter((ratio) => ratio < 4.5)).toEqual([]);
  });

  test('every TM score badge of the side panel keeps white text at 4.5:1 or more', () => {
    const bands = colours('workspace/panel/panel.css', /\.panel-score-([a-z]+) \{ background: (#[0-9a-fA-F]{6}); \}/g);
    const ratios = Object.fromEntries(Object.entries(bands).map(([band, colour]) => [band, onWhiteText(colour)]));
    expect(ratios).toEqual({ high: 4.91, medium: 5, low: 4.85 });
    // exact and context matches use --ok
    expect(onWhiteText(colours('styles.css', /--(ok):\s*(#[0-9a-fA-F]{6});/g).ok)).toBe(5.33);
  });
});
