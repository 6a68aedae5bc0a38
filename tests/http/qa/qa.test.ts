// QA checks over HTTP: every save, confirm, MT proposal and propagation stores the segment's issues;
// errors block a confirm unless the translator overrides them with a reason; projects switch checks off
// or change their severity; documents list their issues and count them in their statistics.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type SegmentJson, type WorkflowFixture } from '../../support/workflow';

const FUNDING = 'Die Förderung beträgt 2500 Euro.';
const FUNDING_WITHOUT_NUMBER = 'Dofinansowanie wynosi kilka tysięcy euro.';
const FUNDING_PL = 'Dofinansowanie wynosi 2500 euro.';
const MEETING = 'Das Treffen findet in Görlitz statt.';
const MEETING_PL = 'Spotkanie odbędzie się w Zgorzelcu.';
const DEADLINE = 'Die Anmeldung endet am 15. Mai.';
const DEADLINE_PL = 'Rejestracja kończy się 15 maja.';

const NUMBER_MISSING = {
  en: { check: 'numbers', severity: 'error', code: 'qa.numbers.missing', message: 'Number 2500 is missing in the translation.' },
  de: { check: 'numbers', severity: 'error', code: 'qa.numbers.missing', message: 'Die Zahl 2500 fehlt in der Übersetzung.' },
  pl: { check: 'numbers', severity: 'error', code: 'qa.numbers.missing', message: 'W tłumaczeniu brakuje liczby 2500.' },
};
const PERIOD_MISSING = {
  check: 'end_punctuation',
  severity: 'warning',
  code: 'qa.end_punctuation.missing',
  message: 'The source ends with “.”, but the translation does not.',
};

