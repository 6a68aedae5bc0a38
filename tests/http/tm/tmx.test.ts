// TMX import (a background job over a file streamed to disk) and export (streamed), over HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TmxImportRunner } from '../../../server/commands/tm/runTmxImport';
import { importedUnitId } from '../../../server/commands/tm/tmxImports';
import type { TestAppOptions } from '../../support/testApp';
import { startWorkflow, type Person, type WorkflowFixture } from '../../support/workflow';

const FIXTURE = fs.readFileSync(path.join(__dirname, '../../fixtures/tmx/grenzraum.tmx'));

/** The four units of the fixture (tu 3 has no Polish variant, tu 5 an empty one). */
const FIXTURE_UNITS = [
  ['Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.'],
  ['Anträge sind bis zum {1}31.03.2027{/1} beim {2}Euroregionsbüro{/2} einzureichen.', 'Wnioski należy składać w {2}biurze Euroregionu{/2} do {1}31.03.2027{/1}.'],
  ['Weitere Informationen:{1/}www.euroregion-nysa.eu', 'Więcej informacji:{1/}www.euroregion-nysa.eu'],
  ['Rückfragen beantwortet das Euroregionsbüro.', 'Na pytania odpowiada biuro Euroregionu.'],
];

/** A TMX document with `count` numbered units. */
function generatedTmx(count: number): string {
  const units = Array.from(
    { length: count },
    (_, i) => `<tu><tuv xml:lang="de"><seg>Satz ${i} mit <bpt i="1"/>Markup<ept i="1"/>.</seg></tuv><tuv xml:lang="pl"><seg>Zdanie ${i} ze <bpt i="1"/>znacznikami<ept i="1"/>.</seg></tuv></tu>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="de"/><body>\n${units.join('')}</body></tmx>\n`;
}

describe('TMX import and export over HTTP', () => {
  let fixture: WorkflowFixture;

  const start = async (options: TestAppOptions = {}) => {
    fixture = await startWorkflow(options);
    return fixture;
  };
  afterEach(async () => {
    await fixture?.app.close();
  });

  const importTmx = (content: string | Buffer, options: { token?: string; projectId?: string; type?: string; headers?: Record<string, string> } = {}) =>
    fixture.app.request('POST', `/api/projects/${options.projectId ?? fixture.projectId}/tm/import`, {
      token: options.token ?? fixture.coordinator.token,
      body: typeof content === 'string' ? Buffer.from(content) : content,
      headers: { 'content-type': options.type ?? 'application/x-tmx+xml', ...options.headers },
    });

  const jobOf = async (id: string, headers: Record<string, string> = {}) =>
    (await fixture.app.request('GET', `/api/tm-imports/${id}`, { token: fixture.coordinator.token, headers })).body;

  /** Imports and waits for the background job; returns the finished job. */
  const importAndWait = async (content: string | Buffer, projectId = fixture.projectId) => {
    const started = await importTmx(content, { projectId });
    expect(started.status).toBe(202);
    await fixture.app.deps.tmxImports.idle();
    return jobOf(started.body.id);
  };

  const unitsOf = async (projectId = fixture.projectId, token = fixture.translator.token) => {
    const units: { id: string; source: string; target: string; origin: string; originId: string | null; createdAt: string }[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await fixture.app.request('GET', `/api/projects/${projectId}/tm/units?offset=${offset}&limit=500`, { token });
      expect(page.status).toBe(200);
      units.push(...page.body.items);
      if (units.length >= page.body.total) return units;
    }
  };
  const pairsOf = async (projectId?: string, token?: string) => (await unitsOf(projectId, token)).map((u) => [u.source, u.target]);

  const importsDir = () => path.join(fixture.app.config.dataDir, 'imports');
  const filesInImports = () => (fs.existsSync(importsDir()) ? fs.readdirSync(importsDir()) : []);

  const newProject = async (name: string): Promise<string> => {
    const created = await fixture.app.request('POST', '/api/projects', { token: fixture.coordinator.token, body: { name, sourceLang: 'de', targetLang: 'pl' } });
    expect(created.status).toBe(201);
    return created.body.id;
  };

  test('imports a file as a background job: 202 at once, then done with exact counts, units in file order', async () => {
    await start();
    const started = await importTmx(FIXTURE);

    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/tm-imports/${started.body.id}`);
    expect(started.body).toEqual({
      id: expect.any(String),
      projectId: fixture.projectId,
      status: 'queued',
      stage: 'queued',
      done: 0,
      total: null,
      skipped: 0,
      bytesRead: 0,
      totalBytes: FIXTURE.length,
      errorCode: null,
      error: null,
      createdBy: fixture.coordinator.id,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    await fixture.app.deps.tmxImports.idle();
    expect(await jobOf(started.body.id)).toMatchObject({
      status: 'done',
      stage: 'done',
      done: 4,
      total: 4,
      skipped: 2,
      bytesRead: FIXTURE.length,
      totalBytes: FIXTURE.length,
      errorCode: null,
      error: null,
    });
    const units = await unitsOf();
    expect(units.map((u) => [u.source, u.target])).toEqual(FIXTURE_UNITS);
    expect(units.map((u) => [u.origin, u.originId])).toEqual(FIXTURE_UNITS.map(() => ['tmx', null]));
    expect(filesInImports()).toEqual([]);
  });

  test('accepts application/xml and text/xml with a charset, and refuses other media types with 415', async () => {
    await start();
    const xml = await importTmx(FIXTURE, { type: 'application/xml' });
    const text = await importTmx(FIXTURE, { type: 'Text/XML; charset=utf-8' });
    const plain = await importTmx(FIXTURE, { type: 'text/plain' });
    const none = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/tm/import`, { token: fixture.coordinator.token });
    const gzipped = await importTmx(FIXTURE, { headers: { 'content-encoding': 'gzip' } });
    await fixture.app.deps.tmxImports.idle();

    expect([xml.status, text.status]).toEqual([202, 202]);
    expect([plain.status, plain.body.error, plain.body.details]).toEqual([415, 'unsupported_media_type', { expected: ['application/x-tmx+xml', 'application/xml', 'text/xml'] }]);
    expect([none.status, none.body.error]).toEqual([415, 'unsupported_media_type']);
    expect([gzipped.status, gzipped.body.details]).toEqual([415, { encoding: 'gzip' }]);
    expect((await unitsOf()).length).toBe(8);
  });

  test('stores units in batches and saves the progress after each one', async () => {
    const saved: [number, number | null, number][] = [];
    await start({ tmxImports: { batchSize: 2, afterBatch: (job) => void saved.push([job.done, job.total, job.bytesRead]) } });
    const job = await importAndWait(generatedTmx(5));
    const size = Buffer.byteLength(generatedTmx(5));

    expect(saved).toEqual([
      [2, 5, size],
      [4, 5, size],
      [5, 5, size],
    ]);
    expect(job).toMatchObject({ status: 'done', done: 5, total: 5, skipped: 0, bytesRead: size });
    expect((await pairsOf()).at(-1)).toEqual(['Satz 4 mit {1}Markup{/1}.', 'Zdanie 4 ze {1}znacznikami{/1}.']);
  });

  test('export, then import of the export into another project gives identical units', async () => {
    await start();
    const content = generatedTmx(1200).replace('</body>', `${FIXTURE.toString().split('<body>')[1].split('</body>')[0]}</body>`);
    expect(await importAndWait(content)).toMatchObject({ status: 'done', done: 1204, skipped: 2 });

    const exported = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/tm/export`, { token: fixture.translator.token });

    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/x-tmx+xml; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="Grenzraumstudie 2026.tmx"; filename*=UTF-8''Grenzraumstudie%202026.tmx`);
    expect(exported.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header creationtool="Nysa" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en" srclang="de" o-tmf="Nysa" creationdate="')).toBe(true);
    expect(exported.text.endsWith('</tu>\n  </body>\n</tmx>\n')).toBe(true);
    expect(exported.text.match(/<tu /g)).toHaveLength(1204);
    const units = await unitsOf();
    expect(exported.text).toContain(
      `    <tu tuid="${units[1201].id}" creationdate="${units[1201].createdAt.replace(/[-:]|\.\d+/g, '')}" changedate="`,
    );
    expect(exported.text).toContain(
      '      <tuv xml:lang="de"><seg>Anträge sind bis zum <bpt i="1" x="1"/>31.03.2027<ept i="1"/> beim <bpt i="2" x="2"/>Euroregionsbüro<ept i="2"/> einzureichen.</seg></tuv>\n' +
        '      <tuv xml:lang="pl"><seg>Wnioski należy składać w <bpt i="1" x="2"/>biurze Euroregionu<ept i="1"/> do <bpt i="2" x="1"/>31.03.2027<ept i="2"/>.</seg></tuv>\n',
    );

    const other = await newProject('Kopie');
    expect(await importAndWait(exported.text, other)).toMatchObject({ status: 'done', done: 1204, total: 1204, skipped: 0 });
    expect(await pairsOf(other, fixture.coordinator.token)).toEqual(units.map((u) => [u.source, u.target]));
  });

  test('a file that is not well-formed ends the job failed with invalid_tmx, line and column, and stores nothing', async () => {
    await start();
    // An "&" not written as "&amp;" in the last unit: the units before it are not stored either.
    const broken = generatedTmx(3).replace('Satz 2 mit', 'Satz 2 & mit');
    const started = await importTmx(broken);
    await fixture.app.deps.tmxImports.idle();

    expect(await jobOf(started.body.id)).toMatchObject({
      status: 'failed',
      stage: 'failed',
      done: 0,
      total: null,
      errorCode: 'invalid_tmx',
      error: {
        code: 'invalid_tmx',
        message: 'The file is not a valid TMX document (line 7, column 0); nothing was imported.',
        detail: 'line 7, column 0: unclosed tag: seg (the last markup read before it ends at line 5, column 28)',
        line: 7,
        column: 0,
      },
    });
    expect((await jobOf(started.body.id, { 'accept-language': 'de' })).error.message).toBe(
      'Die Datei ist kein gültiges TMX-Dokument (Zeile 7, Spalte 0); es wurde nichts importiert.',
    );
    expect((await jobOf(started.body.id, { 'accept-language': 'pl' })).error.message).toBe(
      'Plik nie jest prawidłowym dokumentem TMX (wiersz 7, kolumna 0); niczego nie zaimportowano.',
    );
    expect(await unitsOf()).toEqual([]);
    expect(filesInImports()).toEqual([]);
  });

  test.each([
    ['an empty file', '', 'line 1, column 0: document must contain a root element.'],
    ['an XLIFF file', '<?xml version="1.0"?>\n<xliff version="1.2"><file/></xliff>\n', 'line 2, column 21: the root element is <xliff>, not <tmx>'],
  ])('%s ends the job failed with invalid_tmx', async (_name, content, detail) => {
    await start();
    const started = await importTmx(content);
    await fixture.app.deps.tmxImports.idle();

    expect(await jobOf(started.body.id)).toMatchObject({ status: 'failed', totalBytes: Buffer.byteLength(content), error: { code: 'invalid_tmx', detail } });
  });

  test('an external entity (XXE) is never resolved: the job fails and the file text appears nowhere', async () => {
    await start();
    const secretDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-xxe-'));
    const secret = path.join(secretDir, 'passwd');
    fs.writeFileSync(secret, 'root:GEHEIMNIS-4711');
    const content =
      `<?xml version="1.0"?>\n<!DOCTYPE tmx [ <!ENTITY xxe SYSTEM "file://${secret}"> <!ENTITY intern "INTERN-0815"> ]>\n` +
      '<tmx version="1.4"><body>\n<tu><tuv xml:lang="de"><seg>Hallo &xxe; &intern;</seg></tuv><tuv xml:lang="pl"><seg>Cześć</seg></tuv></tu>\n</body></tmx>\n';
    try {
      const started = await importTmx(content);
      await fixture.app.deps.tmxImports.idle();
      const job = await fixture.app.request('GET', `/api/tm-imports/${started.body.id}`, { token: fixture.coordinator.token });
      const units = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/tm/units`, { token: fixture.coordinator.token });
      const exported = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/tm/export`, { token: fixture.coordinator.token });

      expect(job.body).toMatchObject({ status: 'failed', error: { code: 'invalid_tmx', detail: 'line 4, column 39: undefined entity.', line: 4, column: 39 } });
      expect(units.body).toMatchObject({ items: [], total: 0 });
      for (const text of [job.text, units.text, exported.text]) {
        expect(text).not.toContain('GEHEIMNIS');
        expect(text).not.toContain('INTERN-0815');
      }
    } finally {
      fs.rmSync(secretDir, { recursive: true, force: true });
    }
  });

  test('after a restart in the middle of an import it resumes without storing any unit twice', async () => {
    let reached!: () => void;
    const firstBatch = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await start({
      tmxImports: {
        batchSize: 2,
        afterBatch: async (job) => {
          if (job.done !== 2) return;
          reached();
          await gate;
        },
      },
    });
    const content = generatedTmx(5);
    const started = await importTmx(content);
    await firstBatch;
    // Shut the runner down as a restart would: it finishes the batch at hand and leaves the job running.
    const stopping = fixture.app.deps.tmxImports.stop();
    release();
    await stopping;

    const interrupted = await jobOf(started.body.id);
    expect(interrupted).toMatchObject({ status: 'running', stage: 'importing', done: 2, total: 5 });
    expect((await pairsOf()).length).toBe(2);
    expect(filesInImports()).toEqual([`${started.body.id}.tmx`]);

    // A new runner on the same store, as main.ts starts one after a restart.
    const restarted = new TmxImportRunner(fixture.app.deps, fixture.app.deps.tmxImports.files, { batchSize: 2 });
    expect(await restarted.resumeUnfinished()).toBe(1);
    await restarted.idle();

    expect(await jobOf(started.body.id)).toMatchObject({ status: 'done', done: 5, total: 5, bytesRead: Buffer.byteLength(content) });
    const units = await unitsOf();
    expect(units.map((u) => u.source)).toEqual([0, 1, 2, 3, 4].map((i) => `Satz ${i} mit {1}Markup{/1}.`));
    expect(units.map((u) => u.id)).toEqual([0, 1, 2, 3, 4].map((i) => importedUnitId(started.body.id, i)));
    expect(filesInImports()).toEqual([]);
  });

  test('a batch stored again after a crash (before its progress was saved) is not stored twice', async () => {
    await start({ tmxImports: { batchSize: 2 } });
    const started = await importTmx(generatedTmx(5));
    await fixture.app.deps.tmxImports.idle();
    // As if the process had died after storing the units but before saving the job: reset it and keep the file.
    const stored = (await fixture.app.store.tmImportJobs.findById(started.body.id))!;
    await fixture.app.store.tmImportJobs.update({ ...stored, status: 'running', done: 3 });
    fs.writeFileSync(path.join(importsDir(), `${stored.id}.tmx`), generatedTmx(5));

    const restarted = new TmxImportRunner(fixture.app.deps, fixture.app.deps.tmxImports.files, { batchSize: 2 });
    await restarted.resumeUnfinished();
    await restarted.idle();

    expect(await jobOf(stored.id)).toMatchObject({ status: 'done', done: 5, total: 5 });
    expect((await unitsOf()).length).toBe(5);
  });

  test('a queued job whose file is gone after a restart fails with tmx_file_missing', async () => {
    await start();
    await fixture.app.deps.tmxImports.stop(); // the runner takes no new job: the import stays queued
    const started = await importTmx(FIXTURE);
    expect(await jobOf(started.body.id)).toMatchObject({ status: 'queued' });
    fs.rmSync(path.join(importsDir(), `${started.body.id}.tmx`));

    const restarted = new TmxImportRunner(fixture.app.deps, fixture.app.deps.tmxImports.files);
    expect(await restarted.resumeUnfinished()).toBe(1);
    await restarted.idle();

    const job = await fixture.app.request('GET', `/api/tm-imports/${started.body.id}`, { token: fixture.coordinator.token, headers: { 'accept-language': 'de' } });
    expect(job.body).toMatchObject({
      status: 'failed',
      error: { code: 'tmx_file_missing', message: 'Die hochgeladene TMX-Datei ist nicht mehr auf dem Server. Bitte laden Sie sie erneut hoch.', line: null, column: null },
    });
  });

  test('refuses a file above TMX_LIMIT_BYTES with 413, announced or not, keeping nothing', async () => {
    await start({ config: { tmxLimitBytes: 1000 } });
    const announced = await importTmx(FIXTURE);
    // Without Content-Length (chunked): the limit is checked while the body arrives.
    const chunked = await fetch(`${fixture.app.baseUrl}/api/projects/${fixture.projectId}/tm/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fixture.coordinator.token}`, 'content-type': 'application/x-tmx+xml' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(FIXTURE.subarray(0, 900));
          controller.enqueue(FIXTURE.subarray(900));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);

    expect([announced.status, announced.body.error, announced.body.details]).toEqual([413, 'payload_too_large', { limitBytes: 1000 }]);
    expect([chunked.status, ((await chunked.json()) as { error: string }).error]).toEqual([413, 'payload_too_large']);
    expect(filesInImports()).toEqual([]);
    expect(await fixture.app.store.tmImportJobs.listUnfinished()).toEqual([]);
  });

  describe('who may do what', () => {
    test('coordinators and admins import; editors, translators and reviewers get 403 and nothing is saved', async () => {
      await start();
      const admin = await fixture.app.createUser({ roles: ['admin'] });
      const statuses: [number, string][] = [];
      for (const person of [fixture.editor, fixture.translator, fixture.reviewer]) {
        const response = await importTmx(FIXTURE, { token: person.token });
        statuses.push([response.status, response.body.error]);
      }
      const byAdmin = await importTmx(FIXTURE, { token: admin.token });
      await fixture.app.deps.tmxImports.idle();

      expect(statuses).toEqual([
        [403, 'forbidden'],
        [403, 'forbidden'],
        [403, 'forbidden'],
      ]);
      expect(byAdmin.status).toBe(202);
      expect(await jobOf(byAdmin.body.id)).toMatchObject({ status: 'done', done: 4, createdBy: admin.user.id });
      expect(await fixture.app.store.tmUnits.countByProject(fixture.projectId)).toBe(4);
    });

    test('every member exports and follows a job; others get 404, and anonymous requests 401', async () => {
      await start();
      const started = await importTmx(FIXTURE);
      await fixture.app.deps.tmxImports.idle();
      const get = (url: string, person: Person) => fixture.app.request('GET', url, { token: person.token });
      const exportUrl = `/api/projects/${fixture.projectId}/tm/export`;
      const jobUrl = `/api/tm-imports/${started.body.id}`;

      for (const person of [fixture.editor, fixture.translator, fixture.reviewer]) {
        expect([(await get(exportUrl, person)).status, (await get(jobUrl, person)).status]).toEqual([200, 200]);
      }
      const outsiderExport = await get(exportUrl, fixture.outsider);
      const outsiderJob = await get(jobUrl, fixture.outsider);
      const outsiderImport = await importTmx(FIXTURE, { token: fixture.outsider.token });
      const unknownProject = await importTmx(FIXTURE, { projectId: 'project-unknown' });
      const unknownJob = await fixture.app.request('GET', '/api/tm-imports/job-unknown', { token: fixture.coordinator.token, headers: { 'accept-language': 'pl' } });
      const anonymous = await fixture.app.request('GET', exportUrl);

      expect([outsiderExport.status, outsiderExport.body.error]).toEqual([404, 'not_found']);
      expect([outsiderJob.status, outsiderJob.body.message]).toEqual([404, 'The TMX import was not found.']);
      expect([outsiderImport.status, outsiderImport.body.error]).toEqual([404, 'not_found']);
      expect([unknownProject.status, unknownProject.body.error]).toEqual([404, 'not_found']);
      expect([unknownJob.status, unknownJob.body.message]).toEqual([404, 'Nie znaleziono importu TMX.']);
      expect(anonymous.status).toBe(401);
      expect(filesInImports()).toEqual([]);
    });
  });
});
