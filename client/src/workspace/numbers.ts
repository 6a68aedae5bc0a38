// formatNumber (format.ts) builds a new Intl.NumberFormat per call; the grid and the filter bar show
// dozens of numbers on every render while 5,000 segments load, so they use one cached formatter per
// locale (the same locale and output as formatNumber without options).
import { locale } from '../format';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatCount(value: number): string {
  const tag = locale();
  let formatter = formatters.get(tag);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag);
    formatters.set(tag, formatter);
  }
  return formatter.format(value);
}
