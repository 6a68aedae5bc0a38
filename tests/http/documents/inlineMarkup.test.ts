// Markdown inline formatting travels as placeholders: to DeepL as XML tags, back in the place DeepL
// moved it to, flagged when a translator breaks it, and rebuilt as Markdown in the export.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const MOVED: Record<string, string> = {
  '<g id="1">Neue Projekte</g> wurden vorgestellt.': 'Przedstawiono <g id="1">nowe projekty</g>.',
  'Mehr unter <g id="1">unserer Seite</g> und <x id="2"/>.': 'Więcej na <g id="1">naszej stronie</g> oraz <x id="2"/>.',
};

describe('inline markup over HTTP', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl({ translate: (text) => MOVED[text] ?? `PL: ${text}` });
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  test('placeholders go to DeepL as tags, come back moved, are checked, and the export rebuilds the Markdown', async () => {
    const documentId = await submit(fixture, '**Neue Projekte** wurden vorgestellt. Mehr unter [unserer Seite](https://example.org) und `PDF`.\n', {
      format: 'markdown',
    });
    await runMt(fixture, documentId);
    expect(deepl.stats.texts).toEqual(Object.keys(MOVED));
    expect(deepl.stats.params[0].tag_handling).toBe('xml');

    const segments = await segmentsOf(fixture, documentId);
    expect(segments.map((s) => [s.source, s.target])).toEqual([
      ['{1}Neue Projekte{/1} wurden vorgestellt.', 'Przedstawiono {1}nowe projekty{/1}.'],
      ['Mehr unter {1}unserer Seite{/1} und {2/}.', 'Więcej na {1}naszej stronie{/1} oraz {2/}.'],
    ]);
    const first = await fixture.app.request('GET', `/api/segments/${segments[0].id}`, { token: fixture.translator.token });
    expect(first.body.qa.filter((issue: { check: string }) => issue.check === 'placeholders')).toEqual([]);

    // A translator who drops a placeholder sees it flagged, in their language.
    const broken = await fixture.app.request('PATCH', `/api/segments/${segments[1].id}`, {
      token: fixture.translator.token,
      headers: { 'accept-language': 'pl' },
      body: { target: 'Więcej na {1}naszej stronie{/1}.', version: segments[1].version },
    });
    expect(broken.body.qa.filter((issue: { check: string }) => issue.check === 'placeholders')).toEqual([
      { check: 'placeholders', severity: 'error', code: 'qa.placeholders.missing', message: expect.stringContaining('{2/}') },
    ]);

    const preview = await fixture.app.request('GET', `/api/documents/${documentId}/export?allowUnapproved=true`, {
      token: fixture.coordinator.token,
    });
    expect(preview.text).toBe('Przedstawiono **nowe projekty**. Więcej na [naszej stronie](https://example.org).\n');
  });
});
