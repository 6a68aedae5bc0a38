// Finding 7 of issue 15 over HTTP: a Markdown document nested too deep is refused, in the caller's
// language, before anything is stored, by submission and preview alike; nothing reaches "approved,
// 100 %" with German text left in the export.
import { startWorkflow, type WorkflowFixture } from '../../support/workflow';

const LIST_50 = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- Punkt Ebene ${i + 1}.`).join('\n') + '\n';
const QUOTE_100 = Array.from({ length: 100 }, (_, i) => `${'>'.repeat(i + 1)} Zitat Ebene ${i + 1}.`).join('\n\n') + '\n';

describe('documents over HTTP: Markdown nested too deep', () => {
  let fixture: WorkflowFixture;
  beforeAll(async () => {
    fixture = await startWorkflow();
  });
  afterAll(async () => fixture?.app.close());

  const documents = async () =>
    (await fixture.app.request('GET', `/api/projects/${fixture.projectId}/documents`, { token: fixture.editor.token })).body;

  test.each([
    ['a list nested 50 levels', LIST_50, 'de', 41, 'Listen und Zitate sind in diesem Dokument mehr als 40 Ebenen tief verschachtelt. So tief verschachtelten Text kann Nysa nicht zuverlässig segmentieren: Verschachtelung verringern und erneut einreichen.'],
    ['a quote nested 100 levels', QUOTE_100, 'pl', 81, 'Listy i cytaty w tym dokumencie są zagnieżdżone na ponad 40 poziomów. Nysa nie może niezawodnie podzielić tak głęboko zagnieżdżonego tekstu: zmniejsz zagnieżdżenie i prześlij dokument ponownie.'],
    ['a list nested 50 levels', LIST_50, 'en', 41, 'Lists and quotes in this document are nested more than 40 levels deep. Nysa cannot segment text that deep reliably: flatten the nesting and submit it again.'],
  ])('%s (Accept-Language %s) is 400 markdown_too_deep with the line, and no document is stored', async (_name, content, language, line, message) => {
    const before = await documents();
    const submitted = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, {
      token: fixture.editor.token,
      body: { title: 'Tief', format: 'markdown', content },
      headers: { 'accept-language': language },
    });
    expect([submitted.status, submitted.body]).toEqual([400, { error: 'markdown_too_deep', message, details: { limit: 40, line } }]);
    expect(await documents()).toEqual(before);
  });

  test('the preview refuses it the same way', async () => {
    const preview = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents/preview`, {
      token: fixture.editor.token,
      body: { format: 'markdown', content: LIST_50 },
    });
    expect([preview.status, preview.body.error, preview.body.details]).toEqual([400, 'markdown_too_deep', { limit: 40, line: 41 }]);
  });
});
