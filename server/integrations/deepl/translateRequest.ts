// One POST /v2/translate, sent with fetch rather than deepl-node: deepl-node drops the response headers,
// and a 429 or 503 answer's Retry-After must reach the MT job's backoff. The request is the one
// deepl-node sends (form-urlencoded: target_lang, source_lang, formality, glossary_id,
// show_billed_characters=1, repeated text, tag_handling=xml); error messages keep deepl-node's wording,
// so logs and job details read the same as for the glossary calls, which still go through deepl-node.
import { STATUS_CODES } from 'node:http';
import { MtFailure, type MtFailureKind } from '../../ports/machineTranslator';

export interface TranslateRequest {
  authKey: string;
  /** DeepL's address without a trailing slash; null or absent: chosen by key (":fx" keys are Free). */
  serverUrl?: string | null;
  timeoutMs: number;
  texts: readonly string[];
  sourceLang: string;
  targetLang: string;
  formality: string | null;
  glossaryId: string | null;
}

export interface TranslatedText {
  text: string;
  billedCharacters: number | null;
}

/** The form body of a translate request, as deepl-node orders it. */
export function translateBody(request: TranslateRequest): URLSearchParams {
  const body = new URLSearchParams();
  body.append('target_lang', request.targetLang);
  body.append('source_lang', request.sourceLang);
  if (request.formality !== null) body.append('formality', request.formality);
  if (request.glossaryId !== null) body.append('glossary_id', request.glossaryId);
  body.append('show_billed_characters', '1');
  for (const text of request.texts) body.append('text', text);
  body.append('tag_handling', 'xml');
  return body;
}

/** Retry-After in milliseconds: seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** deepl-node's message for a status: "Too many requests, …, message: <DeepL's message>". */
function statusMessage(status: number, content: string): { kind: MtFailureKind; message: string } {
  let detail = '';
  try {
    const json = JSON.parse(content) as { message?: unknown; detail?: unknown };
    if (json.message !== undefined) detail += `, message: ${String(json.message)}`;
    if (json.detail !== undefined) detail += `, detail: ${String(json.detail)}`;
  } catch {
    detail = `, ${content}`;
  }
  switch (status) {
    case 403:
      return { kind: 'auth_failed', message: `Authorization failure, check auth_key${detail}` };
    case 456:
      return { kind: 'quota_exceeded', message: `Quota for this billing period has been exceeded${detail}` };
    case 404:
      return { kind: 'bad_request', message: `Not found${detail}` };
    case 400:
      return { kind: 'bad_request', message: `Bad request${detail}` };
    case 413:
      return { kind: 'too_large', message: `Request too large${detail}` };
    case 429:
      return { kind: 'rate_limited', message: `Too many requests, DeepL servers are currently experiencing high load${detail}` };
    case 503:
      return { kind: 'unavailable', message: `Service unavailable${detail}` };
    default:
      return {
        kind: status >= 500 ? 'unavailable' : 'bad_request',
        message: `Unexpected status code: ${status} ${STATUS_CODES[status] ?? 'Unknown'}${detail}, content: ${content}`,
      };
  }
}

const serverOf = (request: TranslateRequest): string =>
  request.serverUrl ?? (request.authKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com');

/** Sends the request; throws MtFailure (with retryAfterMs from a 429 or 5xx answer's Retry-After). */
export async function sendTranslateRequest(request: TranslateRequest): Promise<TranslatedText[]> {
  let response: Response;
  try {
    response = await fetch(`${serverOf(request)}/v2/translate`, {
      method: 'POST',
      headers: { Authorization: `DeepL-Auth-Key ${request.authKey}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: translateBody(request),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `timeout of ${request.timeoutMs}ms exceeded`
        : `${String((error as { cause?: { code?: string } }).cause?.code ?? '')} ${(error as Error).message}`.trim();
    throw new MtFailure('unavailable', `DeepL: Connection failure: ${reason}`);
  }
  const content = await response.text().catch(() => '');
  if (!response.ok) {
    const { kind, message } = statusMessage(response.status, content);
    throw new MtFailure(kind, `DeepL: ${message}`, retryAfterMs(response.headers.get('retry-after')));
  }
  const parsed = JSON.parse(content) as { translations?: { text: string; billed_characters?: number }[] };
  return (parsed.translations ?? []).map((t) => ({ text: t.text, billedCharacters: typeof t.billed_characters === 'number' ? t.billed_characters : null }));
}
