// The built web client is served by the API server: its files, index.html for the client's own
// routes, a CSP on every page, and never index.html where the API or a missing asset was asked for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../server/http/clientAssets';
import { startTestApp, type TestApp } from '../../support/testApp';

const INDEX = '<!doctype html><title>Nysa</title><script type="module" src="/assets/app-1.js"></script>';

describe('web client assets', () => {
  let app: TestApp;
  let clientDir: string;

  beforeAll(async () => {
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-client-'));
    fs.mkdirSync(path.join(clientDir, 'assets'));
    fs.writeFileSync(path.join(clientDir, 'index.html'), INDEX);
    fs.writeFileSync(path.join(clientDir, 'assets', 'app-1.js'), 'console.log(1);');
    app = await startTestApp({ config: { clientDir } });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  const get = (urlPath: string, accept = 'text/html') => fetch(`${app.baseUrl}${urlPath}`, { headers: { Accept: accept } });

  test('serves index.html at / with the Content-Security-Policy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  test("serves index.html for the client's own routes", async () => {
    for (const route of ['/documents/abc', '/documents/abc/review', '/dashboard', '/submit']) {
      const response = await get(route);
      expect([route, response.status, await response.text()]).toEqual([route, 200, INDEX]);
    }
  });

  test('serves hashed assets cached for a year', async () => {
    const response = await get('/assets/app-1.js', '*/*');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1);');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Files keep their validator (the API's answers have none: they are never cached).
    expect(response.headers.get('etag')).toMatch(/^W\/"/);
  });

  test('answers a missing asset with 404 route_not_found, not with index.html', async () => {
    const response = await get('/assets/app-0.js', '*/*');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe('route_not_found');
  });

  test('leaves unknown API routes to the API: JSON, not index.html, even for a browser', async () => {
    const response = await get('/api/nothing-here');
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toBe('unauthenticated');
  });

  test('does not serve index.html to a client that wants JSON', async () => {
    const response = await get('/documents/abc', 'application/json');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe('route_not_found');
  });

  test('an app without a client build still serves the API and answers / with 404', async () => {
    const bare = await startTestApp({ config: { clientDir: path.join(clientDir, 'missing') } });
    try {
      const response = await fetch(`${bare.baseUrl}/`, { headers: { Accept: 'text/html' } });
      expect(response.status).toBe(404);
      expect((await fetch(`${bare.baseUrl}/health`)).status).toBe(200);
    } finally {
      await bare.close();
    }
  });
});
