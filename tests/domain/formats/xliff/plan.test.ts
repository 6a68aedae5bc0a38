// Re-import planning: every rule of planXliffImport on small cases, the XLIFF states coming back,
// and the returned Smart Integration files.
import {
  importActionOf,
  planXliffImport,
  readXliff,
  type XliffPlanSegment,
  type XliffReadUnit,
} from '../../../../server/domain/formats/xliff';
import { smartIntegrationDocument } from '../../../../scripts/fixtures/xliff';
import { fixture } from './support';

const segment = (overrides: Partial<XliffPlanSegment> = {}): XliffPlanSegment => ({
  id: 's1',
  source: 'Das {1}Rathaus{/1} ist offen.',
  target: null,
  state: 'new',
  version: 3,
  ...overrides,
});
const unit = (overrides: Partial<XliffReadUnit> = {}): XliffReadUnit => ({
  id: 's1',
  source: 'Das {1}Rathaus{/1} ist offen.',
  target: '{1}Ratusz{/1} jest otwarty.',
  state: 'translated',
  nysaVersion: 3,
  translate: true,
  ...overrides,
});
const EMPTY = { updates: [], unchanged: [], conflicts: [], refused: [] };

describe('planXliffImport', () => {
  it('plans an update when the target changed and the segment did not change since the export', () => {
    expect(planXliffImport([segment()], [unit()])).toEqual({
      ...EMPTY,
      updates: [{ segmentId: 's1', target: '{1}Ratusz{/1} jest otwarty.', expectedVersion: 3, action: 'confirm', xliffState: 'translated' }],
    });
  });

  it('renumbers the target’s placeholders to the segment’s when the file numbered them otherwise', () => {
    const plan = planXliffImport([segment()], [unit({ source: 'Das {7}Rathaus{/7} ist offen.', target: '{7}Ratusz{/7} jest otwarty.' })]);
    expect(plan.updates[0]!.target).toBe('{1}Ratusz{/1} jest otwarty.');
  });

  it('leaves damaged placeholders for QA: a dropped tag is still an update', () => {
    expect(planXliffImport([segment()], [unit({ target: 'Ratusz jest otwarty.' })]).updates[0]!.target).toBe('Ratusz jest otwarty.');
  });

  it('refuses the second unit with an id already seen, after planning the first', () => {
    const plan = planXliffImport([segment()], [unit(), unit({ target: 'inny' })]);
    expect(plan.updates.map((update) => update.target)).toEqual(['{1}Ratusz{/1} jest otwarty.']);
    expect(plan.refused).toEqual([{ unitId: 's1', reason: 'duplicate_unit' }]);
  });

  it.each([
    ['an id no segment has', unit({ id: 'x9' }), { unitId: 'x9', reason: 'unknown_unit' }],
    ['a source that changed', unit({ source: 'Das {1}Rathaus{/1} ist zu.' }), { unitId: 's1', reason: 'source_mismatch' }],
  ])('refuses %s', (_what, returned, refusal) => {
    expect(planXliffImport([segment()], [returned])).toEqual({ ...EMPTY, refused: [refusal] });
  });

  it('matches sources whatever their placeholder numbering, whitespace runs and Unicode composition', () => {
    const plan = planXliffImport([segment()], [unit({ source: 'Das  {4}Rathaus{/4}\nist offen.'.normalize('NFD') })]);
    expect(plan.refused).toEqual([]);
    expect(plan.updates).toHaveLength(1);
  });

  it.each([
    ['no target', { target: null }, null],
    ['an empty target', { target: '' }, null],
    ['a target of whitespace', { target: '  ' }, null],
    ['the same target', { target: '{1}Ratusz{/1} jest otwarty.' }, '{1}Ratusz{/1} jest otwarty.'],
    ['the same target numbered otherwise', { source: 'Das {2}Rathaus{/2} ist offen.', target: '{2}Ratusz{/2} jest otwarty.' }, '{1}Ratusz{/1} jest otwarty.'],
  ])('reports %s as unchanged', (_what, overrides, ours) => {
    expect(planXliffImport([segment({ target: ours, state: ours ? 'translated' : 'new' })], [unit(overrides)])).toEqual({ ...EMPTY, unchanged: ['s1'] });
  });

  it.each([
    ['locked', 'segment_locked'],
    ['approved', 'segment_approved'],
  ] as const)('refuses a changed target for a %s segment', (state, reason) => {
    expect(planXliffImport([segment({ state, target: 'stary' })], [unit()])).toEqual({ ...EMPTY, refused: [{ unitId: 's1', reason }] });
  });

  it('reports an unchanged target of a locked segment as unchanged, not refused', () => {
    expect(planXliffImport([segment({ state: 'locked', target: '{1}Ratusz{/1} jest otwarty.' })], [unit({ state: 'final' })])).toEqual({ ...EMPTY, unchanged: ['s1'] });
  });

  it('reports a conflict with both texts when the segment changed in Nysa since the export', () => {
    expect(planXliffImport([segment({ target: 'Ratusz czynny.', state: 'draft', version: 5 })], [unit()])).toEqual({
      ...EMPTY,
      conflicts: [{ segmentId: 's1', reason: 'changed_since_export', theirs: '{1}Ratusz{/1} jest otwarty.', ours: 'Ratusz czynny.', fileVersion: 3, currentVersion: 5 }],
    });
  });

  it('reports a conflict when the file carries no version to compare', () => {
    expect(planXliffImport([segment()], [unit({ nysaVersion: undefined })])).toEqual({
      ...EMPTY,
      conflicts: [{ segmentId: 's1', reason: 'version_missing', theirs: '{1}Ratusz{/1} jest otwarty.', ours: null, currentVersion: 3 }],
    });
  });

  it('ignores segments the file does not mention', () => {
    expect(planXliffImport([segment(), segment({ id: 's2' })], [unit({ target: null })])).toEqual({ ...EMPTY, unchanged: ['s1'] });
  });
});

