// The QA settings screen's draft → the settings it saves.
import type { QaCheckSetting } from '../../client/src/api/types';
import { defaultChecks, qaSettingsPatch, sameSettings } from '../../client/src/qa/qaSettings';

const CHECKS: QaCheckSetting[] = [
  { id: 'numbers', defaultSeverity: 'error', defaultEnabled: true, enabled: true, severity: 'warning' },
  { id: 'whitespace', defaultSeverity: 'warning', defaultEnabled: true, enabled: false, severity: 'warning' },
  { id: 'mt_unedited', defaultSeverity: 'info', defaultEnabled: true, enabled: true, severity: 'info' },
  { id: 'nbsp', defaultSeverity: 'info', defaultEnabled: false, enabled: true, severity: 'info' },
];

describe('QA settings draft', () => {
  test('sends the checks switched off, those switched on that are off by default, and only the severities that differ from the default', () => {
    expect(qaSettingsPatch(CHECKS)).toEqual({ disabled: ['whitespace'], enabled: ['nbsp'], severity: { numbers: 'warning' } });
  });

  test('defaults switch every check on at its default severity, except those off by default, which saves empty settings', () => {
    expect(defaultChecks(CHECKS).map(({ id, enabled, severity }) => [id, enabled, severity])).toEqual([
      ['numbers', true, 'error'],
      ['whitespace', true, 'warning'],
      ['mt_unedited', true, 'info'],
      ['nbsp', false, 'info'],
    ]);
    expect(qaSettingsPatch(defaultChecks(CHECKS))).toEqual({ disabled: [], enabled: [], severity: {} });
  });

  test('two drafts are the same when they would save the same settings', () => {
    expect(sameSettings(CHECKS, CHECKS.map((check) => ({ ...check })))).toBe(true);
    expect(sameSettings(CHECKS, defaultChecks(CHECKS))).toBe(false);
  });
});
