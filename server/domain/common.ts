// The plain values every domain module shares.

export type LanguageCode = 'de' | 'pl';
/** An ISO-8601 timestamp in UTC, e.g. "2026-11-24T10:00:00.000Z". */
export type Timestamp = string;
