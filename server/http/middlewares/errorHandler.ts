// The one place where errors become HTTP: a status chosen by the error's class (or, for parser errors,
// its type) and a body `{ error: code, message, details? }` with the message in the request's language.
// Anything unexpected is logged with the request id and answered 500 `internal_error`, without internals.
import type { ErrorRequestHandler } from 'express';
import {
  Conflict,
  DomainError,
  Forbidden,
  InvalidInput,
  InvalidTransition,
  NotFound,
  RateLimited,
  Unauthenticated,
  Unavailable,
  type ErrorParams,
} from '../../domain/errors';
import { translateError } from '../../i18n';
import { requestLanguage } from '../language';
import { requestIdOf } from './requestContext';

interface Problem {
  status: number;
  code: string;
  params: ErrorParams;
  details?: Record<string, unknown>;
  fallback?: string;
}

/** Statuses by class; the first match wins (VersionConflict is a Conflict). */
const STATUS_BY_CLASS: ReadonlyArray<[new (...args: never[]) => DomainError, number]> = [
  [NotFound, 404],
  [InvalidInput, 400],
  [Unauthenticated, 401],
  [Forbidden, 403],
  [InvalidTransition, 409],
  [Conflict, 409],
  [RateLimited, 429],
  [Unavailable, 503],
];

/**
 * Statuses by code, before the class: codes raised by the HTTP layer itself as plain DomainErrors, and
 * the document formats' InvalidInput codes. A file too large is 413; a kind of file Nysa does not read
 * (PDF, a legacy or encrypted Word file, another encoding) is 415; a file of a format Nysa reads but
 * whose content is broken, hostile or contradicts its name is 422; a malformed request stays 400.
 */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  route_not_found: 404,
  // Streamed uploads (TMX import) check their body themselves.
  payload_too_large: 413,
  unsupported_media_type: 415,
  request_aborted: 400,
  ...codes(413, ['file_too_large', 'zip_too_large']),
  ...codes(415, ['unsupported_format', 'pdf_not_supported', 'docx_encrypted_or_legacy', 'binary_file', 'zip_not_docx', 'xml_not_xliff', 'text_not_utf8', 'html_charset_unsupported']),
  ...codes(422, [
    'format_mismatch',
    'unreadable_file',
    'zip_unreadable',
    'zip_unsafe_path',
    'xml_doctype_refused',
    'xml_too_deep',
    'docx_invalid_xml',
    'docx_missing_document',
    'not_html',
    'html_too_deep',
    'html_too_complex',
    'html_undecodable',
    'xliff_invalid',
    'xliff_duplicate_id',
    'xliff_language_mismatch',
    'xliff_segment_too_long',
    'xliff_document_mismatch',
    'xliff_no_matching_units',
  ]),
};

function codes(status: number, list: readonly string[]): Record<string, number> {
  return Object.fromEntries(list.map((code) => [code, status]));
}

/** body-parser's error types. */
const PARSER_ERRORS: Readonly<Record<string, Pick<Problem, 'status' | 'code'>>> = {
  'entity.parse.failed': { status: 400, code: 'invalid_json' },
  'entity.too.large': { status: 413, code: 'payload_too_large' },
  'charset.unsupported': { status: 415, code: 'unsupported_media_type' },
  'encoding.unsupported': { status: 415, code: 'unsupported_media_type' },
  'request.aborted': { status: 400, code: 'request_aborted' },
  'request.size.invalid': { status: 400, code: 'invalid_input' },
};

function domainProblem(error: DomainError): Problem {
  const status = STATUS_BY_CODE[error.code] ?? STATUS_BY_CLASS.find(([type]) => error instanceof type)?.[1] ?? 400;
  return { status, code: error.code, params: error.params, details: error.details, fallback: error.message };
}

function parserProblem(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null) return null;
  const { type, limit, charset, encoding } = error as { type?: unknown; limit?: unknown; charset?: unknown; encoding?: unknown };
  const known = typeof type === 'string' ? PARSER_ERRORS[type] : undefined;
  if (!known) return null;
  const details =
    known.code === 'payload_too_large' && typeof limit === 'number'
      ? { limitBytes: limit }
      : typeof charset === 'string' ? { charset } : typeof encoding === 'string' ? { encoding } : undefined;
  return { ...known, params: {}, details };
}

/**
 * Other client errors express raises with status 400 and no type: a path parameter with a malformed
 * %-escape (router's URIError) and a body that does not decompress (body-parser's wrapped zlib error).
 */
function badRequestProblem(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  if (status !== 400 || !(error instanceof URIError || expose === true)) return null;
  return { status: 400, code: 'invalid_input', params: {} };
}

export const errorHandler = (): ErrorRequestHandler => (error: unknown, req, res, next) => {
  if (res.headersSent) return next(error);
  const problem = error instanceof DomainError ? domainProblem(error) : (parserProblem(error) ?? badRequestProblem(error));
  if (!problem) console.error(`[${requestIdOf(res)}] ${req.method} ${req.path} failed:`, error);
  const { status, code, params, details, fallback } = problem ?? { status: 500, code: 'internal_error', params: {} };
  const lang = requestLanguage(req);
  if (status === 401) res.set('WWW-Authenticate', 'Bearer realm="nysa"');
  if (status === 429 && typeof details?.retryAfterSeconds === 'number') res.set('Retry-After', String(details.retryAfterSeconds));
  res
    .status(status)
    .vary('Accept-Language')
    .set('Content-Language', lang)
    .json({ error: code, message: translateError(code, params, lang, fallback), ...(details ? { details } : {}) });
};
