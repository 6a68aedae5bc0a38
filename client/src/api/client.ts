// The one way the client talks to the server: JSON over fetch with the session cookie, messages in
// the interface language (Accept-Language), and every error as an ApiError carrying the stable code.
import { currentLanguage } from '../i18n';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | undefined,
  ) {
    super(message);
  }
}

/** Called with every 401, so the app can go back to the sign-in page. */
let onUnauthenticated: () => void = () => {};
export const setUnauthenticatedHandler = (handler: () => void): void => {
  onUnauthenticated = handler;
};

export async function request<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  return send<T>(method, url, body === undefined ? undefined : { body: JSON.stringify(body), type: 'application/json' }, signal);
}

/** A file sent as the request body itself (TMX import), with its media type. */
export const upload = <T>(url: string, file: Blob, type: string): Promise<T> => send<T>('POST', url, { body: file, type });

/**
 * A multipart/form-data POST (a document file and its fields) through XMLHttpRequest, whose upload
 * reports progress (fetch does not): `onProgress` gets the share sent, 0–1. Errors are ApiErrors as for
 * every other request.
 */
export function uploadForm<T>(url: string, form: FormData, onProgress?: (sent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', '', undefined));
    xhr.onload = () => {
      const json = xhr.responseText === '' ? null : safeParse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(json as T);
        return;
      }
      const problem = (json ?? {}) as { error?: string; message?: string; details?: Record<string, unknown> };
      if (xhr.status === 401) onUnauthenticated();
      reject(new ApiError(xhr.status, problem.error ?? 'http_error', problem.message ?? xhr.statusText, problem.details));
    };
    xhr.send(form);
  });
}

async function send<T>(method: string, url: string, payload: { body: BodyInit; type: string } | undefined, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        ...(payload === undefined ? {} : { 'Content-Type': payload.type }),
      },
      body: payload?.body,
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', '', undefined);
  }
  const text = await response.text();
  const json = text === '' ? null : safeParse(text);
  if (!response.ok) {
    const problem = (json ?? {}) as { error?: string; message?: string; details?: Record<string, unknown> };
    if (response.status === 401 && !url.endsWith('/auth/login')) onUnauthenticated();
    throw new ApiError(response.status, problem.error ?? 'http_error', problem.message ?? response.statusText, problem.details);
  }
  return json as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const api = {
  get: <T>(url: string, signal?: AbortSignal) => request<T>('GET', url, undefined, signal),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  patch: <T>(url: string, body: unknown) => request<T>('PATCH', url, body),
  put: <T>(url: string, body: unknown) => request<T>('PUT', url, body),
  delete: <T>(url: string) => request<T>('DELETE', url),
};

/** Query string from defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
