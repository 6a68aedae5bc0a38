// What Nysa writes, checked by readers that are not Nysa's: Debian's translate-toolkit (xliff2po, then
// po2csv) reads every 1.2 file Nysa writes — exports and a rebuilt file of another tool — and reports
// the same units, sources and targets; xmllint validates the exports (1.2 and 2.0; translate-toolkit
// does not read 2.0) and a rebuilt 2.0 file against the OASIS schemas (tests/support/xliffSchemas.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { extractXliff, readXliff, rebuildXliff, writeXliff12, writeXliff20 } from '../../../../server/domain/formats/xliff';
import { stripPlaceholders } from '../../../../server/domain/segmentation/placeholders';
import { commandAvailable, describeWithTools } from '../../../support/externalTool';
import { translateToolkitMissing, translateToolkitUnits as readByTranslateToolkit } from '../../../support/translateToolkit';
import { findXliffSchemas, prepareSchemaSet, validateWithSchema, type SchemaSet } from '../../../support/xliffSchemas';
import { exportDocument, exportSegment, fixture, paired, standalone } from './support';

let work = '';
beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-xliff-check-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const file = (name: string, content: string): string => {
  const target = path.join(work, name);
  fs.writeFileSync(target, content);
  return target;
};

/** An export whose targets have every kind of placeholder trouble, and text that needs escaping. */
function troubledExport() {
  const tags = [paired(1, '**', '**'), standalone(2, '<br>'), paired(3, '[', '](https://example.org/?a=1&b=2)')];
  return exportDocument([
    exportSegment({ id: 'm1', source: 'Das {1}Rathaus{/1} & der {3}Markt{/3}.{2/}', target: '{/1}Ratusz {1}i{2/} {3}rynek{/3} <ok>', state: 'draft', version: 2, tags }),
    exportSegment({ id: 'm2', index: 1, source: 'A {1}b{/1} {3}c{/3}', target: '{1}a {3}b{/1} c{/3}', state: 'translated', version: 4, tags }),
    exportSegment({ id: 'm3', index: 2, source: 'Zeile 1\nZeile 2', target: 'Wiersz 1\nWiersz 2', state: 'approved', version: 7 }),
    exportSegment({ id: 'm4', index: 3, source: 'Projekt jest', target: 'Projekt jest', state: 'locked', locked: true, version: 1 }),
  ]);
}

/** The Trados-like file rebuilt with Polish texts, one of them with a dropped closing code. */
function rebuiltForeign12(): string {
  const doc = extractXliff(fixture('trados-like-1.2.xlf'), { lang: 'de' });
  const texts = doc.segments.map((s, i) => ({ text: i === 1 ? 'Spotkanie w {1}ratuszu.' : `PL: ${s.source} & więcej`, tags: s.tags, state: 'translated' as const }));
  return rebuildXliff(doc.skeleton, texts);
}

function rebuiltForeign20(): string {
  const doc = extractXliff(fixture('foreign-2.0.xlf'), { lang: 'de' });
  return rebuildXliff(doc.skeleton, doc.segments.map((s) => ({ text: `PL: ${s.source}`, tags: s.tags, state: 'approved' as const })));
}

/** The text of the native code inside inline elements (<ph>&lt;br/&gt;</ph> → "<br/>"), which translate-toolkit keeps as text. */
function nativeCodeTexts(content: string): string[] {
  const texts = new Set<string>();
  for (const segment of extractXliff(content, { lang: 'de' }).segments) {
    for (const tag of segment.tags) {
      for (const markup of [tag.open, tag.close]) {
        let text = '';
        const parser = new SaxesParser();
        parser.on('text', (t) => (text += t));
        try {
          parser.write(`<r>${markup}</r>`).close();
        } catch {
          continue; // a start or end tag alone (<g …>) holds no native code
        }
        if (text) texts.add(text);
      }
    }
  }
  return [...texts];
}

