// Polish typesetting keeps together what a line break must not separate: a one-letter word (w, z, i, o,
// u, a) and the word after it, a number and its unit, and the groups of a large number. Where the
// target has an ordinary space there, this check notes it (severity info; off unless a project switches
// it on, because many texts end up where the layout decides anyway).
import { findNumbers } from '../../text/urlsEmailsNumbers';
import { proseOf } from '../text';
import type { QaCheck, QaFinding } from '../types';

const SINGLE_LETTER = /(?<![\p{L}\p{N}\p{M}])([wziouaWZIOUA]) (?=\S)/gu;
const UNITS = ['km/h', 'km', 'm²', 'm³', 'cm', 'mm', 'm', 'kg', 'g', 't', 'l', 'ml', 'ha', 'h', 'min', 's', 'zł', 'gr', 'euro', 'EUR', '€', '°C', 'kWh', 'kW', 'MW', 'tys.', 'mln', 'mld'];
const NUMBER_UNIT = new RegExp(`(\\d) (${UNITS.map((unit) => unit.replace(/[./]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

export const nonBreakingSpaces: QaCheck = {
  id: 'nbsp',
  defaultSeverity: 'info',
  defaultEnabled: false,
  codes: {
    'qa.nbsp.single_letter': ['word'],
    'qa.nbsp.unit': ['text'],
    'qa.nbsp.thousands': ['number'],
  },
  run(_source, target) {
    const prose = proseOf(target);
    const issues: QaFinding[] = [];
    const letters = new Set<string>();
    for (const match of prose.matchAll(SINGLE_LETTER)) letters.add(match[1] as string);
    for (const word of letters) issues.push({ code: 'qa.nbsp.single_letter', params: { word } });
    for (const number of findNumbers(prose)) {
      if (number.grouped && number.text.includes(' ')) issues.push({ code: 'qa.nbsp.thousands', params: { number: number.text } });
    }
    for (const match of prose.matchAll(NUMBER_UNIT)) {
      const start = match.index;
      const digits = /[\d,]*$/u.exec(prose.slice(0, start + 1))?.[0] ?? '';
      issues.push({ code: 'qa.nbsp.unit', params: { text: `${digits} ${match[2] as string}` } });
    }
    return issues;
  },
};
