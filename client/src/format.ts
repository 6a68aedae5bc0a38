// Numbers, dates and durations formatted for the interface language. Formatters are cached per
// locale and options: building an Intl formatter costs more than formatting, and grids format a lot.
import { currentLanguage } from './i18n';

const LOCALES = { de: 'de-DE', pl: 'pl-PL', en: 'en-GB' } as const;
export const locale = (): string => LOCALES[currentLanguage()];

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(), options)));
  return format;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale(), options)));
  return format;
}

export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string => numberFormat(options).format(value);

export const formatPercent = (value: number): string => numberFormat({ style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

export const formatDate = (iso: string | null | undefined): string => (iso ? dateFormat({ dateStyle: 'medium' }).format(new Date(iso)) : '—');

export const formatDateTime = (iso: string | null | undefined): string =>
  iso ? dateFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '—';

/**
 * A due date is a day, not an instant: it is stored as the end of the chosen day in UTC and shown in
 * UTC, so the day a person picked is the day everyone reads back, whatever their time zone.
 */
export const formatDueDate = (iso: string | null | undefined): string =>
  iso ? dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso)) : '—';

/** `2025-03-14` → a short day (14 Mar / 14. März / 14 mar). */
export const formatShortDay = (day: string): string => dateFormat({ day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** `2025-03-14` → a full day for tables and summaries. */
export const formatDay = (day: string): string => dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
