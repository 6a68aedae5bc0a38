// A segment of a project the caller cannot see must be indistinguishable from a segment that does not
// exist: same status, same body (code and localized message), on every route that takes a segment id.
// Anything else ("Project was not found", a 403, another message) tells the caller the id is real.
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

type Person = 'editor' | 'translator' | 'reviewer' | 'outsider';

/** Every route with a segment id, with a body a member of the segment's project could send. */
const SEGMENT_ROUTES: [method: string, path: string, body: Record<string, unknown> | undefined][] = [
  ['GET', '/api/segments/:id', undefined],
  ['PATCH', '/api/segments/:id', { target: 'Obce zdanie.', version: 1 }],
  ['POST', '/api/segments/:id/confirm', { version: 1 }],
  ['POST', '/api/segments/:id/approve', { version: 1 }],
  ['POST', '/api/segments/:id/lock', { version: 1 }],
  ['POST', '/api/segments/:id/unlock', { version: 1 }],
  ['POST', '/api/segments/:id/reject', { reason: 'Nein.', version: 1 }],
  ['POST', '/api/segments/:id/context-specific', { contextSpecific: true, version: 1 }],
  ['GET', '/api/segments/:id/history', undefined],
  ['GET', '/api/segments/:id/glossary', undefined],
  ['POST', '/api/segments/:id/presence', { editing: true }],
];
const PEOPLE: Person[] = ['editor', 'translator', 'reviewer', 'outsider'];
const LANGUAGES = ['de', 'pl', 'en'] as const;

describe("segment routes: another project's segment answers exactly like an unknown id", () => {
  let fixture: WorkflowFixture;
  let foreignSegmentId: string;

  beforeAll(async () => {
    fixture = await startWorkflow();
    await submit(fixture, 'Ein Satz unseres Projekts.\n');
    // A project none of the people above belongs to (the coordinator sees every project).
    const other = await fixture.app.request('POST', '/api/projects', {
      token: fixture.coordinator.token,
      body: { name: 'Fremdes Projekt', sourceLang: 'de', targetLang: 'pl' },
    });
    const document = await fixture.app.request('POST', `/api/projects/${other.body.id}/documents`, {
      token: fixture.coordinator.token,
      body: { title: 'Fremd', format: 'text', content: 'Ein fremder Satz.\n' },
    });
    [{ id: foreignSegmentId }] = await segmentsOf(fixture, document.body.id, fixture.coordinator.token);
  });
  afterAll(async () => fixture?.app.close());

  const cases = SEGMENT_ROUTES.flatMap(([method, path, body], r) => PEOPLE.map((as, p) => [method, path, as, LANGUAGES[(r + p) % 3], body] as const));

  test.each(cases)('%s %s as the %s (Accept-Language %s): same status and body as for an unknown id', async (method, path, as, language, body) => {
    const send = (id: string) =>
      fixture.app.request(method, path.replace(':id', id), { token: fixture[as].token, body, headers: { 'accept-language': language } });
    const [foreign, unknown] = [await send(foreignSegmentId), await send('does-not-exist')];
    expect([foreign.status, foreign.body]).toEqual([unknown.status, unknown.body]);
    expect([unknown.status, unknown.body.error]).toEqual([404, 'not_found']);
  });

  test('the answer is the localized "segment not found" in each language', async () => {
    const answers = [];
    for (const language of LANGUAGES) {
      const response = await fixture.app.request('GET', `/api/segments/${foreignSegmentId}`, { token: fixture.translator.token, headers: { 'accept-language': language } });
      answers.push([response.status, response.headers.get('content-language'), response.body]);
    }
    expect(answers).toEqual([
      [404, 'de', { error: 'not_found', message: 'Das Segment wurde nicht gefunden.' }],
      [404, 'pl', { error: 'not_found', message: 'Nie znaleziono segmentu.' }],
      [404, 'en', { error: 'not_found', message: 'The segment was not found.' }],
    ]);
  });
});