describeWithTools(
  'XLIFF 1.2 read by translate-toolkit (xliff2po, po2csv)',
  translateToolkitMissing,
  () => {
    /** [unit id, source, target] as translate-toolkit reports them. */
    const translateToolkitUnits = (xliff: string): string[][] => readByTranslateToolkit(xliff, work).map((u) => [u.location, u.source, u.target]);

    const ours = (xliff: string) =>
      readXliff(xliff).units.map((u) => [u.id, stripPlaceholders(u.source), stripPlaceholders(u.target ?? '')]);
    const withoutNativeCode = (rows: string[][], native: string[]) =>
      rows.map(([id, ...texts]) => [id as string, ...texts.map((text) => native.reduce((t, code) => t.split(code).join(''), text))]);

    it.each([
      ['the Smart Integration export', () => fixture('smart-integration-1.2.xlf')],
      ['the returned Smart Integration file', () => fixture('smart-integration-returned-1.2.xlf')],
      ['an export with moved, dropped and crossed placeholders', () => writeXliff12(troubledExport())],
    ])('reads %s with the same units, sources and targets as Nysa', (_what, make) => {
      const xliff = make();
      expect(translateToolkitUnits(xliff)).toEqual(ours(xliff));
    });

    it('reads the rebuilt Trados-like file with the same units, sources and targets (native code aside)', () => {
      const xliff = rebuiltForeign12();
      const native = nativeCodeTexts(fixture('trados-like-1.2.xlf'));
      expect(native.sort()).toEqual(['</b>', '<b>', '<i>', '<w:tab/>']);
      expect(withoutNativeCode(translateToolkitUnits(xliff), native)).toEqual(ours(xliff));
      expect(translateToolkitUnits(xliff)[0]).toEqual([
        'tu-1',
        'Die Stadt Görlitz lädt ein. Das Treffen findet im Rathaus statt.',
        'PL: Die Stadt Görlitz lädt ein. & więcej Spotkanie w ratuszu.',
      ]);
    });
  },
);

let schemaSource: { dir: string } | { missing: string } | null = null;
const schemas = (): { dir: string } | { missing: string } => (schemaSource ??= findXliffSchemas());

describeWithTools(
  'XLIFF validated against the OASIS schemas (xmllint)',
  () => {
    if (!commandAvailable('xmllint')) return 'xmllint is missing: install Debian’s libxml2-utils';
    const found = schemas();
    return 'missing' in found ? found.missing : null;
  },
  () => {
    let set: SchemaSet;
    beforeAll(() => {
      set = prepareSchemaSet((schemas() as { dir: string }).dir);
    });
    afterAll(() => fs.rmSync(set.dir, { recursive: true, force: true }));

    it.each([
      ['1.2', 'the Smart Integration export', () => fixture('smart-integration-1.2.xlf')],
      ['1.2', 'an export with moved, dropped and crossed placeholders', () => writeXliff12(troubledExport())],
      ['2.0', 'the Smart Integration export', () => fixture('smart-integration-2.0.xlf')],
      ['2.0', 'an export with moved, dropped and crossed placeholders', () => writeXliff20(troubledExport())],
      ['2.0', 'the returned Smart Integration file', () => fixture('smart-integration-returned-2.0.xlf')],
      ['2.0', 'the rebuilt foreign 2.0 file', rebuiltForeign20],
    ] as const)('finds %s %s valid', (version, _what, make) => {
      const result = validateWithSchema(set, version === '1.2' ? set.xliff12 : set.xliff20, file(`valid-${version}.xlf`, make()));
      expect(result).toEqual({ valid: true, report: expect.stringContaining('validates') });
    });

    it('finds a file with a state the standard does not have invalid (the check can fail)', () => {
      const broken = fixture('smart-integration-2.0.xlf').replace('state="final"', 'state="signed-off"');
      expect(validateWithSchema(set, set.xliff20, file('invalid.xlf', broken)).valid).toBe(false);
      const broken12 = fixture('smart-integration-1.2.xlf').replace('nysa:version="1"', 'nysa:version="one"');
      expect(validateWithSchema(set, set.xliff12, file('invalid12.xlf', broken12)).valid).toBe(false);
    });
  },
);
