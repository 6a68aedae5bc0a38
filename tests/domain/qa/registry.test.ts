import { getCheck, QA_CHECK_IDS, QA_CHECKS, runChecks } from '../../../server/domain/qa/registry';

// One pair with issues of every severity: a dropped placeholder and number (errors), a lost full
// stop (warning), and an unedited MT proposal (info).
const source = 'Bitte lesen Sie {1}die Hinweise{/1} bis zum 31. März.';
const target = 'Prosimy zapoznać się z uwagami do marca';
const context = { mtTarget: target };

describe('QA registry', () => {
  test('lists every check once, in a fixed order', () => {
    expect(QA_CHECK_IDS).toEqual([
      'placeholders',
      'numbers',
      'urls_emails',
      'glossary_missing',
      'glossary_forbidden',
      'untranslated_words',
      'same_as_source',
      'end_punctuation',
      'brackets_quotes',
      'whitespace',
      'length_ratio',
      'inconsistent_translation',
      'mt_unedited',
      'polish_number_format',
      'straight_quotes',
      'nbsp',
    ]);
  });

  test('placeholders and numbers are errors, mt_unedited and nbsp are info, the rest warnings', () => {
    expect(Object.fromEntries(QA_CHECKS.map((check) => [check.id, check.defaultSeverity]))).toEqual({
      placeholders: 'error',
      numbers: 'error',
      urls_emails: 'warning',
      glossary_missing: 'warning',
      glossary_forbidden: 'warning',
      untranslated_words: 'warning',
      same_as_source: 'warning',
      end_punctuation: 'warning',
      brackets_quotes: 'warning',
      whitespace: 'warning',
      length_ratio: 'warning',
      inconsistent_translation: 'warning',
      mt_unedited: 'info',
      polish_number_format: 'warning',
      straight_quotes: 'warning',
      nbsp: 'info',
    });
  });

  test('only nbsp is off by default; a project switches it on with `enabled`', () => {
    expect(QA_CHECKS.filter((check) => check.defaultEnabled === false).map((check) => check.id)).toEqual(['nbsp']);
    const target = 'Trasa ma 5 km.';
    expect(runChecks('Die Strecke ist 5 km lang.', target).map((issue) => issue.check)).toEqual([]);
    expect(runChecks('Die Strecke ist 5 km lang.', target, {}, { enabled: ['nbsp'] })).toEqual([
      { check: 'nbsp', severity: 'info', code: 'qa.nbsp.unit', params: { text: '5 km' } },
    ]);
    expect(runChecks('Die Strecke ist 5 km lang.', target, {}, { enabled: ['nbsp'], disabled: ['nbsp'] })).toEqual([]);
  });

  test('a finding the check is unsure of is a warning even where the check is an error', () => {
    expect(runChecks('Sie schrumpft seit den 2000er-Jahren.', 'Maleje od pierwszej dekady XXI wieku.')).toEqual([
      { check: 'numbers', severity: 'warning', code: 'qa.numbers.missing', params: { number: '2000er' } },
    ]);
    expect(runChecks('Sie schrumpft seit den 2000er-Jahren.', 'Maleje od pierwszej dekady XXI wieku.', {}, { severity: { numbers: 'info' } })[0]?.severity).toBe('info');
  });

  test('every code belongs to its check', () => {
    for (const check of QA_CHECKS) {
      for (const code of Object.keys(check.codes)) expect(code.startsWith(`qa.${check.id}.`)).toBe(true);
    }
  });

  test('getCheck finds a check by id and gives undefined for an unknown one', () => {
    expect(getCheck('numbers')?.id).toBe('numbers');
    expect(getCheck('spelling')).toBeUndefined();
  });

  test('runs every check and lists errors, then warnings, then infos', () => {
    expect(runChecks(source, target, context)).toEqual([
      { check: 'placeholders', severity: 'error', code: 'qa.placeholders.missing', params: { placeholder: '{1}…{/1}' } },
      { check: 'numbers', severity: 'error', code: 'qa.numbers.missing', params: { number: '31. März' } },
      { check: 'end_punctuation', severity: 'warning', code: 'qa.end_punctuation.missing', params: { expected: '.' } },
      { check: 'mt_unedited', severity: 'info', code: 'qa.mt_unedited.unedited', params: {} },
    ]);
  });

  test('leaves out disabled checks and ignores unknown ids', () => {
    const issues = runChecks(source, target, context, { disabled: ['numbers', 'mt_unedited', 'spelling'] });
    expect(issues.map((issue) => issue.check)).toEqual(['placeholders', 'end_punctuation']);
  });

  test('a severity override moves the issue to its new severity, in registry order', () => {
    const issues = runChecks(source, target, context, { severity: { end_punctuation: 'error', placeholders: 'info' } });
    expect(issues.map((issue) => [issue.check, issue.severity])).toEqual([
      ['numbers', 'error'],
      ['end_punctuation', 'error'],
      ['placeholders', 'info'],
      ['mt_unedited', 'info'],
    ]);
  });

  test('passes the context to the checks', () => {
    const issues = runChecks('Der Landkreis informiert.', 'Okręg informuje.', {
      glossary: [{ source: 'Landkreis', target: 'powiat', forbidden: ['okręg'], found: false }],
      otherTranslations: ['Powiat informuje.'],
    });
    expect(issues.map((issue) => issue.code)).toEqual([
      'qa.glossary_missing.term_missing',
      'qa.glossary_forbidden.forbidden_used',
      'qa.inconsistent_translation.differs',
    ]);
  });

  test('a good translation has no issues', () => {
    expect(runChecks('Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się czwarte spotkanie.')).toEqual([]);
  });

  test('an empty target has nothing to check', () => {
    expect(runChecks('Der Antrag ist vollständig.', '  ', context)).toEqual([]);
  });
});
