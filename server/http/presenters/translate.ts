/** A message lookup already bound to the request's language (see i18n). */
export type Translate = (code: string, params?: Record<string, string | number>) => string;
