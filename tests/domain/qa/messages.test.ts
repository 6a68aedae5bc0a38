// Every issue code a check (or the TSV reader) can produce has a message in English, German and
// Polish, with the same interpolation variables as the parameters the code carries.
import { QA_CHECKS } from '../../../server/domain/qa/registry';
import { FORMAT_CODES } from '../../../server/domain/qa/tsv';
import de from '../../../server/i18n/locales/de/qa.json';
import en from '../../../server/i18n/locales/en/qa.json';
import pl from '../../../server/i18n/locales/pl/qa.json';

/** "qa.numbers.missing" → the message at numbers.missing. */
function flatten(tree: unknown, prefix = 'qa'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof value === 'string') out[`${prefix}.${key}`] = value;
    else Object.assign(out, flatten(value, `${prefix}.${key}`));
  }
  return out;
}

const variables = (message: string) => [...message.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();

const declared: Record<string, readonly string[]> = Object.assign({}, FORMAT_CODES, ...QA_CHECKS.map((check) => check.codes));
const files = { en: flatten(en), de: flatten(de), pl: flatten(pl) };

describe('QA messages', () => {
  test.each(Object.entries(files))('%s/qa.json has exactly the declared codes', (_lang, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(declared).sort());
  });

  test.each(Object.entries(declared))('%s has messages with the variables %j', (code, params) => {
    for (const messages of Object.values(files)) {
      expect(typeof messages[code]).toBe('string');
      expect(variables(messages[code] as string)).toEqual([...params].sort());
    }
  });

  test('the three languages differ (nothing left untranslated)', () => {
    for (const code of Object.keys(declared)) {
      expect(files.de[code]).not.toBe(files.en[code]);
      expect(files.pl[code]).not.toBe(files.en[code]);
      expect(files.pl[code]).not.toBe(files.de[code]);
    }
  });
});