describe('XLIFF states in (xliff/states.ts)', () => {
  it.each([
    ['new', 'edit'],
    ['needs-translation', 'edit'],
    ['needs-adaptation', 'edit'],
    ['needs-l10n', 'edit'],
    ['needs-review-translation', 'edit'],
    ['needs-review-adaptation', 'edit'],
    ['needs-review-l10n', 'edit'],
    ['translated', 'confirm'],
    ['signed-off', 'confirm'],
    ['final', 'confirm'],
    ['initial', 'edit'],
    ['reviewed', 'confirm'],
    ['x-trados-draft', 'edit'],
    ['toString', 'edit'],
    [undefined, 'edit'],
  ] as const)('turns a changed target in state %s into %s (nothing from outside approves)', (state, action) => {
    expect(importActionOf(state)).toBe(action);
  });
});

describe('planXliffImport: returned Smart Integration files', () => {
  const segments = (): XliffPlanSegment[] =>
    smartIntegrationDocument().segments.map(({ id, source, target, state, version }) => ({ id, source, target, state, version }));

  it.each(['smart-integration-returned-1.2.xlf', 'smart-integration-returned-2.0.xlf'])('plans %s: five updates, the rest unchanged', (name) => {
    const plan = planXliffImport(segments(), readXliff(fixture(name)).units);
    expect(plan.updates.map(({ segmentId, expectedVersion, action }) => [segmentId, expectedVersion, action])).toEqual([
      ['si-03', 1, 'confirm'],
      ['si-06', 5, 'confirm'],
      ['si-07', 1, name.includes('1.2') ? 'edit' : 'confirm'],
      ['si-11', 1, 'confirm'],
      ['si-15', 5, 'confirm'],
    ]);
    expect(plan.updates[0]!.target).toBe('PROJEKT\nSmart Integration');
    expect(plan.unchanged).toEqual(['si-01', 'si-02', 'si-04', 'si-05', 'si-08', 'si-09', 'si-10', 'si-12', 'si-13', 'si-14']);
    expect(plan.conflicts).toEqual([]);
    expect(plan.refused).toEqual([]);
  });

  it('reports segments edited in Nysa after the export as conflicts', () => {
    const current = segments().map((s) => (s.id === 'si-06' ? { ...s, target: 'Nowa wersja.', version: 6 } : s));
    const plan = planXliffImport(current, readXliff(fixture('smart-integration-returned-1.2.xlf')).units);
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ segmentId: 'si-06', reason: 'changed_since_export', ours: 'Nowa wersja.', fileVersion: 5, currentVersion: 6 }),
    ]);
    expect(plan.conflicts[0]!.theirs).toContain('{1}Saksońskie Ministerstwo Spraw Wewnętrznych{/1}, pełniące w projekcie rolę');
  });

  it('refuses a unit whose id is not the document’s and one whose source changed', () => {
    expect(planXliffImport(segments(), readXliff(fixture('smart-integration-mismatched-ids-1.2.xlf')).units).refused).toEqual([{ unitId: 'si-99', reason: 'unknown_unit' }]);
    expect(planXliffImport(segments(), readXliff(fixture('smart-integration-mismatched-source-1.2.xlf')).units).refused).toEqual([{ unitId: 'si-07', reason: 'source_mismatch' }]);
  });
});
