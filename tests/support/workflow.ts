// A project with one person per role, and shortcuts for the requests the workflow tests repeat.
import type { Role } from '../../server/domain/users/types';
import { startTestApp, type TestApp } from './testApp';

export interface Person {
  id: string;
  token: string;
}

export interface WorkflowFixture {
  app: TestApp;
  projectId: string;
  coordinator: Person;
  editor: Person;
  translator: Person;
  secondTranslator: Person;
  reviewer: Person;
  outsider: Person;
}

async function person(app: TestApp, roles: Role[]): Promise<Person> {
  const { user, token } = await app.createUser({ roles });
  return { id: user.id, token };
}

/** Starts an app and creates a project whose members hold exactly one role each. */
export async function startWorkflow(options: Parameters<typeof startTestApp>[0] = {}): Promise<WorkflowFixture> {
  const app = await startTestApp(options);
  const coordinator = await person(app, ['coordinator']);
  const created = await app.request('POST', '/api/projects', {
    token: coordinator.token,
    body: { name: 'Grenzraumstudie 2026', sourceLang: 'de', targetLang: 'pl' },
  });
  if (created.status !== 201) throw new Error(`project not created: ${JSON.stringify(created.body)}`);
  const projectId = created.body.id as string;
  const fixture: WorkflowFixture = {
    app,
    projectId,
    coordinator,
    editor: await person(app, []),
    translator: await person(app, []),
    secondTranslator: await person(app, []),
    reviewer: await person(app, []),
    outsider: await person(app, ['translator']),
  };
  const members: [Person, Role[]][] = [
    [fixture.editor, ['editor']],
    [fixture.translator, ['translator']],
    [fixture.secondTranslator, ['translator']],
    [fixture.reviewer, ['reviewer']],
  ];
  for (const [member, roles] of members) {
    const added = await app.request('POST', `/api/projects/${projectId}/members`, {
      token: coordinator.token,
      body: { userId: member.id, roles },
    });
    if (added.status !== 200) throw new Error(`member not added: ${JSON.stringify(added.body)}`);
  }
  return fixture;
}

export async function submit(
  fixture: WorkflowFixture,
  content: string,
  extra: { format?: 'text' | 'markdown'; title?: string; dueDate?: string } = {},
): Promise<string> {
  const response = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, {
    token: fixture.editor.token,
    body: { title: extra.title ?? 'Pressemitteilung', format: extra.format ?? 'text', content, ...(extra.dueDate ? { dueDate: extra.dueDate } : {}) },
  });
  if (response.status !== 201) throw new Error(`document not submitted: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

export interface SegmentJson {
  /** The unit id of a submitted XLIFF file. */
  externalId?: string;
  id: string;
  index: number;
  source: string;
  target: string | null;
  state: string;
  origin: string | null;
  mtTarget: string | null;
  version: number;
}

export async function segmentsOf(fixture: WorkflowFixture, documentId: string, token = fixture.translator.token): Promise<SegmentJson[]> {
  const response = await fixture.app.request('GET', `/api/documents/${documentId}/segments?limit=500`, { token });
  if (response.status !== 200) throw new Error(`segments not listed: ${JSON.stringify(response.body)}`);
  return response.body.items as SegmentJson[];
}

/** Starts MT and waits until the background job has finished. */
export async function runMt(fixture: WorkflowFixture, documentId: string): Promise<Record<string, unknown>> {
  const started = await fixture.app.request('POST', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
  if (started.status !== 202) throw new Error(`MT not started: ${started.status} ${JSON.stringify(started.body)}`);
  await fixture.app.deps.mtJobs.idle();
  const job = await fixture.app.request('GET', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
  return job.body as Record<string, unknown>;
}
