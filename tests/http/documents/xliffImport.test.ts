// POST /api/documents/:id/xliff: a translated XLIFF file comes back. Units match segments by id; each
// changed target is an edit by the importing translator (confirmed where the file says it is done)
// with QA, history and propagation; a segment changed since the export is a conflict that overwrites
// nothing; a unit whose source changed is refused; a file of another document is refused whole.
import { fixtureBytes, postForm } from '../../support/upload';
import { segmentsOf, startWorkflow, submit, type SegmentJson, type WorkflowFixture } from '../../support/workflow';

const TEXT = [
  'Die Stadt Görlitz lädt ein.',
  'Das Treffen beginnt am Nachmittag.',
  'Anträge sind bis zum 31. März einzureichen.',
  'Rückfragen beantwortet das Euroregionsbüro.',
  'Die Jury tagt im Herbst.',
  'Die Stadt Görlitz lädt ein.',
  'Projekt Smart Integration jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu.',
].join('\n\n');

/** The export with one unit's target and state replaced (the state attribute as a CAT tool writes it). */
function withTarget(xliff: string, unitId: string, target: string, state: string): string {
  const pattern = new RegExp(`(<trans-unit id="${unitId}"[\\s\\S]*?<target state=")[^"]*(">)[\\s\\S]*?(</target>)`);
  if (!pattern.test(xliff)) throw new Error(`no unit ${unitId}`);
  return xliff.replace(pattern, `$1${state}$2${target}$3`);
}

