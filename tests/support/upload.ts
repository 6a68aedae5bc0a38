// Multipart/form-data requests to a test app, built by fetch's own FormData (as a browser builds
// them), and the fixtures the upload tests send.
import fs from 'node:fs';
import path from 'node:path';
import type { TestApp, TestResponse } from './testApp';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** A fixture's bytes, e.g. fixtureBytes('docx/smart-integration.docx'). */
export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

export interface FormFile {
  name: string;
  bytes: Uint8Array;
  /** The media type the browser would state; multer and Nysa ignore it (the content decides). */
  type?: string;
  /** The form field; `file` unless a test sends it elsewhere. */
  field?: string;
}

/** POSTs a form of `files` and text `fields` with a bearer token; parses a JSON answer. */
export async function postForm(
  app: TestApp,
  urlPath: string,
  token: string,
  form: { files?: FormFile[]; fields?: Record<string, string> },
  headers: Record<string, string> = {},
): Promise<TestResponse> {
  const data = new FormData();
  for (const [name, value] of Object.entries(form.fields ?? {})) data.append(name, value);
  for (const file of form.files ?? []) data.append(file.field ?? 'file', new Blob([Buffer.from(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(app.baseUrl + urlPath, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body: data });
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
  return { status: response.status, body: isJson ? JSON.parse(text) : null, text, headers: response.headers };
}

/** GETs a download as bytes. */
export async function download(app: TestApp, urlPath: string, token: string): Promise<{ status: number; bytes: Uint8Array; headers: Headers; json: any }> {
  const response = await fetch(app.baseUrl + urlPath, { headers: { authorization: `Bearer ${token}` } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const json = (response.headers.get('content-type') ?? '').includes('application/json') ? JSON.parse(Buffer.from(bytes).toString('utf8')) : null;
  return { status: response.status, bytes, headers: response.headers, json };
}
