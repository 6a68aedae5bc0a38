// Issue 9's "done when": the Smart Integration press release as a Word file, a web page and an XLIFF file
// goes through submission (as an uploaded file), MT, post-editing, review and export over HTTP, and each
// export is read by a reader that is not Nysa's — pandoc for Word and HTML, translate-toolkit and
// xmllint (the OASIS schemas) for XLIFF — with the German structure intact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stripPlaceholders } from '../../../server/domain/segmentation/placeholders';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { commandAvailable, describeWithTools, executableAvailable, PANDOC } from '../../support/externalTool';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { pandocAst, pandocShape, pandocWords } from '../../support/pandoc';
import { translateToolkitMissing, translateToolkitUnits } from '../../support/translateToolkit';
import { download, fixtureBytes, postForm } from '../../support/upload';
import { segmentsOf, startWorkflow, type SegmentJson, type WorkflowFixture } from '../../support/workflow';
import { findXliffSchemas, prepareSchemaSet, validateWithSchema, type SchemaSet } from '../../support/xliffSchemas';

/** The translator's mark on the first segment (in place of DeepL's "PL: "). */
const POST_EDITED = 'Poprawione:';
/** What the translator writes where DeepL's answer (the fake's "PL: " + German) fails QA: the dates. */
const POST_EDITS: Record<string, string> = {
  'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams statt.': 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie zespołu projektowego.',
  'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams „Smart Integration“ statt, das die Intensivierung und Verstetigung der Verwaltungszusammenarbeit in allen Fragen der Raum- und Regionalentwicklung im sächsisch-niederschlesischen Grenzraum zum Ziel hat.':
    'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie zespołu projektowego „Smart Integration”, którego celem jest intensyfikacja i utrwalenie współpracy administracji we wszystkich kwestiach rozwoju przestrzennego i regionalnego na saksońsko-dolnośląskim pograniczu.',
};

function missingReaders(): string | null {
  if (!executableAvailable(PANDOC.path)) return `${PANDOC.path} is missing: ${PANDOC.neededFor}`;
  const toolkit = translateToolkitMissing();
  if (toolkit !== null) return toolkit;
  if (!commandAvailable('xmllint')) return 'xmllint is missing: install Debian’s libxml2-utils';
  const schemas = findXliffSchemas();
  return 'missing' in schemas ? schemas.missing : null;
}

