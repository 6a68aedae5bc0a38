import { InvalidInput } from '../../../server/domain/errors';
import { cpuMs } from '../../support/cpuTime';
import {
  DEFAULT_RULES,
  mergeRules,
  type ProjectSegmentationRules,
} from '../../../server/domain/segmentation/rules';
import { segmentSentences } from '../../../server/domain/segmentation/sentences';

describe('mergeRules', () => {
  it('lets a project abbreviation stop a split', () => {
    const text = 'Zuständig ist die Verbandsgem. Schöpstal im Landkreis Görlitz.';
    expect(segmentSentences(text, 'de')).toEqual(['Zuständig ist die Verbandsgem.', 'Schöpstal im Landkreis Görlitz.']);
    const rules = mergeRules(DEFAULT_RULES, { de: { abbreviations: { 'Verbandsgem.': 'never_ends' } } });
    expect(segmentSentences(text, 'de', rules)).toEqual([text]);
  });

  it('lets a Polish project abbreviation stop a split', () => {
    const text = 'Organizatorem jest Fund. Przyjaciół Zgorzelca.';
    expect(segmentSentences(text, 'pl')).toEqual(['Organizatorem jest Fund.', 'Przyjaciół Zgorzelca.']);
    const rules = mergeRules(DEFAULT_RULES, { pl: { abbreviations: { 'Fund.': 'never_ends' } } });
    expect(segmentSentences(text, 'pl', rules)).toEqual([text]);
  });

  it('needs no project rule for "Lkr." and "Gem." (built in, "Gem." as the capitalised "gem.")', () => {
    expect(segmentSentences('Die Gem. Markersdorf im Lkr. Görlitz erhält 80.000 Euro.', 'de')).toEqual([
      'Die Gem. Markersdorf im Lkr. Görlitz erhält 80.000 Euro.',
    ]);
  });

  it('lets a project exception force a split', () => {
    const text = 'Das Bürgerbüro befindet sich am Postplatz 18. Öffnungszeiten sind montags bis freitags.';
    expect(segmentSentences(text, 'de')).toEqual([text]);
    const project: ProjectSegmentationRules = {
      de: { exceptions: [{ break: true, before: '\\b(?:Postplatz|Untermarkt) \\d+\\.', after: '\\s' }] },
    };
    expect(segmentSentences(text, 'de', mergeRules(DEFAULT_RULES, project))).toEqual([
      'Das Bürgerbüro befindet sich am Postplatz 18.',
      'Öffnungszeiten sind montags bis freitags.',
    ]);
  });

  it('lets a project exception force a split where there is no terminal punctuation', () => {
    const project: ProjectSegmentationRules = { de: { exceptions: [{ break: true, before: ':', after: '\\s+Hinweis\\b' }] } };
    expect(segmentSentences('Wichtig: Hinweis zur Frist. Bitte lesen.', 'de', mergeRules(DEFAULT_RULES, project))).toEqual([
      'Wichtig:',
      'Hinweis zur Frist.',
      'Bitte lesen.',
    ]);
  });

  it('lets a project exception forbid a split, before the built-in rules', () => {
    const text = 'Jak poinformował urząd, w 2019 r. Gmina Zgorzelec otrzymała dotację.';
    expect(segmentSentences(text, 'pl')).toHaveLength(2);
    const project: ProjectSegmentationRules = {
      pl: { exceptions: [{ break: false, before: '\\bw \\d{4} r\\.', after: '\\s+Gmina\\b' }] },
    };
    expect(segmentSentences(text, 'pl', mergeRules(DEFAULT_RULES, project))).toEqual([text]);
  });

  it('lets a project change the kind of a built-in abbreviation', () => {
    const text = 'Gefördert werden Radwege usw. Danach folgt die zweite Runde.';
    expect(segmentSentences(text, 'de')).toHaveLength(2);
    const rules = mergeRules(DEFAULT_RULES, { de: { abbreviations: { 'usw.': 'never_ends' } } });
    expect(segmentSentences(text, 'de', rules)).toEqual([text]);
  });

  it('puts project exceptions first, joins lists without duplicates and leaves both arguments alone', () => {
    const before = JSON.stringify(DEFAULT_RULES);
    const exception = { break: true, before: 'Hinweis:', after: '\\s' };
    const project: ProjectSegmentationRules = {
      de: { exceptions: [exception], sentenceStarters: ['Danach', 'Sodann'], ordinalDigits: { afterContext: 3, alone: 0 } },
    };
    const merged = mergeRules(DEFAULT_RULES, project);
    expect(merged.de.exceptions).toEqual([exception, ...DEFAULT_RULES.de.exceptions]);
    expect(merged.de.sentenceStarters).toEqual([...DEFAULT_RULES.de.sentenceStarters, 'Sodann']);
    expect(merged.de.ordinalDigits).toEqual({ afterContext: 3, alone: 0 });
    expect(merged.pl).toEqual(DEFAULT_RULES.pl);
    expect(JSON.stringify(DEFAULT_RULES)).toBe(before);
    expect(project.de?.exceptions).toEqual([exception]);
  });

  it('refuses a project exception with a lookahead or a backreference: unsupported_pattern, with language, index, field and position', () => {
    const project: ProjectSegmentationRules = {
      pl: { exceptions: [{ break: true, before: 'r\\.', after: '\\s' }, { break: false, before: 'r\\.', after: '\\s+(?!Gmina)' }] },
    };
    expect(() => mergeRules(DEFAULT_RULES, project)).toThrow(
      expect.objectContaining({
        code: 'unsupported_pattern',
        details: { lang: 'pl', index: 1, field: 'after', position: 3, construct: '(?!', feature: 'lookahead' },
      }),
    );
    expect(() => mergeRules(DEFAULT_RULES, { de: { exceptions: [{ break: true, before: '(\\w)\\1\\.', after: '' }] } })).toThrow(
      expect.objectContaining({ code: 'unsupported_pattern', params: { position: 4, construct: '\\1' } }),
    );
  });

  it('accepts a catastrophic pattern and segments 100,000 characters with it in linear time', () => {
    const rules = mergeRules(DEFAULT_RULES, { de: { exceptions: [{ break: true, before: '(x+x+)+y', after: '\\s' }] } });
    const sentence = 'Die Prüfung xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ist bestanden.';
    const text = `${Array.from({ length: 1800 }, () => sentence).join(' ')} Der Code xxy folgt.`;
    expect(text.length).toBeGreaterThan(100_000);
    let sentences: string[] = [];
    const used = cpuMs(() => {
      sentences = segmentSentences(text, 'de', rules);
    });
    expect(used).toBeLessThan(2000);
    expect(sentences).toEqual([...Array.from({ length: 1800 }, () => sentence), 'Der Code xxy', 'folgt.']);
  });

  it('rejects a project exception whose regex does not compile', () => {
    const project: ProjectSegmentationRules = { pl: { exceptions: [{ break: true, before: '(', after: '\\s' }] } };
    expect(() => mergeRules(DEFAULT_RULES, project)).toThrow(InvalidInput);
    expect(() => mergeRules(DEFAULT_RULES, project)).toThrow(
      expect.objectContaining({ code: 'invalid_segmentation_rule', message: expect.stringMatching(/^segmentation exception 1 for pl: /) }),
    );
  });
});
