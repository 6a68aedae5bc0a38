// Machine translation as the commands see it. integrations/deepl implements it over deepl-node;
// tests use the same implementation against a fake DeepL HTTP server.
import type { Formality } from '../domain/projects/types';
import type { LanguageCode } from '../domain/common';

/** DeepL refuses a request body larger than 128 KiB (HTTP 413); the MT job cuts its batches to fit. */
export const DEEPL_MAX_REQUEST_BYTES = 128 * 1024;

export interface TranslateOptions {
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  formality: Formality;
  /** A DeepL glossary id, when the project has one. */
  glossaryId: string | null;
}

/** One source → target pair of a DeepL glossary. */
export interface GlossaryEntry {
  source: string;
  target: string;
}

export interface Translation {
  text: string;
  billedCharacters: number;
}

/**
 * Why a request failed. `rate_limited` and `unavailable` are worth retrying; `quota_exceeded`
 * (HTTP 456), `auth_failed` (403) and `bad_request` are not; `too_large` (413) is worth sending again
 * in smaller pieces.
 */
export type MtFailureKind = 'rate_limited' | 'unavailable' | 'quota_exceeded' | 'auth_failed' | 'bad_request' | 'too_large';

export class MtFailure extends Error {
  constructor(
    readonly kind: MtFailureKind,
    message: string,
    /** How long DeepL asked to wait before the next request (its Retry-After), when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
    this.name = 'MtFailure';
  }
  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'unavailable';
  }
}

export interface MachineTranslator {
  /** False when no DEEPL_AUTH_KEY is configured: MT is off. */
  readonly configured: boolean;
  /**
   * Translates up to 50 texts in one request, in order. Texts carry inline placeholders as XML
   * tags (`<g id="1">…</g>`, `<x id="2"/>`) and are sent with tag_handling 'xml'. Throws MtFailure.
   */
  translate(texts: readonly string[], options: TranslateOptions): Promise<Translation[]>;
  /**
   * Makes a DeepL DE→PL glossary hold exactly `entries` (DeepL v3 multilingual glossaries) and returns
   * its id. A glossary's id changes with its content (a new one replaces `existingId`, which is then
   * deleted), so MT cache keys that include the id never mix translations made with different terms.
   * With no entries it deletes `existingId` and returns null. Throws MtFailure.
   */
  syncGlossary(entries: readonly GlossaryEntry[], existingId: string | null): Promise<string | null>;
}