describe('QA checks over HTTP', () => {
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const request = (method: string, path: string, token: string, body?: unknown, lang = 'en') =>
    fixture.app.request(method, path, { token, body, headers: { 'accept-language': lang } });
  const save = (segment: Pick<SegmentJson, 'id' | 'version'>, target: string, lang = 'en') =>
    request('PATCH', `/api/segments/${segment.id}`, fixture.translator.token, { target, version: segment.version }, lang);
  const confirm = (segmentId: string, body?: unknown, lang = 'en') =>
    request('POST', `/api/segments/${segmentId}/confirm`, fixture.translator.token, body, lang);
  const settings = (qa: unknown) => request('PATCH', `/api/projects/${fixture.projectId}/settings`, fixture.coordinator.token, { qa });
  const segment = async (id: string) => (await request('GET', `/api/segments/${id}`, fixture.translator.token)).body;

  /** A one-sentence document whose target was saved without the number 2500. */
  async function savedWithoutNumber(): Promise<{ documentId: string; segmentId: string }> {
    const documentId = await submit(fixture, `${FUNDING}\n`);
    const [first] = await segmentsOf(fixture, documentId);
    const saved = await save(first, FUNDING_WITHOUT_NUMBER);
    expect(saved.status).toBe(200);
    return { documentId, segmentId: first.id };
  }

  describe('PATCH /api/segments/:id', () => {
    test('a save with a missing number stores a numbers error, shown on the segment in the reader’s language', async () => {
      const documentId = await submit(fixture, `${FUNDING}\n`);
      const [first] = await segmentsOf(fixture, documentId);

      const saved = await save(first, FUNDING_WITHOUT_NUMBER, 'de');

      expect([saved.status, saved.body.qa, saved.body.qaOverride]).toEqual([200, [NUMBER_MISSING.de], null]);
      expect((await segment(first.id)).qa).toEqual([NUMBER_MISSING.en]);
      expect((await segmentsOf(fixture, documentId)).map((s) => (s as SegmentJson & { qa: unknown }).qa)).toEqual([[NUMBER_MISSING.en]]);
      expect(await fixture.app.store.qaResults.findBySegment(first.id)).toMatchObject({
        documentId,
        version: 2,
        issues: [{ check: 'numbers', severity: 'error', code: 'qa.numbers.missing', params: { number: '2500' } }],
        errors: 1,
        warnings: 0,
        infos: 0,
        overrideReason: null,
      });
    });

    test('a corrected save replaces the stored issues', async () => {
      const { segmentId } = await savedWithoutNumber();
      const corrected = await save({ id: segmentId, version: 2 }, FUNDING_PL);

      expect([corrected.status, corrected.body.qa]).toEqual([200, []]);
      expect((await segment(segmentId)).qa).toEqual([]);
    });

    test('a segment nobody saved or proposed to shows no issues', async () => {
      const documentId = await submit(fixture, `${FUNDING}\n`);
      const [first] = await segmentsOf(fixture, documentId);
      expect((await segment(first.id)).qa).toEqual([]);
    });
  });

  describe('POST /api/segments/:id/confirm', () => {
    test('is refused with 409 qa_errors listing the errors, localized, while the segment stays a draft', async () => {
      const { segmentId } = await savedWithoutNumber();

      const refused = await confirm(segmentId, undefined, 'pl');

      expect([refused.status, refused.body]).toEqual([
        409,
        {
          error: 'qa_errors',
          message: 'Tłumaczenie zawiera błędy kontroli jakości (zob. listę). Popraw je albo zatwierdź mimo to, podając powód.',
          details: { segmentId, issues: [NUMBER_MISSING.pl] },
        },
      ]);
      expect([(await segment(segmentId)).state, (await segment(segmentId)).version]).toEqual(['draft', 2]);
    });

    test('succeeds with an override, whose reason the history and the segment show', async () => {
      const { segmentId } = await savedWithoutNumber();

      const confirmed = await confirm(segmentId, { version: 2, overrideQa: { reason: '  Der Betrag steht in der Tabelle.  ' } });

      expect([confirmed.status, confirmed.body.state, confirmed.body.qa, confirmed.body.qaOverride]).toEqual([
        200,
        'translated',
        [NUMBER_MISSING.en],
        'Der Betrag steht in der Tabelle.',
      ]);
      const history = await request('GET', `/api/segments/${segmentId}/history`, fixture.translator.token);
      expect(history.body.items.map((e: Record<string, unknown>) => [e.action, e.fromState, e.toState, e.note])).toEqual([
        ['created', 'new', 'new', null],
        ['edit', 'new', 'draft', null],
        ['confirm', 'draft', 'translated', 'QA override: Der Betrag steht in der Tabelle.'],
      ]);
      expect(await fixture.app.store.qaResults.findBySegment(segmentId)).toMatchObject({
        version: 3,
        errors: 1,
        overrideReason: 'Der Betrag steht in der Tabelle.',
      });
    });

    test('an override without a reason is 400 invalid_input', async () => {
      const { segmentId } = await savedWithoutNumber();

      const blank = await confirm(segmentId, { overrideQa: { reason: '   ' } });
      const missing = await confirm(segmentId, { overrideQa: {} });

      expect([blank.status, blank.body.error, blank.body.details.issues[0].path]).toEqual([400, 'invalid_input', 'overrideQa.reason']);
      expect([missing.status, missing.body.error]).toEqual([400, 'invalid_input']);
      expect((await segment(segmentId)).state).toBe('draft');
    });

    test('an override of a segment without errors confirms with no note', async () => {
      const documentId = await submit(fixture, `${FUNDING}\n`);
      const [first] = await segmentsOf(fixture, documentId);
      await save(first, FUNDING_PL);

      const confirmed = await confirm(first.id, { overrideQa: { reason: 'vorsichtshalber' } });

      expect([confirmed.status, confirmed.body.qaOverride]).toEqual([200, null]);
      const history = await request('GET', `/api/segments/${first.id}/history`, fixture.translator.token);
      expect(history.body.items.at(-1)).toMatchObject({ action: 'confirm', note: null });
    });

    test('warnings and infos do not block', async () => {
      const documentId = await submit(fixture, `${MEETING}\n`);
      const [first] = await segmentsOf(fixture, documentId);
      await save(first, 'Spotkanie odbędzie się w Zgorzelcu');

      const confirmed = await confirm(first.id);

      expect([confirmed.status, confirmed.body.state, confirmed.body.qa]).toEqual([200, 'translated', [PERIOD_MISSING]]);
    });

    test('the workflow’s own refusals come before QA: a reviewer is 403, a stale version 409 version_conflict', async () => {
      const { segmentId } = await savedWithoutNumber();

      const byReviewer = await request('POST', `/api/segments/${segmentId}/confirm`, fixture.reviewer.token, {});
      const stale = await confirm(segmentId, { version: 1 });

      expect([byReviewer.status, byReviewer.body.error]).toEqual([403, 'forbidden']);
      expect([stale.status, stale.body.error]).toEqual([409, 'version_conflict']);
    });

    test('a confirmed translation propagated to a twin stores the twin’s issues too', async () => {
      const documentId = await submit(fixture, `${FUNDING}\n\n${FUNDING}\n`);
      const [first, twin] = await segmentsOf(fixture, documentId);
      await save(first, FUNDING_WITHOUT_NUMBER);

      expect((await confirm(first.id, { overrideQa: { reason: 'siehe Tabelle' } })).status).toBe(200);

      const propagated = await segment(twin.id);
      expect([propagated.state, propagated.target, propagated.qa, propagated.qaOverride]).toEqual([
        'translated',
        FUNDING_WITHOUT_NUMBER,
        [NUMBER_MISSING.en],
        null,
      ]);
    });
  });

  describe('PATCH /api/projects/:id/settings { qa }', () => {
    test('disabling the numbers check lets the confirm pass, and its issue is gone', async () => {
      const { segmentId } = await savedWithoutNumber();

      const updated = await settings({ disabled: ['numbers'] });
      const confirmed = await confirm(segmentId);

      expect([updated.status, updated.body.settings]).toEqual([
        200,
        { formality: 'default', allowSelfApproval: false, qa: { disabled: ['numbers'], severity: {} } },
      ]);
      expect([confirmed.status, confirmed.body.state, confirmed.body.qa]).toEqual([200, 'translated', []]);
    });

    test('a severity override to warning lets the confirm pass and shows the issue as a warning', async () => {
      const { segmentId } = await savedWithoutNumber();

      const updated = await settings({ severity: { numbers: 'warning' } });
      const confirmed = await confirm(segmentId);

      expect(updated.body.settings.qa).toEqual({ disabled: [], severity: { numbers: 'warning' } });
      expect([confirmed.status, confirmed.body.qa]).toEqual([200, [{ ...NUMBER_MISSING.en, severity: 'warning' }]]);
    });

    test('each QA field replaces only itself; the settings persist', async () => {
      await settings({ disabled: ['numbers', 'numbers', 'whitespace'] });
      const second = await settings({ severity: { placeholders: 'info' } });

      expect(second.body.settings.qa).toEqual({ disabled: ['numbers', 'whitespace'], severity: { placeholders: 'info' } });
      const project = await request('GET', `/api/projects/${fixture.projectId}`, fixture.coordinator.token);
      expect(project.body.settings.qa).toEqual({ disabled: ['numbers', 'whitespace'], severity: { placeholders: 'info' } });
    });

    test('an unknown check id or severity is 400 invalid_input and changes nothing', async () => {
      const unknownDisabled = await settings({ disabled: ['spelling'] });
      const unknownSeverityKey = await settings({ severity: { spelling: 'error' } });
      const unknownSeverity = await settings({ severity: { numbers: 'fatal' } });
      const unknownField = await settings({ switchedOn: ['numbers'] });

      for (const response of [unknownDisabled, unknownSeverityKey, unknownSeverity, unknownField]) {
        expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
      }
      expect(unknownDisabled.body.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['qa.disabled.0']);
      expect((await fixture.app.store.projects.findById(fixture.projectId))!.settings).toEqual({ formality: 'default', allowSelfApproval: false });
    });
  });

  describe('GET /api/projects/:id/qa/checks', () => {
    /** Every check with its default severity, in the order issues are listed (server/domain/qa/registry.ts). */
    const DEFAULTS: [id: string, severity: string][] = [
      ['placeholders', 'error'],
      ['numbers', 'error'],
      ['urls_emails', 'warning'],
      ['glossary_missing', 'warning'],
      ['glossary_forbidden', 'warning'],
      ['untranslated_words', 'warning'],
      ['same_as_source', 'warning'],
      ['end_punctuation', 'warning'],
      ['brackets_quotes', 'warning'],
      ['whitespace', 'warning'],
      ['length_ratio', 'warning'],
      ['inconsistent_translation', 'warning'],
      ['mt_unedited', 'info'],
      ['polish_number_format', 'warning'],
      ['straight_quotes', 'warning'],
      ['nbsp', 'info'],
    ];
    const checks = (token = fixture.translator.token) => request('GET', `/api/projects/${fixture.projectId}/qa/checks`, token);

    test('lists every check with its default severity, all on but nbsp, for any member of the project', async () => {
      const response = await checks();

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        items: DEFAULTS.map(([id, severity]) => ({ id, defaultSeverity: severity, defaultEnabled: id !== 'nbsp', enabled: id !== 'nbsp', severity })),
      });
    });

    test('a check that is off by default runs once the project lists it in `enabled`', async () => {
      const updated = await settings({ enabled: ['nbsp'] });

      expect(updated.body.settings.qa).toEqual({ disabled: [], enabled: ['nbsp'], severity: {} });
      const nbsp = ((await checks()).body.items as { id: string }[]).find((item) => item.id === 'nbsp');
      expect(nbsp).toEqual({ id: 'nbsp', defaultSeverity: 'info', defaultEnabled: false, enabled: true, severity: 'info' });
    });

    test("shows the project's settings: a check switched off, a severity changed", async () => {
      await settings({ disabled: ['whitespace'], severity: { numbers: 'warning' } });

      const items = (await checks()).body.items as { id: string; defaultSeverity: string; defaultEnabled: boolean; enabled: boolean; severity: string }[];

      expect(items.filter((item) => item.enabled !== item.defaultEnabled || item.severity !== item.defaultSeverity)).toEqual([
        { id: 'numbers', defaultSeverity: 'error', defaultEnabled: true, enabled: true, severity: 'warning' },
        { id: 'whitespace', defaultSeverity: 'warning', defaultEnabled: true, enabled: false, severity: 'warning' },
      ]);
    });

    test('someone outside the project gets 404 not_found, as for an unknown project', async () => {
      const outsider = await checks(fixture.outsider.token);
      const unknown = await request('GET', '/api/projects/no-such-project/qa/checks', fixture.coordinator.token);

      expect([outsider.status, outsider.body.error, unknown.status, unknown.body.error]).toEqual([404, 'not_found', 404, 'not_found']);
    });
  });

  describe('GET /api/documents/:id/qa and the document statistics', () => {
    /** Three sentences: one error (and a warning), one warning, one clean. */
    async function checkedDocument(): Promise<{ documentId: string; segments: SegmentJson[] }> {
      const documentId = await submit(fixture, `${FUNDING} ${MEETING} ${DEADLINE}\n`);
      const segments = await segmentsOf(fixture, documentId);
      expect(segments.map((s) => s.source)).toEqual([FUNDING, MEETING, DEADLINE]);
      await save(segments[0], 'Dofinansowanie wynosi kilka tysięcy euro');
      await save(segments[1], 'Spotkanie odbędzie się w Zgorzelcu');
      await save(segments[2], DEADLINE_PL);
      return { documentId, segments };
    }

    const issueRow = (item: Record<string, unknown>) => [item.segmentIndex, item.check, item.severity, item.code];

    test('lists every issue in segment order, with the summary', async () => {
      const { documentId, segments } = await checkedDocument();

      const listed = await request('GET', `/api/documents/${documentId}/qa`, fixture.reviewer.token);

      expect(listed.status).toBe(200);
      expect(listed.body.items[0]).toEqual({
        segmentId: segments[0].id,
        segmentIndex: 0,
        state: 'draft',
        source: FUNDING,
        target: 'Dofinansowanie wynosi kilka tysięcy euro',
        ...NUMBER_MISSING.en,
        overrideReason: null,
        checkedAt: expect.any(String),
      });
      expect(listed.body.items.map(issueRow)).toEqual([
        [0, 'numbers', 'error', 'qa.numbers.missing'],
        [0, 'end_punctuation', 'warning', 'qa.end_punctuation.missing'],
        [1, 'end_punctuation', 'warning', 'qa.end_punctuation.missing'],
      ]);
      expect([listed.body.total, listed.body.offset, listed.body.limit, listed.body.summary]).toEqual([
        3,
        0,
        100,
        { errors: 1, warnings: 2, infos: 0, segmentsWithErrors: 1 },
      ]);
    });

    test('filters by severity and check, and pages', async () => {
      const { documentId } = await checkedDocument();
      const list = async (query: string) => (await request('GET', `/api/documents/${documentId}/qa?${query}`, fixture.translator.token, undefined, 'de')).body;

      const warnings = await list('severity=warning');
      const numbers = await list('check=numbers,placeholders');
      const both = await list('severity=error,info&check=end_punctuation');
      const second = await list('offset=1&limit=1');

      expect([warnings.items.map(issueRow), warnings.total]).toEqual([
        [
          [0, 'end_punctuation', 'warning', 'qa.end_punctuation.missing'],
          [1, 'end_punctuation', 'warning', 'qa.end_punctuation.missing'],
        ],
        2,
      ]);
      expect([numbers.items.map((item: Record<string, unknown>) => item.message), numbers.total]).toEqual([[NUMBER_MISSING.de.message], 1]);
      expect([both.items, both.total]).toEqual([[], 0]);
      expect([second.items.map(issueRow), second.total, second.offset, second.limit]).toEqual([
        [[0, 'end_punctuation', 'warning', 'qa.end_punctuation.missing']],
        3,
        1,
        1,
      ]);
    });

    test('an unknown severity or check in the query is 400; a non-member sees 404', async () => {
      const { documentId } = await checkedDocument();

      const badSeverity = await request('GET', `/api/documents/${documentId}/qa?severity=fatal`, fixture.translator.token);
      const badCheck = await request('GET', `/api/documents/${documentId}/qa?check=spelling`, fixture.translator.token);
      const outsider = await request('GET', `/api/documents/${documentId}/qa`, fixture.outsider.token);

      expect([badSeverity.status, badSeverity.body.error]).toEqual([400, 'invalid_input']);
      expect([badCheck.status, badCheck.body.error]).toEqual([400, 'invalid_input']);
      expect([outsider.status, outsider.body.error]).toEqual([404, 'not_found']);
    });

    test('document statistics count the stored issues', async () => {
      const { documentId, segments } = await checkedDocument();
      const status = async () => (await request('GET', `/api/documents/${documentId}`, fixture.coordinator.token)).body.qa;

      expect(await status()).toEqual({ errors: 1, warnings: 2, infos: 0, segmentsWithErrors: 1 });
      await save({ id: segments[0].id, version: 2 }, FUNDING_PL);
      expect(await status()).toEqual({ errors: 0, warnings: 1, infos: 0, segmentsWithErrors: 0 });
      const listed = await request('GET', `/api/projects/${fixture.projectId}/documents`, fixture.coordinator.token);
      expect(listed.body.items.map((item: { qa: unknown }) => item.qa)).toEqual([{ errors: 0, warnings: 1, infos: 0, segmentsWithErrors: 0 }]);
    });
  });

  describe('pre-translation from the memory', () => {
    test('a target filled from the memory at submission is checked and its issues stored', async () => {
      // An approved translation without the number (confirmed with an override) enters the memory …
      const { segmentId } = await savedWithoutNumber();
      expect((await confirm(segmentId, { overrideQa: { reason: 'Betrag bewusst umschrieben' } })).status).toBe(200);
      expect((await request('POST', `/api/segments/${segmentId}/approve`, fixture.reviewer.token)).status).toBe(200);
      // … and fills the same sentence of the next document, which then shows the numbers error.
      const documentId = await submit(fixture, `${FUNDING}\n`);
      const [pretranslated] = await segmentsOf(fixture, documentId);
      expect([pretranslated.origin, pretranslated.target]).toEqual(['tm', FUNDING_WITHOUT_NUMBER]);
      expect((await segment(pretranslated.id)).qa).toEqual([NUMBER_MISSING.en]);
    });
  });

  describe('glossary terms', () => {
    test('an approved term the target lacks is a glossary_missing warning; a forbidden variant a glossary_forbidden one', async () => {
      await fixture.app.store.glossary.create({
        id: 'term-euroregion',
        projectId: fixture.projectId,
        de: 'Euroregion Neisse',
        pl: 'Euroregion Nysa',
        note: null,
        partOfSpeech: 'proper_noun',
        caseSensitive: false,
        forbidden: ['Euroregion Nisa'],
        status: 'approved',
        compound: false,
        version: 1,
        createdBy: fixture.coordinator.id,
        createdAt: '2026-11-24T10:00:00.000Z',
        updatedAt: '2026-11-24T10:00:00.000Z',
      });
      const documentId = await submit(fixture, 'Die Euroregion Neisse fördert Projekte.\n');
      const [first] = await segmentsOf(fixture, documentId);

      const missing = await save(first, 'Region wspiera projekty.');
      const forbidden = await save({ id: first.id, version: 2 }, 'Euroregion Nisa wspiera projekty.');
      const right = await save({ id: first.id, version: 3 }, 'Euroregion Nysa wspiera projekty.');

      expect(missing.body.qa).toEqual([
        {
          check: 'glossary_missing',
          severity: 'warning',
          code: 'qa.glossary_missing.term_missing',
          message: 'The glossary translates “Euroregion Neisse” as “Euroregion Nysa”, but the translation does not use this term.',
        },
      ]);
      expect(forbidden.body.qa.map((issue: { check: string }) => issue.check)).toEqual(['glossary_missing', 'glossary_forbidden']);
      expect(right.body.qa).toEqual([]);
    });
  });

  describe('inconsistent translations', () => {
    test('a warning appears when a twin was approved with a different target', async () => {
      const documentId = await submit(fixture, `${MEETING}\n\n${MEETING}\n`);
      const [first, twin] = await segmentsOf(fixture, documentId);
      // The twin is worked on first, so neither confirm nor approval of the first overwrites it.
      const twinSaved = await save(twin, 'Spotkanie odbywa się w Görlitz.');
      expect(twinSaved.body.qa).toEqual([]);
      await save(first, MEETING_PL);
      expect((await confirm(first.id)).status).toBe(200);
      const approved = await request('POST', `/api/segments/${first.id}/approve`, fixture.reviewer.token, {});
      expect(approved.body.state).toBe('approved');

      const confirmed = await confirm(twin.id);

      expect([confirmed.status, confirmed.body.qa]).toEqual([
        200,
        [
          {
            check: 'inconsistent_translation',
            severity: 'warning',
            code: 'qa.inconsistent_translation.differs',
            message: `The same German sentence has a different approved translation elsewhere in the project: “${MEETING_PL}”.`,
          },
        ],
      ]);
    });
  });
});

describe('QA checks of machine translation proposals', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl({ translate: (text) => ({ [FUNDING]: FUNDING_PL, [MEETING]: 'Spotkanie odbędzie się w Görlitz' })[text] ?? `PL: ${text}` });
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  test('the job stores the issues of each proposal it applies', async () => {
    const documentId = await submit(fixture, `${FUNDING} ${MEETING}\n`);
    await runMt(fixture, documentId);

    const segments = (await segmentsOf(fixture, documentId)) as (SegmentJson & { qa: { check: string; severity: string }[] })[];

    expect(segments.map((s) => [s.state, s.qa.map((issue) => `${issue.severity}:${issue.check}`)])).toEqual([
      ['draft', ['info:mt_unedited']],
      ['draft', ['warning:end_punctuation', 'info:mt_unedited']],
    ]);
    const status = await fixture.app.request('GET', `/api/documents/${documentId}`, { token: fixture.editor.token });
    expect(status.body.qa).toEqual({ errors: 0, warnings: 1, infos: 2, segmentsWithErrors: 0 });
  });
});
