// MachineTranslator for DeepL. One translate() call is one POST /v2/translate (./translateRequest.ts:
// form-urlencoded, repeated `text` fields, tag_handling=xml, show_billed_characters=1), sent with fetch
// so that Retry-After reaches the MT job; glossaries go through deepl-node, whose own retries are
// switched off. The MT job retries with its own backoff, so every DeepL request is one we chose to send.
import {
  AuthorizationError,
  ConnectionError,
  DeepLClient,
  DeepLError,
  GlossaryEntries,
  GlossaryNotFoundError,
  QuotaExceededError,
  TooManyRequestsError,
  type SourceLanguageCode,
  type TargetLanguageCode,
} from 'deepl-node';
import type { LanguageCode } from '../../domain/common';
import { sendTranslateRequest } from './translateRequest';
import {
  MtFailure,
  type GlossaryEntry,
  type MachineTranslator,
  type MtFailureKind,
  type TranslateOptions,
  type Translation,
} from '../../ports/machineTranslator';

export interface DeeplTranslatorOptions {
  authKey: string;
  /** Overrides DeepL's address (tests: the fake server on 127.0.0.1). Null or absent: DeepL picks by key. */
  serverUrl?: string | null;
  /** Per-request timeout in milliseconds; default 30 s. deepl-node never waits less than about 1 s. */
  timeoutMs?: number;
}

/** DeepL accepts at most this many texts in one request. */
export const DEEPL_MAX_TEXTS_PER_REQUEST = 50;

const DEFAULT_TIMEOUT_MS = 30_000;

const SOURCE_LANGS: Record<LanguageCode, SourceLanguageCode> = { de: 'de', pl: 'pl' };
const TARGET_LANGS: Record<LanguageCode, TargetLanguageCode> = { de: 'de', pl: 'pl' };

/** Characters DeepL bills for a text (Unicode code points), used only if a response omits the count. */
const characterCount = (text: string): number => [...text].length;

export function createDeeplTranslator(options: DeeplTranslatorOptions): MachineTranslator {
  const client = new DeepLClient(options.authKey, {
    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    maxRetries: 0,
    minTimeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    sendPlatformInfo: false,
  });

  return {
    configured: true,
    async translate(texts: readonly string[], translateOptions: TranslateOptions): Promise<Translation[]> {
      if (texts.length > DEEPL_MAX_TEXTS_PER_REQUEST) {
        throw new MtFailure(
          'bad_request',
          `DeepL: at most ${DEEPL_MAX_TEXTS_PER_REQUEST} texts per request, got ${texts.length}`,
        );
      }
      // DeepL rejects empty texts; they translate to themselves and cost nothing.
      const toSend = texts.filter((text) => text !== '');
      if (toSend.length === 0) return texts.map(() => ({ text: '', billedCharacters: 0 }));

      const results = await sendTranslateRequest({
        authKey: options.authKey,
        serverUrl: options.serverUrl ?? null,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        texts: toSend,
        sourceLang: SOURCE_LANGS[translateOptions.sourceLang],
        targetLang: TARGET_LANGS[translateOptions.targetLang],
        formality: translateOptions.formality === 'default' ? null : translateOptions.formality,
        glossaryId: translateOptions.glossaryId,
      });
      if (results.length !== toSend.length) {
        throw new MtFailure(
          'unavailable',
          `DeepL: expected ${toSend.length} translations, received ${results.length}`,
        );
      }

      let next = 0;
      return texts.map((source) => {
        if (source === '') return { text: '', billedCharacters: 0 };
        const result = results[next++]!;
        return {
          text: result.text,
          billedCharacters: result.billedCharacters ?? characterCount(source),
        };
      });
    },
    syncGlossary: (entries, existingId) => syncDeeplGlossary(client, entries, existingId),
  };
}

/** The name Nysa's glossaries carry in the DeepL account. */
export const DEEPL_GLOSSARY_NAME = 'Nysa DE-PL';

/**
 * A new v3 glossary with one DE→PL dictionary of `entries` (POST /v3/glossaries), then the old one
 * deleted (DELETE /v3/glossaries/{id}). Creating anew instead of replacing the dictionary in place gives
 * changed content a new id, and the MT cache key includes the id. If the old glossary cannot be deleted
 * after the new one exists, the new id is still returned (the old one is only clutter); with no entries
 * the deletion is the whole job, so its failure is thrown. An old glossary already gone is fine.
 */
async function syncDeeplGlossary(client: DeepLClient, entries: readonly GlossaryEntry[], existingId: string | null): Promise<string | null> {
  let created: string | null = null;
  try {
    if (entries.length > 0) {
      const dictionary = new GlossaryEntries();
      for (const entry of entries) dictionary.add(entry.source, entry.target, true);
      const info = await client.createMultilingualGlossary(DEEPL_GLOSSARY_NAME, [
        { sourceLangCode: SOURCE_LANGS.de, targetLangCode: TARGET_LANGS.pl, entries: dictionary },
      ]);
      created = info.glossaryId;
    }
    if (existingId !== null && existingId !== created) {
      try {
        await client.deleteMultilingualGlossary(existingId);
      } catch (error) {
        if (!(error instanceof GlossaryNotFoundError) && created === null) throw error;
        if (!(error instanceof GlossaryNotFoundError)) console.warn(`DeepL glossary ${existingId} was replaced but could not be deleted:`, (error as Error).message);
      }
    }
    return created;
  } catch (error) {
    throw toMtFailure(error);
  }
}

/** The translator used when no DEEPL_AUTH_KEY is configured: every request fails with auth_failed. */
export function createDisabledTranslator(): MachineTranslator {
  return {
    configured: false,
    async translate(): Promise<Translation[]> {
      throw new MtFailure('auth_failed', 'machine translation is not configured (DEEPL_AUTH_KEY is not set)');
    },
    /** Without DeepL there is no glossary to keep. */
    async syncGlossary(): Promise<string | null> {
      return null;
    },
  };
}

/** The HTTP status behind a plain DeepLError, which deepl-node only puts in its message. */
function statusOf(error: DeepLError): number | null {
  if (error.message.startsWith('Service unavailable')) return 503;
  if (error.message.startsWith('Bad request')) return 400;
  if (error.message.startsWith('Not found')) return 404;
  const match = /^Unexpected status code: (\d{3})/.exec(error.message);
  return match ? Number(match[1]) : null;
}

function kindOf(error: unknown): MtFailureKind {
  if (error instanceof QuotaExceededError) return 'quota_exceeded';
  if (error instanceof AuthorizationError) return 'auth_failed';
  if (error instanceof TooManyRequestsError) return 'rate_limited';
  if (error instanceof ConnectionError) return 'unavailable';
  if (error instanceof DeepLError) {
    const status = statusOf(error);
    if (status !== null && status >= 500) return 'unavailable';
  }
  return 'bad_request';
}

/** Maps anything deepl-node throws to an MtFailure that keeps DeepL's message (and the error as cause). */
export function toMtFailure(error: unknown): MtFailure {
  if (error instanceof MtFailure) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const failure = new MtFailure(kindOf(error), `DeepL: ${detail}`);
  failure.cause = error;
  return failure;
}
