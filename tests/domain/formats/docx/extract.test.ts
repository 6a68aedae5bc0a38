// extractDocx: which text of a Word file becomes which segment, with which placeholders, and what stays
// in the skeleton. Packages are built from hand-written WordprocessingML (scripts/fixtures/docxParts).
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { extractDocx } from '../../../../server/domain/formats/docx';
import type { ParsedDocument } from '../../../../server/domain/formats/model';
import { docxPackage, p, r, type DocxParts } from '../../../../scripts/fixtures/docxParts';
import { refusal } from './support';

const extract = (parts: DocxParts): ParsedDocument => extractDocx(docxPackage(parts), { lang: 'de' });
const sources = (doc: ParsedDocument) => doc.segments.map((s) => s.source);

/** A part of the skeleton's package, as text (markers U+E000 i U+E002 run-start U+E001 included). */
function skeletonPart(doc: ParsedDocument, name: string): string {
  const [header, base64] = [doc.skeleton.slice(0, doc.skeleton.indexOf('\n') + 1), doc.skeleton.slice(doc.skeleton.indexOf('\n') + 1)];
  expect(header).toBe('nysa-docx/1\n');
  return strFromU8(unzipSync(new Uint8Array(Buffer.from(base64, 'base64')))[name] as Uint8Array);
}

/** The skeleton's body (inside w:body) of word/document.xml. */
const skeletonBody = (doc: ParsedDocument) => /<w:body>([\s\S]*)<\/w:body>/.exec(skeletonPart(doc, 'word/document.xml'))?.[1];
const marker = (i: number, runStart = '<w:r>') => `\uE000${i}\uE002${runStart}\uE001`;


