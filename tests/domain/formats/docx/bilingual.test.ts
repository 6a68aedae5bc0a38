// writeBilingualDocx: a two-column Word table of source and target for reviewers outside Nysa, with the
// segment number, state and notes under the texts and the placeholders readable.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { writeBilingualDocx, type BilingualTable } from '../../../../server/domain/formats/docx';
import { describeWithTool, PANDOC } from '../../../support/externalTool';
import { malformedParts, partsOf, partText } from './support';

const table: BilingualTable = {
  title: 'Smart Integration – 4. Treffen des Projektteams',
  sourceLang: 'de',
  targetLang: 'pl',
  rows: [
    { id: 1, source: '4. Treffen des Projektteams', target: '4. spotkanie zespołu projektowego', state: 'approved' },
    {
      id: 2,
      source: 'Das {1}Sächsische Staatsministerium des Innern{/1} hatte eingeladen.{2/}',
      target: 'Zaprosiło {1}Saksońskie Ministerstwo Spraw Wewnętrznych{/1}.{2/}',
      state: 'translated',
      notes: 'Name laut Glossar & <Stil>',
    },
    { id: 3, source: 'Zeile eins\nZeile zwei', target: '', state: 'draft' },
  ],
};

describe('writeBilingualDocx', () => {
  const docx = writeBilingualDocx(table);

  it('writes a well-formed Word package, the same bytes every time', () => {
    expect(Object.keys(partsOf(docx))).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
    expect(malformedParts(docx)).toEqual([]);
    expect(writeBilingualDocx(table)).toEqual(docx);
  });

  it('has one table of two columns: a header row and a row per segment, the header repeated on each page', () => {
    const parser = new SaxesParser();
    const counts: Record<string, number> = { 'w:tbl': 0, 'w:tr': 0, 'w:tc': 0, 'w:gridCol': 0, 'w:tblHeader': 0 };
    parser.on('opentag', (tag) => {
      if (tag.name in counts) counts[tag.name] = (counts[tag.name] as number) + 1;
    });
    parser.write(partText(docx, 'word/document.xml')).close();
    expect(counts).toEqual({ 'w:tbl': 1, 'w:tr': 4, 'w:tc': 8, 'w:gridCol': 2, 'w:tblHeader': 1 });
  });

  it('marks each cell’s text with its language and gives placeholders a colour of their own', () => {
    const document = partText(docx, 'word/document.xml');
    expect(document).toContain('<w:r><w:rPr><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">Das </w:t></w:r><w:r><w:rPr><w:color w:val="1F6FB2"/><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">{1}</w:t></w:r>');
    expect(document).toContain('<w:t xml:space="preserve">translated — Name laut Glossar &amp; &lt;Stil&gt;</w:t>');
    expect(document).toContain('<w:t xml:space="preserve">Zeile eins</w:t><w:br/><w:t xml:space="preserve">Zeile zwei</w:t>');
    expect(partText(docx, 'docProps/core.xml')).toContain('<dc:title>Smart Integration – 4. Treffen des Projektteams</dc:title>');
  });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The text of pandoc blocks: words joined by spaces, line breaks as "/", paragraphs by " | ". */
function text(node: Json): string {
  if (Array.isArray(node)) return node.map(text).join('');
  if (!node || typeof node !== 'object') return '';
  if (node.t === 'Str') return node.c as string;
  if (node.t === 'Space' || node.t === 'SoftBreak') return ' ';
  if (node.t === 'LineBreak') return '/';
  if (node.t === 'Para' || node.t === 'Plain') return ` | ${text(node.c)}`;
  return node.c === undefined ? '' : text(node.c);
}

describeWithTool(
  PANDOC,
  'writeBilingualDocx read by pandoc',
  () => {
    it('is read as the title and one table with the header row and a row per segment', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bilingual-'));
      try {
        const file = path.join(dir, 'review.docx');
        fs.writeFileSync(file, writeBilingualDocx(table));
        const ast = JSON.parse(execFileSync(PANDOC.path, ['-f', 'docx', '-t', 'json', file], { encoding: 'utf8', timeout: 60_000 })) as { meta: Record<string, Json>; blocks: Json[] };
        // pandoc takes a paragraph in the Title style as the document's title.
        expect(text(ast.meta.title ?? null)).toBe('Smart Integration – 4. Treffen des Projektteams');
        expect(ast.blocks.map((block) => (block as { t: string }).t)).toEqual(['Table']);
        const [, , , head, bodies] = (ast.blocks[0] as { c: Json[] }).c as [Json, Json, Json, [Json, Json[]], [Json, Json, Json[], Json[]][]];
        const rows = [...head[1], ...bodies.flatMap((body) => [...body[2], ...body[3]])] as [Json, [Json, Json, Json, Json, Json[]][]][];
        expect(rows.map(([, cells]) => cells.map((cell) => text(cell[4]).slice(3)))).toEqual([
          ['DE', 'PL'],
          ['4. Treffen des Projektteams | #1', '4. spotkanie zespołu projektowego | approved'],
          [
            'Das {1}Sächsische Staatsministerium des Innern{/1} hatte eingeladen.{2/} | #2',
            'Zaprosiło {1}Saksońskie Ministerstwo Spraw Wewnętrznych{/1}.{2/} | translated — Name laut Glossar & <Stil>',
          ],
          // An empty target paragraph is no block for pandoc: the cell holds only the state.
          ['Zeile eins/Zeile zwei | #3', 'draft'],
        ]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
