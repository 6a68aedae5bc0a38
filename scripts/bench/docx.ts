// DOCX benchmark: generates a Word file of about --pages pages (300 words a page: headings, paragraphs
// whose runs Word split for spell-checking and revisions, some bold and italic words, a footnote every
// few paragraphs, a table every few pages, a page break between articles), then measures the domain
// part of submission (extractDocx: package checks, parsing, segmentation, skeleton) and of export
// (rebuildDocx with a fake Polish text per segment), median of --runs, with resident memory.
//
//   npx tsx scripts/bench/docx.ts [--pages 200] [--runs 3] [--seed 20190130]
//
// The issue's targets for the whole HTTP path: submission ≤ 5 s, export ≤ 2 s, RSS growth ≤ 300 MB.
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { extractDocx, rebuildDocx } from '../../server/domain/formats/docx';
import { docxPackage, p, r } from '../fixtures/docxParts';
import { germanText } from './germanText';
import { machine, table } from './support';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const WORDS_PER_PAGE = 300;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A paragraph as Word leaves it after editing: runs of 3–9 words with revision ids and Word's usual run
 * properties (font, size, language), now and then a bold or italic stretch, spell-check marks between.
 */
function typedParagraph(text: string, index: number, footnote: number | null): string {
  const words = text.split(' ');
  let runs = '';
  for (let at = 0, n = 0; at < words.length; n++) {
    const size = 3 + ((index + n * 7) % 7);
    const chunk = words.slice(at, at + size).join(' ') + (at + size < words.length ? ' ' : '');
    const look = n % 5 === 2 ? '<w:b/>' : n % 7 === 3 ? '<w:i/>' : '';
    const rsid = (index * 31 + n).toString(16).padStart(6, '0').toUpperCase();
    runs +=
      `<w:r w:rsidR="00${rsid}" w:rsidRPr="00${rsid}"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>${look}` +
      `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">${escape(chunk)}</w:t></w:r>`;
    if (n % 4 === 1) runs += '<w:proofErr w:type="spellStart"/><w:proofErr w:type="spellEnd"/>';
    at += size;
  }
  if (footnote !== null) runs += `<w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteReference w:id="${footnote}"/></w:r>`;
  const pPr = '<w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>';
  return `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00A1B2C3">${pPr}${runs}</w:p>`;
}

function benchTable(rows: string[]): string {
  const cell = (text: string) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${p(escape(text))}</w:tc>`;
  const body = rows.map((row, i) => `<w:tr>${cell(`Maßnahme ${i + 1}`)}${cell(row.split(' ').slice(0, 8).join(' '))}${cell(`${(i + 1) * 12_500} Euro`)}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${body}</w:tbl>`;
}

/** A Word file of about `pages` pages, and how many words its text has. */
export function benchDocx(pages: number, seed: number): { docx: Uint8Array; words: number } {
  const targetWords = pages * WORDS_PER_PAGE;
  const text = germanText(Math.ceil(targetWords / 13), seed);
  const blocks = text.content.split(/\n\n+/).filter((block) => block.trim());
  const body: string[] = [];
  const notes: string[] = [];
  let words = 0;
  blocks.forEach((block, i) => {
    const lines = block.split('\n');
    if (lines.length === 1 && !/[.!?]$/.test(block)) {
      if (i > 0) body.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
      body.push(p(escape(block), '<w:pStyle w:val="berschrift1"/>'));
    } else if (lines.length > 1) {
      body.push(...lines.map((line) => p(r(line), '<w:pStyle w:val="Listenabsatz"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')));
    } else {
      const footnote = i % 6 === 0 ? notes.length + 1 : null;
      body.push(typedParagraph(block, i, footnote));
      if (footnote !== null) {
        notes.push(`<w:footnote w:id="${footnote}"><w:p><w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Quelle: Protokoll Nr. ${footnote}, Seite ${(footnote % 40) + 1}.</w:t></w:r></w:p></w:footnote>`);
      }
    }
    if (i % 40 === 20) body.push(benchTable(block.split(/(?<=\.) /).slice(0, 4)));
    words += block.split(/\s+/).length;
  });
  const numbering =
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
  const docx = docxPackage({ body: `${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`, footnotes: notes.join(''), numbering });
  return { docx, words };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

function main(): void {
  const pages = option('pages', 200);
  const runs = option('runs', 3);
  const seed = option('seed', 20190130);
  console.log(`DOCX benchmark: ${pages} pages, median of ${runs} — ${machine()}`);
  const { docx, words } = benchDocx(pages, seed);
  const documentXml = (unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'] as Uint8Array).length;
  const rssStart = process.memoryUsage().rss;
  let peak = rssStart;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };

  const extractMs: number[] = [];
  let doc = extractDocx(docx, { lang: 'de' });
  sample();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    doc = extractDocx(docx, { lang: 'de' });
    extractMs.push(performance.now() - start);
    sample();
  }
  const polish = doc.segments.map((s) => ({ text: `PL: ${s.source}`, tags: s.tags }));
  const rebuildMs: number[] = [];
  let out = rebuildDocx(doc.skeleton, polish, { targetLang: 'pl' });
  sample();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    out = rebuildDocx(doc.skeleton, polish, { targetLang: 'pl' });
    rebuildMs.push(performance.now() - start);
    sample();
  }
  console.log(
    table([
      ['figure', 'value'],
      ['input', `${mib(docx.length)} (${docx.length} bytes; word/document.xml ${mib(documentXml)}), ${words} words, ${doc.segments.length} segments`],
      ['skeleton', `${mib(doc.skeleton.length)} (${doc.skeleton.length} characters)`],
      ['extractDocx, median', `${median(extractMs).toFixed(0)} ms (runs: ${extractMs.map((ms) => ms.toFixed(0)).join(', ')})`],
      ['rebuildDocx (pl), median', `${median(rebuildMs).toFixed(0)} ms (runs: ${rebuildMs.map((ms) => ms.toFixed(0)).join(', ')})`],
      ['output', `${mib(out.length)} (${out.length} bytes)`],
      ['RSS at start → highest sample', `${mib(rssStart)} → ${mib(peak)} (+${mib(peak - rssStart)})`],
    ]),
  );
  console.log(JSON.stringify({ pages, words, bytes: docx.length, documentXmlBytes: documentXml, segments: doc.segments.length, skeletonChars: doc.skeleton.length, extractMs: median(extractMs), rebuildMs: median(rebuildMs), rssGrowthMiB: (peak - rssStart) / 1048576 }));
}

if (require.main === module) main();
