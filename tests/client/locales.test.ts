// Every interface string exists in German, Polish and English: the same keys in each namespace
// (plural forms aside: Polish has one/few/many, German and English one/other), none empty, and every
// {{placeholder}} of the English text kept in the translations.
import fs from 'node:fs';
import path from 'node:path';

const LOCALES = path.join(__dirname, '../../client/src/locales');
const LANGUAGES = ['de', 'pl', 'en'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

const read = (language: string, namespace: string): Map<string, string> =>
  flatten(JSON.parse(fs.readFileSync(path.join(LOCALES, language, `${namespace}.json`), 'utf8')) as Tree);
const baseKeys = (strings: Map<string, string>) => [...new Set([...strings.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const namespaces = fs.readdirSync(path.join(LOCALES, 'en')).map((file) => file.replace(/\.json$/, ''));

describe('client locales', () => {
  test('every language has the same namespace files', () => {
    for (const language of LANGUAGES) {
      expect([language, fs.readdirSync(path.join(LOCALES, language)).sort()]).toEqual([language, namespaces.map((n) => `${n}.json`).sort()]);
    }
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const en = read('en', namespace);

    test.each(['de', 'pl'])('%s has exactly the English keys', (language) => {
      expect(baseKeys(read(language, namespace))).toEqual(baseKeys(en));
    });

    test.each(LANGUAGES)('%s has no empty strings', (language) => {
      const empty = [...read(language, namespace)].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty).toEqual([]);
    });

    test.each(['de', 'pl'])('%s keeps the placeholders of every English string', (language) => {
      const translated = read(language, namespace);
      const lost: string[] = [];
      for (const [key, text] of translated) {
        const english = en.get(key) ?? en.get(key.replace(PLURAL_SUFFIX, '_other'));
        if (english !== undefined && placeholders(english).some((p) => !placeholders(text).includes(p) && p !== 'count')) lost.push(key);
      }
      expect(lost).toEqual([]);
    });

    test('Polish plurals have the forms one, few, many and other wherever English has a plural', () => {
      const pl = [...read('pl', namespace).keys()];
      const plurals = [...en.keys()].filter((key) => key.endsWith('_other')).map((key) => key.replace(/_other$/, ''));
      for (const key of plurals) {
        expect([key, ['one', 'few', 'many', 'other'].filter((form) => !pl.includes(`${key}_${form}`))]).toEqual([key, []]);
      }
    });
  });
});
