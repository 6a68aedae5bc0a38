// A project's own sentence rules: added abbreviations and exceptions change how its documents are
// segmented, and the rule set travels as SRX 2.0.
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const TEXT = 'Das Vorh. Brückenbau beginnt im Mai. Die Kosten trägt der Freistaat.\n';

describe('project segmentation rules over HTTP', () => {
  let fixture: WorkflowFixture;
  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const sources = async (content: string) => (await segmentsOf(fixture, await submit(fixture, content))).map((s) => s.source);
  const put = (rules: unknown, token = fixture.coordinator.token) =>
    fixture.app.request('PUT', `/api/projects/${fixture.projectId}/segmentation`, { token, body: { rules } });

  test('an abbreviation the project adds stops a wrong split', async () => {
    expect(await sources(TEXT)).toEqual(['Das Vorh.', 'Brückenbau beginnt im Mai.', 'Die Kosten trägt der Freistaat.']);
    const saved = await put({ de: { abbreviations: { 'Vorh.': 'never_ends' } } });
    expect([saved.status, saved.body.rules]).toEqual([200, { de: { abbreviations: { 'Vorh.': 'never_ends' } } }]);
    expect(await sources(TEXT)).toEqual(['Das Vorh. Brückenbau beginnt im Mai.', 'Die Kosten trägt der Freistaat.']);
  });

  test('a change of other settings (formality, LQA weights) keeps the project’s rules', async () => {
    await put({ de: { abbreviations: { 'Vorh.': 'never_ends' } } });
    const changed = await fixture.app.request('PATCH', `/api/projects/${fixture.projectId}/settings`, {
      token: fixture.coordinator.token,
      body: { formality: 'more', lqa: { weights: { major: 4 } } },
    });
    expect(changed.status).toBe(200);
    expect(await sources(TEXT)).toEqual(['Das Vorh. Brückenbau beginnt im Mai.', 'Die Kosten trägt der Freistaat.']);
  });

  test('an exception the project adds forces a break', async () => {
    await put({ de: { exceptions: [{ break: true, before: 'Mai\\.', after: ' ' }] } });
    expect(await sources('Es geht los am 3. Mai. Die Kosten trägt der Freistaat.\n')).toEqual([
      'Es geht los am 3. Mai.',
      'Die Kosten trägt der Freistaat.',
    ]);
  });

  test('the rule set is exported as SRX 2.0 and imported into another project', async () => {
    await put({ de: { abbreviations: { 'Vorh.': 'never_ends' } } });
    const exported = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/segmentation?format=srx`, {
      token: fixture.translator.token,
    });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(exported.text).toContain('<srx xmlns="http://www.lisa.org/srx20"');
    expect(exported.text).toContain('Vorh');

    const other = await fixture.app.request('POST', '/api/projects', {
      token: fixture.coordinator.token,
      body: { name: 'Zweites Projekt', sourceLang: 'de', targetLang: 'pl' },
    });
    const imported = await fixture.app.request('POST', `/api/projects/${other.body.id}/segmentation/import`, {
      token: fixture.coordinator.token,
      body: { content: exported.text },
    });
    expect(imported.status).toBe(200);
    expect(imported.body.rules.de.abbreviations['Vorh.']).toBe('never_ends');
  });

  test('a catastrophic exception is accepted and a 100,000-character submission with it is segmented as the rule says', async () => {
    const saved = await put({ de: { exceptions: [{ break: true, before: '(x+x+)+y', after: '\\s' }] } });
    expect(saved.status).toBe(200);
    const sentence = `Die Prüfung ${'x'.repeat(200)} ist bestanden.`;
    const content = `${Array.from({ length: 450 }, () => sentence).join(' ')} Der Code xxy folgt.\n`;
    expect(content.length).toBeGreaterThan(100_000);
    const segments = await sources(content);
    expect(segments).toHaveLength(452);
    expect(segments.slice(-3)).toEqual([sentence, 'Der Code xxy', 'folgt.']);
  });

  test('lookaround and backreferences are refused with unsupported_pattern and the position, in the caller\'s language', async () => {
    const refused = await fixture.app.request('PUT', `/api/projects/${fixture.projectId}/segmentation`, {
      token: fixture.coordinator.token,
      headers: { 'accept-language': 'de' },
      body: { rules: { pl: { exceptions: [{ break: false, before: '(?<=\\d) r\\.', after: '\\s' }] } } },
    });
    expect([refused.status, refused.body.error, refused.body.details]).toEqual([
      400,
      'unsupported_pattern',
      { lang: 'pl', index: 0, field: 'before', position: 0, construct: '(?<=', feature: 'lookbehind' },
    ]);
    expect(refused.body.message).toBe(
      'Ein Muster verwendet „(?<=“ an Position 0. Lookahead, Lookbehind und Rückverweise sind nicht erlaubt: Segmentierungsmuster müssen in linearer Zeit laufen.',
    );
    const srx = '<srx version="2.0"><body><languagerules><languagerule languagerulename="X">\n' +
      '<rule break="no"><beforebreak>Nr\\.</beforebreak><afterbreak>\\s+(?=\\d)</afterbreak></rule></languagerule></languagerules>' +
      '<maprules><languagemap languagepattern="de.*" languagerulename="X"/></maprules></body></srx>';
    const imported = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/segmentation/import`, {
      token: fixture.coordinator.token,
      body: { content: srx },
    });
    expect([imported.status, imported.body.error, imported.body.details]).toEqual([
      400,
      'unsupported_pattern',
      { line: 2, field: 'after', position: 3, construct: '(?=', feature: 'lookahead' },
    ]);
  });

  test('bad rules and bad SRX get clear 4xx errors; translators may read but not change', async () => {
    const badRegex = await put({ de: { exceptions: [{ break: true, before: '(', after: '' }] } });
    expect([badRegex.status, badRegex.body.error]).toEqual([400, 'invalid_segmentation_rule']);
    const badSrx = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/segmentation/import`, {
      token: fixture.coordinator.token,
      body: { content: '<srx version="2.0">\n<header>\n</srx>' },
    });
    expect([badSrx.status, badSrx.body.error, badSrx.body.details.line]).toEqual([400, 'invalid_srx', 3]);
    expect((await put({ de: {} }, fixture.translator.token)).status).toBe(403);
    const read = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/segmentation`, { token: fixture.translator.token });
    expect([read.status, read.body]).toEqual([200, { rules: {} }]);
    const unknownField = await put({ de: { abbreviation: {} } });
    expect([unknownField.status, unknownField.body.error]).toEqual([400, 'invalid_input']);
  });
});
