// A document several people open in one test file: submitted and machine-translated once before the
// tests, and every page a test opens closed after it (and checked for page errors and failed requests).
import { E2E_SETUP_TIMEOUT_MS } from './browser';
import { runMtThroughApi, startE2e, submitDocument, type E2eEnv } from './e2eApp';
import { openAs, type RolePage } from './pages';

export interface SharedDocument {
  /** The running app and its people (set before the first test). */
  readonly env: E2eEnv;
  readonly documentId: string;
  /** Opens `path` as `person`; the page is closed after the test. */
  open(person: E2eEnv['people']['translator'], path: string): Promise<RolePage>;
}

/** Registers the file's set-up and clean-up; call it inside the file's describe block. */
export function sharedDocument(content: string, title: string): SharedDocument {
  let env: E2eEnv | undefined;
  let documentId = '';
  const open: RolePage[] = [];

  beforeAll(async () => {
    env = await startE2e();
    documentId = await submitDocument(env, content, { title });
    await runMtThroughApi(env, documentId);
  }, E2E_SETUP_TIMEOUT_MS);
  afterEach(async () => {
    const pages = open.splice(0);
    for (const rolePage of pages) await rolePage.close();
    for (const rolePage of pages) rolePage.assertClean();
  });
  afterAll(async () => {
    await env?.close();
  });

  return {
    get env() {
      if (!env) throw new Error('the shared document is set up in beforeAll');
      return env;
    },
    get documentId() {
      return documentId;
    },
    async open(person, path) {
      const rolePage = await openAs(this.env, person, { path });
      open.push(rolePage);
      return rolePage;
    },
  };
}
