// MQM scoring (server/domain/quality/scoring.ts) and the LQA settings merge (settings.ts).
import { mqmScore } from '../../../server/domain/quality/scoring';
import { mergeLqaSettings } from '../../../server/domain/quality/settings';
import { activeCategories, categoryName, DEFAULT_LQA_SETTINGS, DEFAULT_LQA_WEIGHTS, MQM_CORE } from '../../../server/domain/quality/typology';
import { InvalidInput } from '../../../server/domain/errors';

describe('mqmScore', () => {
  test('penalty points per 1,000 evaluated words, with MQM Core weights, against the threshold', () => {
    expect(mqmScore(['minor', 'major', 'critical'], 400, DEFAULT_LQA_WEIGHTS, 10)).toEqual({
      penaltyPoints: 31,
      evaluatedWords: 400,
      penaltyPer1000: 77.5,
      qualityScore: 92.25,
      threshold: 10,
      passed: false,
    });
  });

  test('a document at exactly the threshold passes; neutral annotations cost nothing', () => {
    expect(mqmScore(['major', 'neutral', 'neutral'], 500, DEFAULT_LQA_WEIGHTS, 10)).toMatchObject({ penaltyPoints: 5, penaltyPer1000: 10, passed: true });
  });

  test('without evaluated words there is no score and no verdict', () => {
    expect(mqmScore(['major'], 0, DEFAULT_LQA_WEIGHTS, 10)).toEqual({ penaltyPoints: 5, evaluatedWords: 0, penaltyPer1000: null, qualityScore: null, threshold: 10, passed: null });
  });

  test('the quality score never falls below 0', () => {
    expect(mqmScore(['critical', 'critical', 'critical', 'critical', 'critical'], 100, DEFAULT_LQA_WEIGHTS, 10).qualityScore).toBe(0);
  });

  test('project weights replace the defaults', () => {
    expect(mqmScore(['minor', 'minor'], 1000, { ...DEFAULT_LQA_WEIGHTS, minor: 2.5 }, 10).penaltyPoints).toBe(5);
  });
});

describe('MQM Core typology', () => {
  test('has the seven MQM Core dimensions in order', () => {
    expect(MQM_CORE.categories.filter((c) => c.parent === null).map((c) => c.id)).toEqual([
      'terminology',
      'accuracy',
      'linguistic_conventions',
      'style',
      'locale_conventions',
      'audience_appropriateness',
      'design_and_markup',
    ]);
  });

  test('names a subcategory with its dimension, in each language', () => {
    expect(['en', 'de', 'pl'].map((lang) => categoryName(MQM_CORE, 'accuracy/omission', lang as 'en'))).toEqual(['Accuracy / Omission', 'Genauigkeit / Auslassung', 'Dokładność / Pominięcie']);
  });

  test('a switched-off dimension takes its subcategories with it', () => {
    const active = activeCategories({ ...DEFAULT_LQA_SETTINGS, disabledCategories: ['style', 'accuracy/addition'] }).map((c) => c.id);
    expect(active.filter((id) => id.startsWith('style') || id.startsWith('accuracy'))).toEqual(['accuracy', 'accuracy/mistranslation', 'accuracy/omission', 'accuracy/untranslated', 'accuracy/do_not_translate']);
  });
});

describe('mergeLqaSettings', () => {
  test('no patch keeps what is stored (absent: the defaults apply)', () => {
    expect(mergeLqaSettings(undefined, undefined)).toBeUndefined();
  });

  test('changes one weight and the threshold, keeping the rest', () => {
    expect(mergeLqaSettings(undefined, { weights: { major: 10 }, threshold: 15 })).toEqual({
      typology: 'mqm_core',
      disabledCategories: [],
      weights: { neutral: 0, minor: 1, major: 10, critical: 25 },
      threshold: 15,
    });
  });

  test.each([
    [{ weights: { minor: -1 } }, ['lqa.weights.minor']],
    [{ weights: { critical: Number.POSITIVE_INFINITY } }, ['lqa.weights.critical']],
    [{ weights: { major: Number.NaN }, threshold: -0.5 }, ['lqa.weights.major', 'lqa.threshold']],
    [{ typology: 'sae_j2450' }, ['lqa.typology']],
    [{ disabledCategories: ['fluency'] }, ['lqa.disabledCategories']],
  ])('refuses %p with invalid_lqa_settings naming %p', (patch, paths) => {
    let error: unknown;
    try {
      mergeLqaSettings(undefined, patch);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).code).toBe('invalid_lqa_settings');
    expect(((error as InvalidInput).details?.issues as { path: string }[]).map((issue) => issue.path)).toEqual(paths);
  });
});