describeWithTools('the Smart Integration press release as DOCX, HTML and XLIFF, from upload to export', missingReaders, () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;
  let work: string;
  let schemas: SchemaSet;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-format-workflow-'));
    schemas = prepareSchemaSet((findXliffSchemas() as { dir: string }).dir);
  });
  afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(schemas.dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  const write = (name: string, bytes: Uint8Array | string): string => {
    const file = path.join(work, name);
    fs.writeFileSync(file, bytes);
    return file;
  };

  /** Upload as the editor, MT, the translator post-edits the first segment and confirms all, the reviewer approves. */
  async function translateAndApprove(name: string): Promise<{ documentId: string; segments: SegmentJson[] }> {
    const { app, editor, translator, reviewer } = fixture;
    const uploaded = await postForm(app, `/api/projects/${fixture.projectId}/documents`, editor.token, { files: [{ name, bytes: fixtureBytes(name) }] });
    expect(uploaded.status).toBe(201);
    const documentId = uploaded.body.id as string;
    const started = await app.request('POST', `/api/documents/${documentId}/mt`, { token: editor.token });
    expect(started.status).toBe(202);
    await app.deps.mtJobs.idle();

    const [first] = await segmentsOf(fixture, documentId);
    const postEdited = `${POST_EDITED} ${first!.target!.replace(/^PL: /, '')}`;
    const edited = await app.request('PATCH', `/api/segments/${first!.id}`, { token: translator.token, body: { target: postEdited, version: first!.version } });
    expect([edited.status, edited.body.origin]).toEqual([200, 'human']);
    const count = (await segmentsOf(fixture, documentId)).length;
    for (let index = 0; index < count; index++) {
      // Read again each time: confirming a segment confirms its twins (repetitions) too.
      const segment = (await segmentsOf(fixture, documentId))[index]!;
      if (segment.state !== 'draft') continue; // locked (the Polish notes), or confirmed with a twin
      let version = segment.version;
      const fix = POST_EDITS[segment.source];
      if (fix !== undefined) {
        const fixed = await app.request('PATCH', `/api/segments/${segment.id}`, { token: translator.token, body: { target: fix, version } });
        expect([segment.index, fixed.status]).toEqual([segment.index, 200]);
        version = fixed.body.version as number;
      }
      const confirmed = await app.request('POST', `/api/segments/${segment.id}/confirm`, { token: translator.token, body: { version } });
      expect([segment.index, confirmed.status, confirmed.body.error]).toEqual([segment.index, 200, undefined]);
    }
    const approved = await app.request('POST', `/api/documents/${documentId}/approve`, { token: reviewer.token, body: {} });
    expect([approved.status, approved.body.skipped]).toEqual([200, []]);
    const status = await app.request('GET', `/api/documents/${documentId}`, { token: fixture.coordinator.token });
    expect([status.body.status, status.body.percentApproved]).toEqual(['approved', 100]);
    return { documentId, segments: await segmentsOf(fixture, documentId) };
  }

  type Download = Awaited<ReturnType<typeof download>>;
  /**
   * Every export the checks read, downloaded one after the other before any reader runs: a reader slower
   * than the server's keep-alive timeout (a busy machine) would otherwise leave the next download a
   * socket the server is closing (ECONNRESET).
   */
  async function exportsOf(documentId: string): Promise<Record<'original' | 'xliff12' | 'xliff20' | 'bilingual', Download>> {
    const got = async (query: string) => {
      const file = await download(fixture.app, `/api/documents/${documentId}/export${query}`, fixture.coordinator.token);
      expect([query, file.status]).toEqual([query, 200]);
      return file;
    };
    return { original: await got(''), xliff12: await got('?format=xliff12'), xliff20: await got('?format=xliff20'), bilingual: await got('?format=bilingual') };
  }

  /** [unit id, target] as translate-toolkit reports them from an XLIFF 1.2 file. */
  const readByTranslateToolkit = (xliff: Uint8Array): string[][] => translateToolkitUnits(xliff, work).map((unit) => [unit.location, unit.target]);

  /** Both XLIFF exports of an approved document are valid and translate-toolkit reads every unit of the 1.2 one. */
  function checkXliffExports({ xliff12, xliff20 }: Record<'xliff12' | 'xliff20', Download>, segments: SegmentJson[]): void {
    expect(validateWithSchema(schemas, schemas.xliff12, write('export-12.xlf', xliff12.bytes))).toEqual({ valid: true, report: expect.stringContaining('validates') });
    expect(readByTranslateToolkit(xliff12.bytes)).toEqual(segments.map((segment) => [segment.id, stripPlaceholders(segment.target ?? '')]));
    expect(validateWithSchema(schemas, schemas.xliff20, write('export-20.xlf', xliff20.bytes))).toEqual({ valid: true, report: expect.stringContaining('validates') });
  }

  test('a Word file: pandoc reads the Polish export with the German paragraphs, tables, notes and links, and the review table', async () => {
    const { documentId, segments } = await translateAndApprove('docx/smart-integration.docx');
    const files = await exportsOf(documentId);
    const exported = files.original;
    expect(exported.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const german = pandocAst(write('german.docx', fixtureBytes('docx/smart-integration.docx')), 'docx');
    const polish = pandocAst(write('polish.docx', exported.bytes), 'docx');
    expect(pandocShape(polish.blocks)).toEqual(pandocShape(german.blocks));
    expect(pandocWords(polish.blocks).join(' ')).toContain(POST_EDITED);
    expect(pandocWords(polish.blocks)).toContain('PL:');

    const review = pandocAst(write('review.docx', files.bilingual.bytes), 'docx');
    expect((review.blocks as { t: string }[]).map((block) => block.t)).toEqual(['Table']);
    checkXliffExports(files, segments);
  });

  test('a web page: pandoc reads the Polish export with the German blocks and links, lang="pl"', async () => {
    const { documentId, segments } = await translateAndApprove('html/smart-integration.html');
    const files = await exportsOf(documentId);
    const exported = files.original;
    const html = Buffer.from(exported.bytes).toString('utf8');
    expect(html).toMatch(/<html[^>]* lang="pl"/);
    expect(html).toContain(POST_EDITED);
    // The link's title attribute is translated, its target kept.
    expect(html).toContain('title="PL: Zur Sächsisch-Niederschlesischen Grenzraumstudie"');
    const german = pandocAst(write('german.html', fixtureBytes('html/smart-integration.html')), 'html');
    const polish = pandocAst(write('polish.html', exported.bytes), 'html');
    expect(pandocShape(polish.blocks)).toEqual(pandocShape(german.blocks));
    checkXliffExports(files, segments);
  });

  test('an XLIFF file: its original export is valid XLIFF 1.2, read by translate-toolkit with every unit of the German file and the Polish targets', async () => {
    const { documentId, segments } = await translateAndApprove('xliff/smart-integration-1.2.xlf');
    const files = await exportsOf(documentId);
    const exported = files.original;
    const xliff = Buffer.from(exported.bytes).toString('utf8');
    expect(xliff).toContain(POST_EDITED);
    expect(validateWithSchema(schemas, schemas.xliff12, write('original.xlf', exported.bytes))).toEqual({ valid: true, report: expect.stringContaining('validates') });
    // Every unit of the German file, the Polish text in each unit Nysa made a segment of; the units
    // marked translate="no" (the Polish funding notes) are no segments and keep their targets.
    const polishById = new Map(segments.map((segment) => [segment.externalId, stripPlaceholders(segment.target ?? '')]));
    const german = readByTranslateToolkit(fixtureBytes('xliff/smart-integration-1.2.xlf'));
    expect(german.map(([id]) => id).filter((id) => !polishById.has(id))).toEqual(['si-02', 'si-10']);
    expect(readByTranslateToolkit(exported.bytes)).toEqual(german.map(([id, target]) => [id, polishById.get(id) ?? target]));
    checkXliffExports(files, segments);
  });
});
