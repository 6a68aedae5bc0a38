// The app the browser tests talk to: the built client served by the real server (startTestApp, a
// temporary SQLite store, 127.0.0.1 only), a real DeepL translator pointed at the fake DeepL server, one
// person per role (global role, so the navigation shows their screens, and project membership), and a
// project they all belong to. Everything is set up through the API; the UI is what is tested.
import type { Browser } from 'playwright-core';
import type { Role } from '../../../server/domain/users/types';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl, type FakeDeeplOptions } from '../../support/fakeDeepl';
import { startTestApp, type ConfigOverrides, type TestApp, type TestResponse } from '../../support/testApp';
import type { SegmentJson } from '../../support/workflow';
import { launchChromium } from './browser';
import { builtClientDir } from './clientBuild';

export interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
  token: string;
}

export type PersonKey = 'coordinator' | 'editor' | 'translator' | 'secondTranslator' | 'reviewer';

export interface E2eEnv {
  app: TestApp;
  deepl: FakeDeepl;
  browser: Browser;
  baseUrl: string;
  clientDir: string;
  projectId: string;
  people: Record<PersonKey, Person>;
  /** A request with a person's bearer token; throws unless the status is the expected one. */
  api(person: Person, method: string, urlPath: string, body?: unknown, expectStatus?: number | number[]): Promise<TestResponse>;
  close(): Promise<void>;
}

const PEOPLE: Record<PersonKey, { name: string; email: string; roles: Role[] }> = {
  coordinator: { name: 'Klaus Richter', email: 'klaus.richter@nysa.test', roles: ['coordinator'] },
  editor: { name: 'Eva Schneider', email: 'eva.schneider@nysa.test', roles: ['editor'] },
  translator: { name: 'Tomasz Nowak', email: 'tomasz.nowak@nysa.test', roles: ['translator'] },
  secondTranslator: { name: 'Marta Zielińska', email: 'marta.zielinska@nysa.test', roles: ['translator'] },
  reviewer: { name: 'Agnieszka Wiśniewska', email: 'agnieszka.wisniewska@nysa.test', roles: ['reviewer'] },
};

export const PERSON_PASSWORD = 'grenzland-2026-haslo';

export async function startE2e(options: { deepl?: FakeDeeplOptions; webhooks?: ConfigOverrides['webhooks'] } = {}): Promise<E2eEnv> {
  const clientDir = await builtClientDir();
  const deepl = await startFakeDeepl(options.deepl);
  let app: TestApp | null = null;
  let browser: Browser | null = null;
  try {
    app = await startTestApp({
      translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }),
      config: { clientDir, mt: { batchSize: 50, maxRetries: 3, retryBaseMs: 1 }, ...(options.webhooks ? { webhooks: options.webhooks } : {}) },
    });
    const started = app;
    const api: E2eEnv['api'] = async (person, method, urlPath, body, expectStatus) => {
      const response = await started.request(method, urlPath, { token: person.token, body });
      const expected = expectStatus === undefined ? [200, 201, 202, 204] : [expectStatus].flat();
      if (!expected.includes(response.status)) {
        throw new Error(`${method} ${urlPath} → ${response.status} (expected ${expected.join('/')}): ${response.text.slice(0, 500)}`);
      }
      return response;
    };

    const people = {} as Record<PersonKey, Person>;
    for (const key of Object.keys(PEOPLE) as PersonKey[]) {
      const { name, email, roles } = PEOPLE[key];
      const { user, token } = await app.createUser({ name, email, roles, password: PERSON_PASSWORD });
      people[key] = { id: user.id, name, email, password: PERSON_PASSWORD, token };
    }
    const project = await api(people.coordinator, 'POST', '/api/projects', { name: 'Euroregion Neiße 2026', sourceLang: 'de', targetLang: 'pl' }, 201);
    const projectId = project.body.id as string;
    for (const key of ['editor', 'translator', 'secondTranslator', 'reviewer'] as const) {
      await api(people.coordinator, 'POST', `/api/projects/${projectId}/members`, { userId: people[key].id, roles: PEOPLE[key].roles }, 200);
    }
    browser = await launchChromium();
    const opened = browser;
    return {
      app,
      deepl,
      browser,
      baseUrl: app.baseUrl,
      clientDir,
      projectId,
      people,
      api,
      async close() {
        await opened.close();
        await started.close();
        await deepl.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await app?.close();
    await deepl.close();
    throw error;
  }
}

/** Submits a document through the API as the editor; returns its id. */
export async function submitDocument(
  env: E2eEnv,
  content: string,
  extra: { title?: string; format?: 'text' | 'markdown'; dueDate?: string } = {},
): Promise<string> {
  const response = await env.api(
    env.people.editor,
    'POST',
    `/api/projects/${env.projectId}/documents`,
    { title: extra.title ?? 'Pressemitteilung', format: extra.format ?? 'text', content, ...(extra.dueDate ? { dueDate: extra.dueDate } : {}) },
    201,
  );
  return response.body.id as string;
}

export type { SegmentJson };

/** Every segment of a document, in pages of 500. */
export async function allSegments(env: E2eEnv, documentId: string, person: Person = env.people.coordinator): Promise<SegmentJson[]> {
  const items: SegmentJson[] = [];
  for (let offset = 0; offset < 1_000_000; offset += 500) {
    const page = await env.api(person, 'GET', `/api/documents/${documentId}/segments?offset=${offset}&limit=500`);
    items.push(...(page.body.items as SegmentJson[]));
    if (page.body.items.length === 0 || items.length >= page.body.total) break;
  }
  return items;
}

/** Starts MT as the editor and waits for the job to finish (bounded by the runner's idle()). */
export async function runMtThroughApi(env: E2eEnv, documentId: string): Promise<void> {
  await env.api(env.people.editor, 'POST', `/api/documents/${documentId}/mt`, undefined, [200, 202]);
  await env.app.deps.mtJobs.idle();
}
