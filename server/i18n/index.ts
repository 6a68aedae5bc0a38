// One i18next instance, initialised synchronously with bundled resources. Messages live in
// locales/<lang>/errors.json: one key per error code, plus `entity`, `state` and `action` sections
// that localize the names interpolated into messages (not_found's {{entity}}, invalid_transition's
// {{from}} and {{action}}).
import i18next from 'i18next';
import de from './locales/de/errors.json';
import en from './locales/en/errors.json';
import pl from './locales/pl/errors.json';
import deQa from './locales/de/qa.json';
import enQa from './locales/en/qa.json';
import plQa from './locales/pl/qa.json';

export const LANGUAGES = ['de', 'pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export type MessageParams = Record<string, string | number>;

/** The bundled messages, by language (tests compare the three). */
export const MESSAGES = { de, pl, en } as const;

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  // qa.json holds QA codes without their `qa.` prefix, so it is nested under `qa` in its namespace.
  resources: {
    de: { errors: de, qa: { qa: deQa } },
    pl: { errors: pl, qa: { qa: plQa } },
    en: { errors: en, qa: { qa: enQa } },
  },
  supportedLngs: [...LANGUAGES],
  fallbackLng: DEFAULT_LANGUAGE,
  ns: ['errors', 'qa'],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Which section localizes which interpolation parameter. */
const LOCALIZED_PARAMS: Readonly<Record<string, string>> = { entity: 'entity', from: 'state', action: 'action' };

function localizeParams(params: MessageParams, lng: Language): MessageParams {
  const result: MessageParams = { ...params };
  for (const [param, section] of Object.entries(LOCALIZED_PARAMS)) {
    const value = params[param];
    if (value === undefined) continue;
    const key = `${section}.${value}`;
    if (i18n.exists(key, { lng })) result[param] = i18n.t(key, { lng });
    else if (param === 'entity') result[param] = i18n.t('entity.record', { lng });
  }
  return result;
}

/**
 * The message for an error code in a language, its parameters localized. A code without a message
 * gives `fallback` (a DomainError's own English message) or, lacking that, the code itself.
 */
export function translateError(code: string, params: MessageParams = {}, lang: Language = DEFAULT_LANGUAGE, fallback?: string): string {
  if (!isMessageCode(code)) return fallback ?? code;
  return i18n.t(code, { lng: lang, replace: localizeParams(params, lang) });
}

/** A message lookup bound to one language (the presenters' `Translate`). */
export const translatorFor =
  (lang: Language) =>
  (code: string, params?: MessageParams): string =>
    translateError(code, params, lang);

/** Whether a code has a message (sections such as `entity` are not codes). */
export function isMessageCode(code: string): boolean {
  return typeof (en as Record<string, unknown>)[code] === 'string';
}

/**
 * The best supported language for an Accept-Language header: entries sorted by q (ties keep their
 * order), `de-DE` counts as `de`, q=0 excludes; anything unusable gives English.
 */
export function pickLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const entries = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...attributes] = part.trim().split(';');
      const q = attributes.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('q='));
      const weight = q === undefined ? 1 : Number.parseFloat(q.slice(2));
      return { base: tag.trim().toLowerCase().split('-')[0], weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  const match = entries.find((entry) => (LANGUAGES as readonly string[]).includes(entry.base));
  return (match?.base as Language | undefined) ?? DEFAULT_LANGUAGE;
}

// Every answer about a segment carries its QA messages, mostly the same few again and again, and
// i18next takes tens of microseconds for each: a message once made is kept (the catalogues never change
// while the server runs). Bounded: when full, it starts afresh.
const qaMessages = new Map<string, string>();
const QA_MESSAGES_KEPT = 10_000;

/** The message of a QA issue code (e.g. `qa.numbers.missing`) in a language; the code itself if unknown. */
export function translateQa(code: string, params: MessageParams = {}, lang: Language = DEFAULT_LANGUAGE): string {
  const key = `${lang}\u0000${code}\u0000${JSON.stringify(params)}`;
  let message = qaMessages.get(key);
  if (message === undefined) {
    message = i18n.exists(code, { ns: 'qa', lng: lang }) ? i18n.t(code, { ns: 'qa', lng: lang, replace: params }) : code;
    if (qaMessages.size >= QA_MESSAGES_KEPT) qaMessages.clear();
    qaMessages.set(key, message);
  }
  return message;
}

/** A label from a section of the catalogue (`bilingual.source`, `state.draft`, `reference.title` …) in a language; the key itself if unknown. */
export function translateLabel(key: string, lang: Language = DEFAULT_LANGUAGE): string {
  return i18n.exists(key, { lng: lang }) ? i18n.t(key, { lng: lang }) : key;
}
