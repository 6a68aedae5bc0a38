// Saves whose QA checks run on the QA thread, as in the server: the answer and the stored result are
// those of the inline checks, the project's settings and glossary apply as soon as they change, and
// saves sent at once each get their own issues.
import type { QaThread } from '../../../server/workers/qaThread';
import { segmentsOf, startWorkflow, submit, type SegmentJson, type WorkflowFixture } from '../../support/workflow';

const SOURCES = ['Die Förderung beträgt 2500 Euro.', 'Die Euroregion Neisse fördert 12 Projekte.', 'Das Treffen findet am 15. Mai statt.'];

describe('QA checks of saves on the QA thread', () => {
  let fixture: WorkflowFixture;
  let segments: SegmentJson[];

  beforeEach(async () => {
    fixture = await startWorkflow({ qaThread: true });
    segments = await segmentsOf(fixture, await submit(fixture, `${SOURCES.join('\n\n')}\n`));
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const save = (segment: Pick<SegmentJson, 'id' | 'version'>, target: string, lang = 'en') =>
    fixture.app.request('PATCH', `/api/segments/${segment.id}`, { token: fixture.translator.token, body: { target, version: segment.version }, headers: { 'accept-language': lang } });
  const qaThread = () => fixture.app.deps.qaChecks as QaThread;
  const codesOf = (body: { qa: { code: string }[] }) => body.qa.map((issue) => issue.code);

  test('a save answers with its issues in the reader’s language, and stores them for its version', async () => {
    const saved = await save(segments[0]!, 'Dofinansowanie wynosi kilka tysięcy euro.', 'pl');

    expect([saved.status, saved.body.qa]).toEqual([200, [{ check: 'numbers', severity: 'error', code: 'qa.numbers.missing', message: 'W tłumaczeniu brakuje liczby 2500.' }]]);
    expect(await fixture.app.store.qaResults.findBySegment(segments[0]!.id)).toMatchObject({
      version: 2,
      issues: [{ check: 'numbers', severity: 'error', code: 'qa.numbers.missing', params: { number: '2500' } }],
      errors: 1,
      warnings: 0,
    });
    expect(qaThread().sent).toEqual({ messages: 1, jobs: 1, glossaries: 1 });
  });

  test('a changed severity and a new glossary term apply to the next save', async () => {
    const first = await save(segments[1]!, 'Region wspiera 12 projektów');
    expect(codesOf(first.body)).toEqual(['qa.end_punctuation.missing']);

    const settings = await fixture.app.request('PATCH', `/api/projects/${fixture.projectId}/settings`, {
      token: fixture.coordinator.token,
      body: { qa: { severity: { end_punctuation: 'error' } } },
    });
    expect(settings.status).toBe(200);
    const term = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/glossary`, {
      token: fixture.coordinator.token,
      body: { de: 'Euroregion Neisse', pl: 'Euroregion Nysa', forbidden: ['Euroregion Nisa'] },
    });
    expect(term.status).toBe(201);

    const second = await save({ id: segments[1]!.id, version: 2 }, 'Euroregion Nisa wspiera 12 projektów');
    expect(second.body.qa.map((issue: { check: string; severity: string }) => [issue.check, issue.severity])).toEqual([
      ['end_punctuation', 'error'],
      ['glossary_missing', 'warning'],
      ['glossary_forbidden', 'warning'],
    ]);
  });

  test('saves sent at once each get the issues of their own target', async () => {
    const targets = ['Dofinansowanie wynosi 2500 euro.', 'Euroregion Nysa wspiera 21 projektów.', 'Spotkanie odbędzie się 15 maja'];
    const answers = await Promise.all(segments.map((segment, i) => save(segment, targets[i]!)));

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(qaThread().sent.jobs).toBe(3);
    expect(answers.map((answer) => codesOf(answer.body))).toEqual([[], ['qa.numbers.missing', 'qa.numbers.extra'], ['qa.end_punctuation.missing']]);
  });
});
