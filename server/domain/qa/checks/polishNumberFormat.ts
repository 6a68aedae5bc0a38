// Polish writes thousands with a (non-breaking) space and decimals with a comma: "1 000,50", not the
// German "1.000,50". A number grouped with dots in the target is reported with its Polish form.
import { findNumbers } from '../../text/urlsEmailsNumbers';
import { proseOf } from '../text';
import type { QaCheck, QaFinding } from '../types';

const NBSP = '\u00a0';

/** "1.250.000" → "1 250 000" (no-break spaces), the decimal part kept. */
export function polishNumberForm(german: string): string {
  const [integer = '', decimals] = german.split(',');
  const grouped = integer.replace(/\./g, '').replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return decimals === undefined ? grouped : `${grouped},${decimals}`;
}

export const polishNumberFormat: QaCheck = {
  id: 'polish_number_format',
  defaultSeverity: 'warning',
  codes: { 'qa.polish_number_format.german_grouping': ['found', 'suggestion'] },
  run(_source, target) {
    const prose = proseOf(target);
    const issues: QaFinding[] = [];
    for (const number of findNumbers(prose)) {
      if (!number.grouped || !number.text.includes('.')) continue;
      const rest = prose.slice(number.end);
      if (/^\.\d/u.test(rest)) continue; // "192.168.1.1": no number at all
      const found = number.text + (/^,\d+/u.exec(rest)?.[0] ?? '');
      issues.push({ code: 'qa.polish_number_format.german_grouping', params: { found, suggestion: polishNumberForm(found) } });
    }
    return issues;
  },
};
