// The first interface language: the user's stored choice, else the browser's, else German.
import { collectResources, initialLanguage } from '../../client/src/lib/language';

describe('initialLanguage', () => {
  test.each([
    ['a stored choice wins over the browser', 'pl', ['de-DE', 'en'], 'pl'],
    ['no choice: the first browser language we speak', null, ['fr-FR', 'pl-PL', 'de'], 'pl'],
    ['region and case do not matter', null, ['EN-gb'], 'en'],
    ['an unknown stored value is ignored', 'cz', ['de-AT'], 'de'],
    ['nothing we speak: German', null, ['fr', 'cs-CZ'], 'de'],
    ['no browser languages at all: German', null, [], 'de'],
  ] as const)('%s', (_name, stored, browser, expected) => {
    expect(initialLanguage(stored, browser)).toBe(expected);
  });
});

describe('collectResources', () => {
  test('files become resources by language and namespace; other files are ignored', () => {
    const resources = collectResources({
      './locales/de/common.json': { ok: 'Ja' },
      './locales/pl/common.json': { ok: 'Tak' },
      './locales/pl/workspace.json': { save: 'Zapisz' },
      './other/en.json': { no: 'No' },
    });
    expect(resources).toEqual({ de: { common: { ok: 'Ja' } }, pl: { common: { ok: 'Tak' }, workspace: { save: 'Zapisz' } } });
  });
});
