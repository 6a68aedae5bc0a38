// The interface languages and how the first one is chosen (pure: no DOM, no storage).

export const LANGUAGES = ['de', 'pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: string | null | undefined): value is Language => LANGUAGES.includes(value as Language);

/** The stored choice, else the first browser language we speak (`pl-PL` → pl), else German. */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'de';
}

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** `./locales/<lang>/<namespace>.json` modules → `resources[lang][namespace]`. */
export function collectResources(modules: Record<string, Record<string, unknown>>): Resources {
  const resources: Resources = {};
  for (const [file, content] of Object.entries(modules)) {
    const match = /locales\/([a-z]+)\/([A-Za-z]+)\.json$/.exec(file);
    if (!match) continue;
    (resources[match[1]] ??= {})[match[2]] = content;
  }
  return resources;
}
