// Every user-facing string comes from locales/<lang>/<namespace>.json. The language is the one the
// user chose (remembered in localStorage), else the browser's first supported one, else German.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { collectResources, initialLanguage, isLanguage, type Language } from './lib/language';

export { LANGUAGES, type Language } from './lib/language';

const STORAGE_KEY = 'nysa.language';
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

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
