// The segmentation screen's changes to a project's rules: one entry at a time, the rest kept.
import type { ProjectSegmentationRules } from '../../client/src/api/types';
import { addAbbreviation, addException, otherLists, removeAbbreviation, removeException, sortedAbbreviations } from '../../client/src/segmentation/ruleChanges';

const RULES: ProjectSegmentationRules = {
  de: { abbreviations: { 'Vorh.': 'never_ends' }, exceptions: [{ break: true, before: 'Mai\\.', after: ' ' }], months: ['Lenz'] },
  pl: { sentenceStarters: ['Następnie'] },
};

describe('segmentation rule changes', () => {
  test('an abbreviation is added (trimmed) or replaced in its language only, and removed again', () => {
    const added = addAbbreviation(RULES, 'de', ' Bhf. ', 'may_end');
    expect(added).toEqual({ ...RULES, de: { ...RULES.de, abbreviations: { 'Vorh.': 'never_ends', 'Bhf.': 'may_end' } } });
    expect(addAbbreviation(RULES, 'de', 'Vorh.', 'before_number').de?.abbreviations).toEqual({ 'Vorh.': 'before_number' });
    expect(removeAbbreviation(added, 'de', 'Vorh.').de).toEqual({ ...RULES.de, abbreviations: { 'Bhf.': 'may_end' } });
    expect(addAbbreviation(RULES, 'pl', 'ul.', 'never_ends').pl).toEqual({ sentenceStarters: ['Następnie'], abbreviations: { 'ul.': 'never_ends' } });
    expect(RULES.de?.abbreviations).toEqual({ 'Vorh.': 'never_ends' });
  });

  test('a new exception comes first; one is removed by its position', () => {
    const rule = { break: false, before: '\\bNr\\.', after: '\\s\\d' };
    const added = addException(RULES, 'de', rule);
    expect(added.de?.exceptions).toEqual([rule, { break: true, before: 'Mai\\.', after: ' ' }]);
    expect(removeException(added, 'de', 1).de?.exceptions).toEqual([rule]);
    expect(addException({}, 'pl', rule)).toEqual({ pl: { exceptions: [rule] } });
  });

  test('abbreviations are listed in dictionary order; the other lists of an import are counted', () => {
    expect(sortedAbbreviations({ abbreviations: { 'z. B.': 'never_ends', 'Abs.': 'before_number', 'ärztl.': 'never_ends' } }, 'de').map(([text]) => text)).toEqual([
      'Abs.',
      'ärztl.',
      'z. B.',
    ]);
    expect(otherLists(RULES.de)).toEqual([{ field: 'months', count: 1 }]);
    expect(otherLists(undefined)).toEqual([]);
  });
});