describe('POST /api/documents/:id/xliff', () => {
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => fixture.app.close());

  const exportXliff = async (documentId: string, format = 'xliff12') =>
    (await fixture.app.request('GET', `/api/documents/${documentId}/export?format=${format}`, { token: fixture.translator.token })).text;
  const importRaw = (documentId: string, xliff: string, token = fixture.translator.token, type = 'application/xliff+xml') =>
    fixture.app.request('POST', `/api/documents/${documentId}/xliff`, { token, body: xliff, headers: { 'content-type': type } });
  const historyOf = async (segmentId: string) =>
    (await fixture.app.request('GET', `/api/segments/${segmentId}/history`, { token: fixture.translator.token })).body.items.map(
      (e: { action: string; toState: string; toTarget: string | null; note: string | null }) => [e.action, e.toState, e.toTarget, e.note],
    );
  const state = (segments: SegmentJson[]) => segments.map((s) => [s.state, s.target, s.origin]);

  test('applies each changed target as the translator’s edit, confirms what the file marks done, reports the rest', async () => {
    const documentId = await submit(fixture, TEXT);
    const [s0, s1, s2, s3, s4, s5, s6] = await segmentsOf(fixture, documentId);
    const exported = await exportXliff(documentId);
    // After the export, someone edits segment 3 in Nysa.
    await fixture.app.request('PATCH', `/api/segments/${s3!.id}`, { token: fixture.secondTranslator.token, body: { target: 'Pytania: biuro Euroregionu.', version: 1 } });

    let returned = withTarget(exported, s0!.id, 'Miasto Görlitz zaprasza.', 'translated');
    returned = withTarget(returned, s1!.id, 'Spotkanie rozpoczyna się po południu.', 'needs-review-translation');
    returned = withTarget(returned, s2!.id, 'Wnioski należy składać do końca marca.', 'translated'); // the 31 is missing: a QA error
    returned = withTarget(returned, s3!.id, 'Na pytania odpowiada biuro Euroregionu.', 'translated');
    returned = returned.replace('Die Jury tagt im Herbst.', 'Die Jury tagt im Winter.');
    returned = withTarget(returned, s4!.id, 'Jury obraduje zimą.', 'translated');

    const response = await importRaw(documentId, returned);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      updated: 3,
      confirmed: 1,
      unchanged: 2,
      conflicts: [
        { segmentId: s3!.id, reason: 'changed_since_export', theirs: 'Na pytania odpowiada biuro Euroregionu.', ours: 'Pytania: biuro Euroregionu.', fileVersion: 1, currentVersion: 2 },
      ],
      refused: [{ unitId: s4!.id, reason: 'source_mismatch' }],
      unconfirmed: [{ segmentId: s2!.id, reason: 'qa_errors' }],
    });

    const after = await segmentsOf(fixture, documentId);
    expect(state(after)).toEqual([
      ['translated', 'Miasto Görlitz zaprasza.', 'xliff'],
      ['draft', 'Spotkanie rozpoczyna się po południu.', 'xliff'],
      ['draft', 'Wnioski należy składać do końca marca.', 'xliff'],
      ['draft', 'Pytania: biuro Euroregionu.', 'human'],
      ['new', null, null],
      // The twin of segment 0 takes its confirmed translation.
      ['translated', 'Miasto Görlitz zaprasza.', 'xliff'],
      ['locked', s6!.source, 'source'],
    ]);
    expect(await historyOf(s0!.id)).toEqual([
      ['created', 'new', null, null],
      ['xliff_import', 'draft', 'Miasto Görlitz zaprasza.', null],
      ['confirm', 'translated', 'Miasto Görlitz zaprasza.', null],
    ]);
    expect(await historyOf(s5!.id)).toEqual([
      ['created', 'new', null, null],
      ['propagated', 'translated', 'Miasto Görlitz zaprasza.', `from segment ${s0!.id}`],
    ]);
    // Nothing typed is lost: the file's text is in the conflicting segment's history.
    expect((await historyOf(s3!.id)).at(-1)).toEqual(['edit_conflict', 'draft', 'Na pytania odpowiada biuro Euroregionu.', 'based on version 1']);
    // QA ran on the imported text and is stored with it.
    const qa = await fixture.app.request('GET', `/api/segments/${s2!.id}`, { token: fixture.translator.token });
    expect(qa.body.qa.map((issue: { check: string; severity: string }) => [issue.check, issue.severity])).toContainEqual(['numbers', 'error']);
  });

  test('a file without versions changes nothing that differs: every such unit is a conflict kept in history', async () => {
    const documentId = await submit(fixture, 'Die Jury tagt im Herbst.');
    const [segment] = await segmentsOf(fixture, documentId);
    const xliff = withTarget(await exportXliff(documentId), segment!.id, 'Jury obraduje jesienią.', 'translated').replace(/ nysa:version="\d+"/g, '');
    const response = await importRaw(documentId, xliff);
    expect([response.status, response.body.updated, response.body.conflicts.map((c: { reason: string; fileVersion: null }) => [c.reason, c.fileVersion])]).toEqual([200, 0, [['version_missing', null]]]);
    expect((await historyOf(segment!.id)).at(-1)).toEqual(['edit_conflict', 'new', 'Jury obraduje jesienią.', 'xliff: no version']);
    expect(state(await segmentsOf(fixture, documentId))).toEqual([['new', null, null]]);
  });

  test('XLIFF 2.0 comes back the same way, also as a multipart upload', async () => {
    const documentId = await submit(fixture, 'Die Jury tagt im Herbst.');
    const xliff = (await exportXliff(documentId, 'xliff20'))
      .replace('<segment state="initial">', '<segment state="translated">')
      .replace('</source>\n', '</source>\n        <target>Jury obraduje jesienią.</target>\n');
    const response = await postForm(fixture.app, `/api/documents/${documentId}/xliff`, fixture.translator.token, { files: [{ name: 'jury.xliff', bytes: new TextEncoder().encode(xliff) }] });
    expect([response.status, response.body.updated, response.body.confirmed]).toEqual([200, 1, 1]);
    expect(state(await segmentsOf(fixture, documentId))).toEqual([['translated', 'Jury obraduje jesienią.', 'xliff']]);
  });

  test.each([
    ['a file exported from another document', 422, 'xliff_document_mismatch', (xliff: string) => xliff.replace(/nysa:document-id="[^"]+"/, 'nysa:document-id="5f0c2a57-8d3e-4b1a-9c6e-2d7f1e4b8a90"')],
    ['a file none of whose units is a segment of the document (ids)', 422, 'xliff_no_matching_units', (xliff: string) => xliff.replace(/<trans-unit id="[^"]+"/g, (_m) => `<trans-unit id="x-${Math.random().toString(36).slice(2)}"`)],
    ['a file whose every German source changed', 422, 'xliff_no_matching_units', (xliff: string) => xliff.replace(/<source>/g, '<source>Neu: ')],
    ['a file with an external entity', 422, 'xml_doctype_refused', (xliff: string) => xliff.replace('?>', '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>')],
    ['a file that is not well-formed', 422, 'xliff_invalid', (xliff: string) => xliff.slice(0, xliff.length / 2)],
    ['a file with one unit id twice', 422, 'xliff_duplicate_id', (xliff: string) => xliff.replace('</body>', `${/<trans-unit[\s\S]*?<\/trans-unit>\n/.exec(xliff)![0]}</body>`)],
  ] as const)('%s is %i %s and changes nothing', async (_what, status, code, damage) => {
    const documentId = await submit(fixture, 'Die Stadt Görlitz lädt ein.\n\nDie Jury tagt im Herbst.');
    const [s0] = await segmentsOf(fixture, documentId);
    const xliff = withTarget(await exportXliff(documentId), s0!.id, 'Miasto Görlitz zaprasza.', 'translated');
    const response = await importRaw(documentId, damage(xliff));
    expect([response.status, response.body.error]).toEqual([status, code]);
    expect(state(await segmentsOf(fixture, documentId))).toEqual([['new', null, null], ['new', null, null]]);
    expect(await historyOf(s0!.id)).toEqual([['created', 'new', null, null]]);
  });

  test('the mismatched Smart Integration files of another document are refused whole', async () => {
    const documentId = await submit(fixture, 'Die Stadt Görlitz lädt ein.');
    for (const name of ['smart-integration-mismatched-ids-1.2.xlf', 'smart-integration-mismatched-source-1.2.xlf']) {
      const response = await importRaw(documentId, new TextDecoder().decode(fixtureBytes(`xliff/${name}`)));
      expect([name, response.status, response.body.error]).toEqual([name, 422, 'xliff_document_mismatch']);
    }
  });

  test('the body must be the file or a form: another media type is 415; a form without the file 400', async () => {
    const documentId = await submit(fixture, 'Die Jury tagt im Herbst.');
    const xliff = await exportXliff(documentId);
    expect((await importRaw(documentId, xliff, fixture.translator.token, 'text/plain')).body.error).toBe('unsupported_media_type');
    expect((await importRaw(documentId, xliff, fixture.translator.token, 'text/plain')).status).toBe(415);
    const form = await postForm(fixture.app, `/api/documents/${documentId}/xliff`, fixture.translator.token, { fields: { note: 'x' } });
    expect([form.status, form.body.error]).toEqual([400, 'too_many_fields']);
    const empty = await postForm(fixture.app, `/api/documents/${documentId}/xliff`, fixture.translator.token, {});
    expect([empty.status, empty.body.error]).toEqual([400, 'file_missing']);
    // A file saved as application/xml or text/xml is as good.
    expect((await importRaw(documentId, xliff, fixture.translator.token, 'text/xml; charset=utf-8')).status).toBe(200);
  });

  test('an outsider gets 404; an editor (who may not edit segments) 403', async () => {
    const documentId = await submit(fixture, 'Die Jury tagt im Herbst.');
    const [segment] = await segmentsOf(fixture, documentId);
    const xliff = withTarget(await exportXliff(documentId), segment!.id, 'Jury obraduje jesienią.', 'translated');
    expect((await importRaw(documentId, xliff, fixture.outsider.token)).status).toBe(404);
    const editor = await importRaw(documentId, xliff, fixture.editor.token);
    expect([editor.status, editor.body.error]).toEqual([403, 'forbidden']);
    expect(state(await segmentsOf(fixture, documentId))).toEqual([['new', null, null]]);
  });
});
