// The exported Word files are real Word files: two independent readers, pandoc and LibreOffice, read the
// German rebuild and the "Polish" one (every segment prefixed "PL: ") of each fixture and find the same
// paragraphs, headings, lists, table cells, footnotes, images and links as in the original.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { extractDocx, rebuildDocx } from '../../../../server/domain/formats/docx';
import { FIXTURE_DIR } from '../../../../scripts/fixtures/docx';
import { describeWithTool, PANDOC } from '../../../support/externalTool';
import { pandocAst, pandocShape as shape, pandocWords as words, type PandocJson as Json } from '../../../support/pandoc';
import { fakePolish, sourceTexts } from './support';

const SOFFICE = {
  path: '/usr/bin/soffice',
  neededFor: "the DOCX reader tests need LibreOffice (apt-get install -y libreoffice-writer-nogui)",
  check: 'soffice is installed',
};
const FIXTURES = ['constructs', 'smart-integration'];
const VARIANTS = ['original', 'german', 'polish'] as const;

/** Writes each fixture's original, German rebuild and Polish rebuild into `dir`; returns the segment counts. */
function writeVariants(dir: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of FIXTURES) {
    const original = new Uint8Array(fs.readFileSync(path.join(FIXTURE_DIR, `${name}.docx`)));
    const doc = extractDocx(original, { lang: 'de' });
    counts[name] = doc.segments.length;
    fs.writeFileSync(path.join(dir, `${name}.original.docx`), original);
    fs.writeFileSync(path.join(dir, `${name}.german.docx`), rebuildDocx(doc.skeleton, sourceTexts(doc), { targetLang: 'de' }));
    fs.writeFileSync(path.join(dir, `${name}.polish.docx`), rebuildDocx(doc.skeleton, fakePolish(doc), { targetLang: 'pl' }));
  }
  return counts;
}

// --- pandoc ------------------------------------------------------------------------------------------

describeWithTool(PANDOC, 'DOCX export read by pandoc', () => {
  let dir: string;
  const ast: Record<string, { blocks: Json }> = {};

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-docx-pandoc-'));
    writeVariants(dir);
    for (const name of FIXTURES) {
      for (const variant of VARIANTS) {
        ast[`${name}.${variant}`] = pandocAst(path.join(dir, `${name}.${variant}.docx`), 'docx');
      }
    }
  }, 120_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(FIXTURES)('%s: the German rebuild reads exactly as the original', (name) => {
    expect(ast[`${name}.german`]?.blocks).toEqual(ast[`${name}.original`]?.blocks);
  });

  it.each(FIXTURES)('%s: the Polish rebuild has the original’s paragraphs, lists, table cells, notes, formatting and links', (name) => {
    const original = shape(ast[`${name}.original`]?.blocks ?? null);
    expect(original.length).toBeGreaterThan(10);
    expect(shape(ast[`${name}.polish`]?.blocks ?? null)).toEqual(original);
  });

  it('constructs: the Polish text is in the body, table cells, footnotes and link texts', () => {
    const blocks = ast['constructs.polish']?.blocks as Json[];
    const table = blocks.find((block) => (block as { t: string }).t === 'Table') as Json;
    expect(words(table).filter((word) => word === 'PL:')).toHaveLength(7);
    const notes: Json[] = [];
    const findNotes = (node: Json) => {
      if (Array.isArray(node)) node.forEach(findNotes);
      else if (node && typeof node === 'object') (node.t === 'Note' ? notes.push(node) : node.c !== undefined && findNotes(node.c));
    };
    findNotes(blocks);
    expect(notes.map((note) => words(note).join(' '))).toEqual([
      'PL: Die Angaben beruhen auf dem Protokoll vom 31. Januar 2019.',
      'PL: Weitere Informationen erhalten Sie bei der Pressestelle.',
    ]);
    expect(shape(blocks).filter((element) => element.startsWith('Link'))).toEqual(['Link "https://www.example.org/grenzraumstudie"']);
  });
});

// --- LibreOffice -------------------------------------------------------------------------------------

/** What LibreOffice made of a document, converted to its own format (ODF): elements counted, text joined. */
interface OdfReading {
  counts: Record<string, number>;
  /** Body text (content.xml), then header and footer text (styles.xml). */
  text: string;
}

const COUNTED = ['text:p', 'text:h', 'text:list-item', 'table:table-cell', 'text:a', 'draw:image', 'draw:frame', 'text:note', 'style:header', 'style:footer'];

function readOdt(file: string): OdfReading {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const counts = Object.fromEntries(COUNTED.map((name) => [name, 0]));
  let text = '';
  for (const part of ['content.xml', 'styles.xml']) {
    const parser = new SaxesParser();
    // LibreOffice keeps the original's tracked changes (deleted text, authors) apart: the export accepted them.
    let inChanges = 0;
    parser.on('opentag', (tag) => {
      if (tag.name === 'text:tracked-changes' || inChanges) inChanges++;
      if (inChanges) return;
      if (tag.name in counts) counts[tag.name] = (counts[tag.name] as number) + 1;
      if (tag.name === 'text:p' || tag.name === 'text:h') text += '\n';
    });
    parser.on('closetag', () => {
      if (inChanges) inChanges--;
    });
    parser.on('text', (chunk) => {
      if (!inChanges) text += chunk;
    });
    parser.write(strFromU8(parts[part] as Uint8Array)).close();
  }
  return { counts, text };
}

describeWithTool(SOFFICE, 'DOCX export read by LibreOffice', () => {
  let dir: string;
  let segments: Record<string, number>;
  const read: Record<string, OdfReading> = {};

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-docx-soffice-'));
    segments = writeVariants(dir);
    const files = FIXTURES.flatMap((name) => VARIANTS.map((variant) => path.join(dir, `${name}.${variant}.docx`)));
    // A private profile, so that parallel runs (and a desktop LibreOffice) do not share one.
    execFileSync(SOFFICE.path, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'odt', '--outdir', dir, ...files], { timeout: 180_000, stdio: 'pipe' });
    for (const file of files) read[path.basename(file, '.docx')] = readOdt(file.replace(/\.docx$/, '.odt'));
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(FIXTURES)('%s: German and Polish rebuilds have the original’s paragraphs, headings, list items, cells, frames, notes and links', (name) => {
    const original = read[`${name}.original`]?.counts;
    expect(original?.['text:p']).toBeGreaterThan(5);
    expect(read[`${name}.german`]?.counts).toEqual(original);
    expect(read[`${name}.polish`]?.counts).toEqual(original);
  });

  it.each(FIXTURES)('%s: the German rebuild has the original’s text; the Polish one shows every segment once', (name) => {
    expect(read[`${name}.german`]?.text).toBe(read[`${name}.original`]?.text);
    expect(read[`${name}.polish`]?.text.match(/PL:/g)).toHaveLength(segments[name] as number);
  });
});
