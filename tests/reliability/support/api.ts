// A small JSON client for the spawned server, and the people and project every reliability test needs.
import { ADMIN } from './nysaProcess';

export interface Answer {
  status: number;
  body: any;
  text: string;
}

export async function call(baseUrl: string, method: string, urlPath: string, options: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) };
  let body: string | Buffer | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body : JSON.stringify(options.body);
  }
  Object.assign(headers, options.headers);
  const response = await fetch(baseUrl + urlPath, { method, headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
  const streaming = (response.headers.get('content-type') ?? '').startsWith('text/event-stream');
  const text = streaming ? (await response.body?.cancel(), '') : await response.text();
  let parsed: unknown = null;
  if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') parsed = JSON.parse(text);
  return { status: response.status, body: parsed, text };
}

async function expectOk(answer: Promise<Answer>, what: string): Promise<any> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

export interface Team {
  admin: string;
  coordinator: string;
  translators: string[];
  reviewer: string;
  projectId: string;
  ids: { coordinator: string; translators: string[]; reviewer: string };
}

let teams = 0;

/** Signs the admin in, creates a coordinator, `translators` translators and a reviewer, and a project they all belong to. */
export async function setUpTeam(baseUrl: string, translators = 2): Promise<Team> {
  // A bearer token is what API clients use: sign in (cookie), then issue a token with it.
  const login = async (email: string, password: string) => {
    const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const issued = await expectOk(call(baseUrl, 'POST', '/api/tokens', { body: { name: 'reliability' }, headers: { cookie, origin: baseUrl } }), `token ${email}`);
    return issued.token as string;
  };
  const admin = await login(ADMIN.email, ADMIN.password);
  const team = (teams += 1);
  const person = async (name: string, roles: string[]) => {
    const email = `${name}.${team}@nysa.test`;
    const password = `${name}-Haslo-2026!`;
    const created = await expectOk(call(baseUrl, 'POST', '/api/users', { token: admin, body: { email, name, password, roles } }), `create ${name}`);
    return { id: created.id as string, token: await login(email, password) };
  };
  const coordinator = await person('koordynatorka', ['coordinator']);
  const people = [];
  for (let i = 0; i < translators; i++) people.push(await person(`tlumacz${i + 1}`, []));
  const reviewer = await person('recenzentka', []);
  const project = await expectOk(call(baseUrl, 'POST', '/api/projects', { token: coordinator.token, body: { name: 'Niezawodność', sourceLang: 'de', targetLang: 'pl' } }), 'project');
  for (const member of people) {
    await expectOk(call(baseUrl, 'POST', `/api/projects/${project.id}/members`, { token: coordinator.token, body: { userId: member.id, roles: ['translator'] } }), 'member');
  }
  await expectOk(call(baseUrl, 'POST', `/api/projects/${project.id}/members`, { token: coordinator.token, body: { userId: reviewer.id, roles: ['reviewer'] } }), 'reviewer');
  return {
    admin,
    coordinator: coordinator.token,
    translators: people.map((p) => p.token),
    reviewer: reviewer.token,
    projectId: project.id,
    ids: { coordinator: coordinator.id, translators: people.map((p) => p.id), reviewer: reviewer.id },
  };
}

/** Submits a text document of `count` distinct sentences (one paragraph each); returns its id and segment ids. */
export async function submitSentences(baseUrl: string, team: Team, count: number): Promise<{ documentId: string; segmentIds: string[] }> {
  const content = Array.from({ length: count }, (_, i) => `Der Landkreis Görlitz fördert im Jahr ${2000 + i} den Verein Nummer ${i + 1}.`).join('\n\n') + '\n';
  const document = await expectOk(call(baseUrl, 'POST', `/api/projects/${team.projectId}/documents`, { token: team.coordinator, body: { title: 'Förderung', format: 'text', content } }), 'document');
  const page = await expectOk(call(baseUrl, 'GET', `/api/documents/${document.id}/segments?limit=500`, { token: team.coordinator }), 'segments');
  return { documentId: document.id, segmentIds: page.items.map((s: { id: string }) => s.id) };
}
