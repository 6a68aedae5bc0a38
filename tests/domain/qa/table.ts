// Table-driven cases for one QA check, in the manner of Weblate's checks/tests: good pairs give no
// issue, bad pairs give exactly the listed issues (code and parameters, in order).
import type { QaCheck, QaContext, QaFinding } from '../../../server/domain/qa/types';

/** [what the case shows, German source, Polish target, context] */
export type GoodPair = [string, string, string, QaContext?];
/** [what the case shows, German source, Polish target, expected issues, context] */
export type BadPair = [string, string, string, QaFinding[], QaContext?];

export const issue = (code: string, params: QaFinding['params'] = {}): QaFinding => ({ code, params });

export function checkTable(check: QaCheck, table: { good: GoodPair[]; bad: BadPair[] }): void {
  describe(`QA check ${check.id}`, () => {
    // every row gets all its columns: jest passes `done` to a callback with more parameters than the row
    const good = table.good.map(([what, source, target, context]) => [what, source, target, context ?? {}] as const);
    const bad = table.bad.map(([what, source, target, expected, context]) => [what, source, target, expected, context ?? {}] as const);

    test.each(good)('accepts %s', (_what, source, target, context) => {
      expect(check.run(source, target, context)).toEqual([]);
    });

    test.each(bad)('reports %s', (_what, source, target, expected, context) => {
      const found = check.run(source, target, context);
      expect(found).toEqual(expected);
      for (const { code, params } of found) {
        expect(check.codes[code]).toBeDefined();
        expect(Object.keys(params).sort()).toEqual([...(check.codes[code] ?? [])].sort());
      }
    });
  });
}