/** A run as Word writes it while typing: revision ids, language, spell-check marks around it. */
const typed = (text: string, i: number) =>
  `<w:r w:rsidR="00A2${i}B1" w:rsidRPr="00C3${i}D4"><w:rPr><w:rFonts w:hint="default"/><w:noProof/><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('extractDocx: runs and inline formatting', () => {
  it('makes a plain paragraph split into 8 runs (revision ids, language, spell-check marks) one plain segment', () => {
    const words = ['Das ', 'Projekt ', 'Smart ', 'Integration ', 'wird ', 'von der ', 'EU ', 'finanziert.'];
    const runs = words.map((w, i) => (i === 3 ? '<w:proofErr w:type="spellStart"/>' : '') + typed(w, i) + (i === 3 ? '<w:proofErr w:type="spellEnd"/><w:r><w:lastRenderedPageBreak/></w:r>' : '')).join('');
    const doc = extract({ body: `<w:p w:rsidR="00A20B1" w:rsidRDefault="00A20B1">${runs}</w:p>` });
    expect(doc.segments).toEqual([{ source: 'Das Projekt Smart Integration wird von der EU finanziert.', kind: 'paragraph', tags: [] }]);
    const first = '<w:r><w:rPr><w:rFonts w:hint="default"/><w:noProof/><w:lang w:val="de-DE"/></w:rPr>';
    expect(skeletonBody(doc)).toBe(`<w:p w:rsidR="00A20B1" w:rsidRDefault="00A20B1">${marker(0, first)}</w:p>`);
  });

  it('makes runs of another look paired placeholders whose tags hold that run start', () => {
    const doc = extract({
      body: p(r('Das ') + r('Staatsministerium', '<w:b/>') + r(' und ') + r('das Institut', '<w:i/>') + r(' sowie ') + r('core', '<w:u w:val="single"/>') +
        r(' in ') + r('Rot', '<w:color w:val="FF0000"/>') + r(' mit m') + r('2', '<w:vertAlign w:val="superscript"/>') + r('.')),
    });
    expect(doc.segments).toEqual([{
      source: 'Das {1}Staatsministerium{/1} und {2}das Institut{/2} sowie {3}core{/3} in {4}Rot{/4} mit m{5}2{/5}.',
      kind: 'paragraph',
      tags: [
        { id: 1, type: 'paired', open: '<w:r><w:rPr><w:b/></w:rPr>', close: '</w:r>' },
        { id: 2, type: 'paired', open: '<w:r><w:rPr><w:i/></w:rPr>', close: '</w:r>' },
        { id: 3, type: 'paired', open: '<w:r><w:rPr><w:u w:val="single"/></w:rPr>', close: '</w:r>' },
        { id: 4, type: 'paired', open: '<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr>', close: '</w:r>' },
        { id: 5, type: 'paired', open: '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>', close: '</w:r>' },
      ],
    }]);
  });

  it('takes the look most of the text has as the plain one: an all-bold paragraph has no placeholders', () => {
    const doc = extract({ body: p(r('Ganz ', '<w:b/>') + r('fett', '<w:b/><w:lang w:val="de-DE"/>') + r(' gesetzt.', '<w:b/>')) });
    expect(doc.segments).toEqual([{ source: 'Ganz fett gesetzt.', kind: 'paragraph', tags: [] }]);
    expect(skeletonBody(doc)).toBe(`<w:p>${marker(0, '<w:r><w:rPr><w:b/></w:rPr>')}</w:p>`);
  });

  it('keeps a pair around a whole sentence in the skeleton: the segment starts in that look', () => {
    const doc = extract({ body: p(r('Erster Satz ganz fett.', '<w:b/>') + r(' Zweiter Satz ist normal und länger als der erste.')) });
    expect(sources(doc)).toEqual(['Erster Satz ganz fett.', 'Zweiter Satz ist normal und länger als der erste.']);
    expect(skeletonBody(doc)).toBe(`<w:p>${marker(0, '<w:r><w:rPr><w:b/></w:rPr>')}<w:r><w:t xml:space="preserve"> </w:t></w:r>${marker(1)}</w:p>`);
  });

  it('makes a hyperlink one paired placeholder that keeps its relationship id and inner run look', () => {
    const link = '<w:hyperlink r:id="rIdLink" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Grenzraumstudie</w:t></w:r></w:hyperlink>';
    const doc = extract({ body: p(r('Die ') + link + r(' ist fertig.')), relationships: [{ id: 'rIdLink', type: 'hyperlink', target: 'https://www.example.org/studie' }] });
    expect(doc.segments).toEqual([{
      source: 'Die {1}Grenzraumstudie{/1} ist fertig.',
      kind: 'paragraph',
      tags: [{ id: 1, type: 'paired', open: '<w:hyperlink r:id="rIdLink" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>', close: '</w:r></w:hyperlink>' }],
    }]);
  });

  it('keeps a hyperlink that is the whole paragraph in the skeleton, its text a plain segment', () => {
    const doc = extract({ body: p('<w:hyperlink w:anchor="ziel"><w:r><w:t>Zum Ziel springen</w:t></w:r></w:hyperlink>') });
    expect(doc.segments).toEqual([{ source: 'Zum Ziel springen', kind: 'paragraph', tags: [] }]);
    expect(skeletonBody(doc)).toBe(`<w:p><w:hyperlink w:anchor="ziel">${marker(0)}</w:hyperlink></w:p>`);
  });

  it('makes breaks, tabs, images, bookmarks and comment anchors inside a sentence standalone placeholders', () => {
    const doc = extract({
      body: p(r('Name') + '<w:r><w:tab/></w:r>' + r('Wert') + '<w:bookmarkStart w:id="3" w:name="marke"/>' + r(' mit') + '<w:bookmarkEnd w:id="3"/>' +
        '<w:commentRangeStart w:id="0"/>' + r(' Bild') + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' + r(' hier') +
        '<w:r><w:br/></w:r>' + r('und weiter.')),
    });
    expect(doc.segments).toEqual([{
      source: 'Name{1/}Wert{2/} mit{3/}{4/} Bild{5/}{6/} hier{7/}und weiter.',
      kind: 'paragraph',
      tags: [
        { id: 1, type: 'standalone', open: '<w:r><w:tab/></w:r>', close: '' },
        { id: 2, type: 'standalone', open: '<w:bookmarkStart w:id="3" w:name="marke"/>', close: '' },
        { id: 3, type: 'standalone', open: '<w:bookmarkEnd w:id="3"/>', close: '' },
        { id: 4, type: 'standalone', open: '<w:commentRangeStart w:id="0"/>', close: '' },
        { id: 5, type: 'standalone', open: '<w:commentRangeEnd w:id="0"/>', close: '' },
        { id: 6, type: 'standalone', open: '<w:r><w:commentReference w:id="0"/></w:r>', close: '' },
        { id: 7, type: 'standalone', open: '<w:r><w:br/></w:r>', close: '' },
      ],
    }]);
  });

  it('keeps objects at a paragraph’s or sentence’s edges in the skeleton: a bookmark before a heading, a footnote reference after a sentence', () => {
    const doc = extract({
      body: p('<w:bookmarkStart w:id="1" w:name="_Toc1"/>' + r('Überschrift') + '<w:bookmarkEnd w:id="1"/>', '<w:pStyle w:val="berschrift1"/>') +
        p(r('Ein Satz.') + '<w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' + r(' Noch einer.') + '<w:r><w:br w:type="page"/></w:r>'),
      footnotes: '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Die Fußnote.</w:t></w:r></w:p></w:footnote>',
    });
    expect(doc.segments.map((s) => [s.kind, s.source, s.tags.length])).toEqual([
      ['heading', 'Überschrift', 0],
      ['paragraph', 'Ein Satz.', 0],
      ['paragraph', 'Noch einer.', 0],
      ['paragraph', 'Die Fußnote.', 0],
    ]);
    expect(skeletonBody(doc)).toBe(
      `<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:bookmarkStart w:id="1" w:name="_Toc1"/>${marker(0)}<w:bookmarkEnd w:id="1"/></w:p>` +
        `<w:p>${marker(1)}<w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>${marker(2)}<w:r><w:br w:type="page"/></w:r></w:p>`,
    );
  });

  it('makes a complete field one standalone placeholder, its result kept; a simple field too', () => {
    const field = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d. MMMM yyyy" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>30. Januar 2019</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const doc = extract({ body: p(r('Stand: ') + field + r(', Seite ') + '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' + r(' von allen.')) });
    expect(doc.segments).toEqual([{
      source: 'Stand: {1/}, Seite {2/} von allen.',
      kind: 'paragraph',
      tags: [
        { id: 1, type: 'standalone', open: field.replace('<w:t>', '<w:t xml:space="preserve">'), close: '' },
        { id: 2, type: 'standalone', open: '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>', close: '' },
      ],
    }]);
  });

  it('makes a HYPERLINK field a paired placeholder around its visible text, like a w:hyperlink', () => {
    const begin = '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const doc = extract({ body: p(r('Siehe ') + begin + r('die Website', '<w:rStyle w:val="Hyperlink"/>') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(' des Projekts.')) });
    expect(doc.segments).toEqual([{
      source: 'Siehe {1}die Website{/1} des Projekts.',
      kind: 'paragraph',
      tags: [{ id: 1, type: 'paired', open: `${begin}<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>`, close: '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' }],
    }]);
  });

  it('accepts tracked changes: inserted text is text, deleted text is gone', () => {
    const doc = extract({
      body: p(r('Das Treffen fand') + '<w:del w:id="1" w:author="Redaktion" w:date="2019-01-31T10:00:00Z"><w:r><w:delText xml:space="preserve"> gestern</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="Redaktion" w:date="2019-01-31T10:00:00Z"><w:r><w:t xml:space="preserve"> am 30. Januar</w:t></w:r></w:ins>' + r(' in Dresden statt.')),
    });
    expect(doc.segments).toEqual([{ source: 'Das Treffen fand am 30. Januar in Dresden statt.', kind: 'paragraph', tags: [] }]);
    expect(skeletonBody(doc)).toBe(`<w:p>${marker(0)}</w:p>`);
  });

  it('drops Word’s "_GoBack" bookmark (where the cursor last was) instead of making it a placeholder', () => {
    const doc = extract({ body: p(r('Hier war ') + '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' + r('der Cursor.')) });
    expect(doc.segments).toEqual([{ source: 'Hier war der Cursor.', kind: 'paragraph', tags: [] }]);
  });

  it('turns soft and non-breaking hyphens into characters, and keeps placeholder-like literal text as it is', () => {
    const doc = extract({ body: p(r('Raum') + '<w:r><w:softHyphen/></w:r>' + r('ordnung und Nord') + '<w:r><w:noBreakHyphen/></w:r>' + r('Süd mit {1} Klammern.')) });
    expect(doc.segments).toEqual([{
      source: 'Raum\u00ADordnung und Nord\u2011Süd mit {1/} Klammern.',
      kind: 'paragraph',
      tags: [{ id: 1, type: 'standalone', open: '<w:r><w:t xml:space="preserve">{1}</w:t></w:r>', close: '' }],
    }]);
  });
});

describe('extractDocx: where segments come from', () => {
  const numbering = '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';

  it('gives kinds: heading (style or outline level, never split), list item, table cell, paragraph', () => {
    const doc = extract({
      numbering,
      body: p('Erste Überschrift. Mit zwei Sätzen.', '<w:pStyle w:val="berschrift1"/>') + p('Gliederung', '<w:outlineLvl w:val="1"/>') +
        p('Ein Punkt. Noch ein Satz.', '<w:pStyle w:val="Listenabsatz"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>') +
        '<w:tbl><w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>' + p('Zelle eins.') + '</w:tc><w:tc>' + p('Zelle zwei.') + p('') + '</w:tc></w:tr></w:tbl>' +
        p('Absatz.'),
    });
    expect(doc.segments.map((s) => [s.kind, s.source])).toEqual([
      ['heading', 'Erste Überschrift. Mit zwei Sätzen.'],
      ['heading', 'Gliederung'],
      ['list_item', 'Ein Punkt.'],
      ['list_item', 'Noch ein Satz.'],
      ['table_cell', 'Zelle eins.'],
      ['table_cell', 'Zelle zwei.'],
      ['paragraph', 'Absatz.'],
    ]);
  });

  it('reads headers, body, footnotes, endnotes and footers in that order, and never comments', () => {
    const doc = extract({
      body: p(r('Text') + '<w:r><w:endnoteReference w:id="1"/></w:r>') +
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"/><w:footerReference w:type="default" r:id="rIdFooter1"/></w:sectPr>',
      headers: [p('Kopfzeile')],
      footers: [p(r('Seite ') + '<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')],
      footnotes: '',
      endnotes: '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Endnote.</w:t></w:r></w:p></w:endnote>',
      comments: '<w:comment w:id="0" w:author="Redaktion"><w:p><w:r><w:t>Bitte prüfen.</w:t></w:r></w:p></w:comment>',
    });
    expect(sources(doc)).toEqual(['Kopfzeile', 'Text', 'Endnote.', 'Seite']);
  });

  const textBox = (content: string) =>
    '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="1828800" cy="457200"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Textfeld 1"/>' +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>' +
    `<wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const vmlBox = (content: string) => `<w:pict><v:shape id="Textfeld1" style="width:144pt;height:36pt" type="#_x0000_t202"><v:textbox><w:txbxContent>${content}</w:txbxContent></v:textbox></v:shape></w:pict>`;
  const alternate = (choice: string, fallback: string) =>
    `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${textBox(choice)}</mc:Choice><mc:Fallback>${vmlBox(fallback)}</mc:Fallback></mc:AlternateContent></w:r>`;

  it('translates a text box once: the VML fallback copy gets the same segments’ markers', () => {
    const inside = p(r('Im Kasten. ') + r('Fett', '<w:b/>') + r(' dazu.'));
    const doc = extract({ body: p(r('Vor dem Kasten.') + alternate(inside, inside) + r(' Nach dem Kasten.')) });
    expect(doc.segments.map((s) => s.source)).toEqual(['Vor dem Kasten.', 'Im Kasten.', '{1}Fett{/1} dazu.', 'Nach dem Kasten.']);
    const body = skeletonBody(doc) as string;
    expect(body.split('\uE0001\uE002').length - 1).toBe(2);
    expect(body.split('\uE0002\uE002').length - 1).toBe(2);
    expect(body.indexOf('<mc:Fallback>')).toBeLessThan(body.lastIndexOf('\uE0002\uE002'));
  });

  it('gives a fallback paragraph that differs from its choice segments of its own', () => {
    const doc = extract({ body: p(alternate(p('Neuer Text.'), p('Alter Text.'))) });
    expect(sources(doc)).toEqual(['Neuer Text.', 'Alter Text.']);
  });
});

describe('extractDocx: refusals', () => {
  it('refuses a package without word/document.xml (a spreadsheet, say) as docx_missing_document', () => {
    const files = unzipSync(docxPackage({ body: p('Text.') }));
    delete files['word/document.xml'];
    expect(refusal(() => extractDocx(zipSync(files), { lang: 'de' })).code).toBe('docx_missing_document');
  });

  it('refuses a document with no text to translate as empty_document', () => {
    expect(refusal(() => extract({ body: p('') + p('<w:r><w:tab/></w:r>') + p('– – –') })).code).toBe('empty_document');
  });

  it('refuses the skeleton’s reserved characters in a translated part as invalid_characters', () => {
    expect(refusal(() => extract({ body: p('Privat \uE001 Zeichen') })).code).toBe('invalid_characters');
  });

  it('refuses a DOCTYPE in a part it does not translate', () => {
    const files = unzipSync(docxPackage({ body: p('Text.') }));
    files['word/settings.xml'] = new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:settings xmlns:w="urn:w">&e;</w:settings>');
    expect(refusal(() => extractDocx(zipSync(files), { lang: 'de' })).code).toBe('xml_doctype_refused');
  });
});
