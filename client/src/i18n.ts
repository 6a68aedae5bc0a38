// Every user-facing string comes from locales/<lang>/<namespace>.json. The language is the one the
// user chose (remembered in localStorage), else the browser's first supported one, else German.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['de', 'pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'nysa.language';

type Resources = Record<string, Record<string, Record<string, unknown>>>;
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

/** locales/<lang>/<ns>.json → resources[lang][ns]. */
export function collectResources(modules: Record<string, Record<string, unknown>>): Resources {
  const resources: Resources = {};
  for (const [file, content] of Object.entries(modules)) {
    const match = /locales\/([a-z]+)\/([A-Za-z]+)\.json$/.exec(file);
    if (!match) continue;
    (resources[match[1]] ??= {})[match[2]] = content;
  }
  return resources;
}

const isLanguage = (value: string | null | undefined): value is Language => LANGUAGES.includes(value as Language);

/** The stored choice, else the first browser language we speak, else German. */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'de';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18next.changeLanguage(language);
}

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'de');

const resources = collectResources(files);
void i18next.use(initReactI18next).init({
  resources,
  lng: initialLanguage(readStored(), navigator.languages ?? [navigator.language]),
  fallbackLng: 'en',
  ns: Object.keys(resources.en ?? { common: {} }),
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});
i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18next.language;

export default i18next;
