// A project's terminology: German terms with their prescribed Polish equivalents. Plain data, like the
// other modules' types.ts; the rules a term's fields obey are checked here once (`normalizeTermFields`),
// so the HTTP schemas, the CSV/TBX readers and the commands agree on them.
import { InvalidInput } from '../errors';
import type { Timestamp } from '../common';

export const PARTS_OF_SPEECH = ['noun', 'proper_noun', 'adjective', 'verb', 'adverb', 'phrase', 'other'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** `approved` terms are binding (QA checks, DeepL glossary); `proposed` ones wait for a coordinator. */
export const GLOSSARY_TERM_STATUSES = ['approved', 'proposed'] as const;
export type GlossaryTermStatus = (typeof GLOSSARY_TERM_STATUSES)[number];

/** What a person (or an imported file) says about a term. */
export interface GlossaryTermFields {
  /** The German term, in its base form (nominative singular for nouns). */
  de: string;
  /** The prescribed Polish term, in its base form. */
  pl: string;
  note: string | null;
  partOfSpeech: PartOfSpeech | null;
  /** Match only with the exact capitalization (both languages). */
  caseSensitive: boolean;
  /** Polish variants the glossary rules out (e.g. a superseded name). */
  forbidden: string[];
  status: GlossaryTermStatus;
  /** The German term also counts inside a compound ("Grenzraum" in "Grenzraumstudie"). */
  compound: boolean;
}

export interface GlossaryTerm extends GlossaryTermFields {
  id: string;
  projectId: string;
  /** Increments on every change; clients send the version they saw (optimistic locking). */
  version: number;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** Which DeepL glossary holds a project's approved terms, and the content it was made from. */
export interface DeeplGlossaryState {
  projectId: string;
  /** null when the project had no approved term at the last sync (no DeepL glossary exists). */
  deeplGlossaryId: string | null;
  /** Hash of the entries (and language pair) last sent to DeepL. */
  syncedHash: string;
  syncedAt: Timestamp;
}

export const TERM_MAX_LENGTH = 500;
export const NOTE_MAX_LENGTH = 2000;
export const FORBIDDEN_MAX_COUNT = 50;
/** Terms per part of a glossary file written in parts (csv.ts, tbx.ts): each part a few milliseconds of work. */
export const TERMS_PER_FILE_PART = 1000;

/** C0/C1 control characters (tab and newlines included) and the Unicode line separators: DeepL refuses them in glossaries. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** A term as stored: NFC, trimmed, inner whitespace runs collapsed to one space. */
export const cleanTerm = (text: string): string => text.normalize('NFC').trim().replace(/\s+/gu, ' ');

/** Why a field is invalid, or null. */
function termProblem(field: string, value: string): string | null {
  if (value === '') return `${field} is empty`;
  if (value.length > TERM_MAX_LENGTH) return `${field} is longer than ${TERM_MAX_LENGTH} characters`;
  if (CONTROL.test(value) || LONE_SURROGATE.test(value)) return `${field} contains control characters`;
  return null;
}

export class InvalidGlossaryTerm extends InvalidInput {
  constructor(readonly problems: string[]) {
    super(`invalid glossary term: ${problems.join('; ')}`, { problems }, 'invalid_glossary_term');
  }
}

/**
 * The fields cleaned (terms trimmed and NFC, note trimmed or null, forbidden variants cleaned, empty
 * ones dropped, duplicates and the approved term itself removed), or InvalidGlossaryTerm listing every
 * problem: an empty or over-long term, control characters, a variant containing `|` (the CSV separator).
 */
export function normalizeTermFields(fields: GlossaryTermFields): GlossaryTermFields {
  const de = cleanTerm(fields.de);
  const pl = cleanTerm(fields.pl);
  const note = fields.note === null ? null : fields.note.normalize('NFC').trim();
  const problems: string[] = [];
  for (const [field, value] of [['de', de], ['pl', pl]] as const) {
    const problem = termProblem(field, value);
    if (problem) problems.push(problem);
  }
  if (note !== null && note.length > NOTE_MAX_LENGTH) problems.push(`note is longer than ${NOTE_MAX_LENGTH} characters`);
  if (note !== null && LONE_SURROGATE.test(note)) problems.push('note contains invalid characters');
  const forbidden: string[] = [];
  for (const raw of fields.forbidden) {
    const variant = cleanTerm(raw);
    if (variant === '') continue;
    const problem = termProblem('forbidden variant', variant);
    if (problem) problems.push(problem);
    else if (variant.includes('|')) problems.push('forbidden variant contains "|"');
    else if (variant.toLocaleLowerCase('pl') === pl.toLocaleLowerCase('pl')) continue;
    else if (!forbidden.some((v) => v.toLocaleLowerCase('pl') === variant.toLocaleLowerCase('pl'))) forbidden.push(variant);
  }
  if (forbidden.length > FORBIDDEN_MAX_COUNT) problems.push(`more than ${FORBIDDEN_MAX_COUNT} forbidden variants`);
  if (problems.length > 0) throw new InvalidGlossaryTerm(problems);
  return { ...fields, de, pl, note: note === '' ? null : note, forbidden };
}

/** The key under which an import recognizes an existing term: the German and the Polish term, case-insensitively. */
export const termPairKey = (term: Pick<GlossaryTermFields, 'de' | 'pl'>): string =>
  `${cleanTerm(term.de).toLocaleLowerCase('de')}\u0000${cleanTerm(term.pl).toLocaleLowerCase('pl')}`;

/** Whether two sets of fields say the same (after normalization). */
export function sameFields(a: GlossaryTermFields, b: GlossaryTermFields): boolean {
  return (
    a.de === b.de &&
    a.pl === b.pl &&
    a.note === b.note &&
    a.partOfSpeech === b.partOfSpeech &&
    a.caseSensitive === b.caseSensitive &&
    a.status === b.status &&
    a.compound === b.compound &&
    a.forbidden.length === b.forbidden.length &&
    a.forbidden.every((variant, i) => variant === b.forbidden[i])
  );
}

/** Default fields of a term given only its two forms. */
export const termFields = (de: string, pl: string, overrides: Partial<GlossaryTermFields> = {}): GlossaryTermFields => ({
  de,
  pl,
  note: null,
  partOfSpeech: null,
  caseSensitive: false,
  forbidden: [],
  status: 'approved',
  compound: false,
  ...overrides,
});
