import { byCategory, type AbbreviationLists, type CategoryBehaviour } from '../../../server/domain/segmentation/languages/kinds';
import { GERMAN_ABBREVIATIONS } from '../../../server/domain/segmentation/languages/deAbbreviations';
import { POLISH_ABBREVIATIONS } from '../../../server/domain/segmentation/languages/plAbbreviations';
import { DEFAULT_RULES } from '../../../server/domain/segmentation/rules';

const EMPTY: AbbreviationLists = {
  title: [], name_initial: [], place: [], general: [], latin: [], weekday: [], reference: [], unit: [], month: [], date: [], list_end: [],
};
const BEHAVIOUR: CategoryBehaviour = {
  title: 'never_ends', name_initial: 'never_ends', place: 'never_ends', general: 'never_ends', latin: 'never_ends',
  weekday: 'never_ends', reference: 'before_number', unit: 'may_end', month: 'may_end', date: 'may_end', list_end: 'may_end',
};

describe('byCategory', () => {
  it('gives each abbreviation the behaviour of its kind', () => {
    expect(byCategory({ ...EMPTY, title: ['Pfr.'], unit: ['Std.'], reference: ['Art.'] }, BEHAVIOUR)).toEqual({
      'Pfr.': 'never_ends',
      'Std.': 'may_end',
      'Art.': 'before_number',
    });
  });

  it('refuses an abbreviation listed under two kinds, spaced or not', () => {
    expect(() => byCategory({ ...EMPTY, general: ['z. B.'], latin: ['z.B.'] }, BEHAVIOUR)).toThrow(
      'abbreviation "z.B." is listed as general and as latin',
    );
  });
});

describe('the built-in abbreviation lists', () => {
  it.each([
    ['de', GERMAN_ABBREVIATIONS],
    ['pl', POLISH_ABBREVIATIONS],
  ] as const)('%s: every entry ends with a period, and the lists hold hundreds of entries', (lang, lists) => {
    const all = Object.values(lists).flat();
    expect(all.filter((entry) => !entry.endsWith('.'))).toEqual([]);
    expect(all.length).toBeGreaterThan(200);
    expect(Object.keys(DEFAULT_RULES[lang].abbreviations)).toHaveLength(all.length);
  });
});
