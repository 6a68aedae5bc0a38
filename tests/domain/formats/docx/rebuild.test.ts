// rebuildDocx: the skeleton and (translated) texts back into a Word file — the same package, the texts
// in place, the language set, every part well-formed whatever the translator did to the placeholders.
import { unzipSync, zipSync } from 'fflate';
import { extractDocx, rebuildDocx } from '../../../../server/domain/formats/docx';
import { docxPackage, MINIMAL_STYLES, NAMESPACES, p, r, type DocxParts } from '../../../../scripts/fixtures/docxParts';
import { fakePolish, malformedParts, partsOf, partText, refusal, sourceTexts } from './support';

const extract = (docx: Uint8Array) => extractDocx(docx, { lang: 'de' });
const body = (docx: Uint8Array) => /<w:body>([\s\S]*)<\/w:body>/.exec(partText(docx, 'word/document.xml'))?.[1];


const press: DocxParts = {
  body:
    p('<w:r><w:rPr><w:lang w:val="de-DE"/></w:rPr><w:t>4. Treffen des Projektteams</w:t></w:r>', '<w:pStyle w:val="berschrift1"/>') +
    p(r('Das ') + r('Sächsische Staatsministerium des Innern', '<w:i/><w:lang w:val="de-DE"/>') + r(' hatte eingeladen. Zitat: ') +
      r('“Smart”', '<w:i/><w:lang w:val="en-GB"/>') + r('.') + '<w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteReference w:id="1"/></w:r>') +
    p(r('Mehr in der ') + '<w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Grenzraumstudie</w:t></w:r></w:hyperlink>' + r('.')) +
    p(r('Das Treffen fand') + '<w:del w:id="7" w:author="R"><w:r><w:delText> gestern</w:delText></w:r></w:del><w:ins w:id="8" w:author="R"><w:r><w:t xml:space="preserve"> am 30. Januar</w:t></w:r></w:ins>' + r(' statt.')) +
    p('<w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="5" name="Bild"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>') +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
  footnotes: '<w:footnote w:id="1"><w:p><w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Siehe Anlage.</w:t></w:r></w:p></w:footnote>',
  comments: '<w:comment w:id="0" w:author="R"><w:p><w:r><w:t>Nicht übersetzen.</w:t></w:r></w:p></w:comment>',
  relationships: [{ id: 'rIdLink', type: 'hyperlink', target: 'https://www.example.org/studie' }],
  media: { 'word/media/image1.png': new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]) },
};

describe('rebuildDocx with the source texts', () => {
  const original = docxPackage(press);
  const doc = extract(original);
  const rebuilt = rebuildDocx(doc.skeleton, sourceTexts(doc), { targetLang: 'de' });

  it('copies every part it does not translate byte for byte, in the same order', () => {
    const before = partsOf(original);
    const after = partsOf(rebuilt);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml' || name === 'word/footnotes.xml') continue;
      expect([name, after[name]]).toEqual([name, before[name]]);
    }
  });

  it('writes translated parts with the same text and formatting: extracting them again gives the same segments', () => {
    expect(extract(rebuilt).segments).toEqual(doc.segments);
    expect(malformedParts(rebuilt)).toEqual([]);
  });

  it('rewrites only the paragraphs with text: tracked changes accepted, runs merged, the rest as it was', () => {
    expect(body(rebuilt)).toBe(
      '<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:rPr><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">4. Treffen des Projektteams</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">Das </w:t></w:r><w:r><w:rPr><w:i/><w:lang w:val="de-DE"/></w:rPr><w:t xml:space="preserve">Sächsische Staatsministerium des Innern</w:t></w:r>' +
        '<w:r><w:t xml:space="preserve"> hatte eingeladen.</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve">Zitat: </w:t></w:r>' +
        '<w:r><w:rPr><w:i/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">“Smart”</w:t></w:r><w:r><w:t xml:space="preserve">.</w:t></w:r>' +
        '<w:r><w:rPr><w:rStyle w:val="Funotenzeichen"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">Mehr in der </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">Grenzraumstudie</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">.</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">Das Treffen fand am 30. Januar statt.</w:t></w:r></w:p>' +
        '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="5" name="Bild"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r></w:p>' +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    );
  });

  it('gives the same bytes every time, and the same skeleton for the same file', () => {
    expect(rebuildDocx(doc.skeleton, sourceTexts(doc), { targetLang: 'de' })).toEqual(rebuilt);
    expect(extract(original).skeleton).toBe(doc.skeleton);
  });
});

describe('rebuildDocx into Polish', () => {
  const original = docxPackage(press);
  const doc = extract(original);
  const polish = rebuildDocx(doc.skeleton, fakePolish(doc), { targetLang: 'pl' });

  it('puts the texts in place, with their formatting, in the body and the footnotes', () => {
    expect(extract(polish).segments.map((s) => s.source)).toEqual(doc.segments.map((s) => `PL: ${s.source}`));
    expect(partText(polish, 'word/footnotes.xml')).toContain('<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve">PL: Siehe Anlage.</w:t></w:r>');
  });

  it('sets pl-PL wherever German was declared, in the translated parts and in styles.xml only; other languages stay', () => {
    const document = partText(polish, 'word/document.xml');
    expect(document.match(/w:lang w:val="[^"]*"/g)).toEqual(['w:lang w:val="pl-PL"', 'w:lang w:val="pl-PL"', 'w:lang w:val="en-GB"']);
    expect(partText(polish, 'word/styles.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + MINIMAL_STYLES.replace('<w:lang w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/>', '<w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/>'),
    );
    const before = partsOf(original);
    const after = partsOf(polish);
    for (const name of ['word/comments.xml', 'word/media/image1.png', '[Content_Types].xml', 'word/_rels/document.xml.rels']) expect([name, after[name]]).toEqual([name, before[name]]);
  });

  it('keeps every part well-formed when the translator moves, drops, duplicates or crosses placeholders', () => {
    expect(doc.segments.map((s) => s.source)).toEqual([
      '4. Treffen des Projektteams',
      'Das {1}Sächsische Staatsministerium des Innern{/1} hatte eingeladen.',
      'Zitat: {1}“Smart”{/1}.',
      'Mehr in der {1}Grenzraumstudie{/1}.',
      'Das Treffen fand am 30. Januar statt.',
      'Siehe Anlage.',
    ]);
    const texts = [
      '{1/}Spotkanie',
      'Zaprosiło {1}Saksońskie Ministerstwo Spraw Wewnętrznych.',
      'Cytat: {/1}“Smart”{1}.',
      'Więcej w {1}{1}studium{/1}.',
      '{1}{2}x{/1}{/2} Spotkanie {9/} odbyło się {1/}.',
      '{/1}Zob. załącznik.',
    ];
    const out = rebuildDocx(doc.skeleton, texts.map((text, i) => ({ text, tags: doc.segments[i]?.tags ?? [] })), { targetLang: 'pl' });
    expect(malformedParts(out)).toEqual([]);
    // Placeholders that do not pair up stay visible as text; the words around them keep the usual look.
    expect(body(out)).toContain('<w:p><w:r><w:t xml:space="preserve">Zaprosiło {1}Saksońskie Ministerstwo Spraw Wewnętrznych.</w:t></w:r>');
    expect(body(out)).toContain('<w:r><w:t xml:space="preserve">Cytat: {/1}“Smart”{1}.</w:t></w:r>');
    expect(body(out)).toContain('<w:r><w:t xml:space="preserve">Więcej w {1}</w:t></w:r><w:hyperlink r:id="rIdLink"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t xml:space="preserve">studium</w:t></w:r></w:hyperlink>');
    // Read again, literal placeholders are literal text (standalone tags), at the edges in the skeleton.
    expect(extract(out).segments.map((s) => s.source)).toEqual([
      'Spotkanie',
      'Zaprosiło {1/}Saksońskie Ministerstwo Spraw Wewnętrznych.',
      'Cytat: {1/}“Smart”{2/}.',
      'Więcej w {1/}{2}studium{/2}.',
      'x{1/}{2/} Spotkanie {3/} odbyło się {4/}.',
      'Zob. załącznik.',
    ]);
  });

  it('writes line breaks, tabs and XML special characters of a text as breaks, tabs and escapes', () => {
    const texts = fakePolish(doc).map((t, i) => (i === 0 ? { text: 'A & B <C>\nZeile\tTab', tags: [] } : t));
    const out = rebuildDocx(doc.skeleton, texts, { targetLang: 'pl' });
    expect(body(out)).toContain('<w:t xml:space="preserve">A &amp; B &lt;C&gt;</w:t><w:br/><w:t xml:space="preserve">Zeile</w:t><w:tab/><w:t xml:space="preserve">Tab</w:t>');
  });

  it('writes the same Polish text into both copies of a text box', () => {
    const box = (inner: string) => `<w:txbxContent>${inner}</w:txbxContent>`;
    const inside = p('Im Kasten.');
    const docx = docxPackage({
      body: p(r('Davor.') + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>' + box(inside) + '</wps:txbx></w:drawing></mc:Choice>' +
        '<mc:Fallback><w:pict><v:textbox>' + box(inside) + '</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>'),
    });
    const boxed = extract(docx);
    expect(boxed.segments.map((s) => s.source)).toEqual(['Davor.', 'Im Kasten.']);
    const out = partText(rebuildDocx(boxed.skeleton, fakePolish(boxed), { targetLang: 'pl' }), 'word/document.xml');
    expect(out.split('PL: Im Kasten.').length - 1).toBe(2);
  });
});

describe('rebuildDocx refusals', () => {
  const doc = extract(docxPackage(press));

  it('refuses fewer or more texts than segments as skeleton_mismatch', () => {
    expect(refusal(() => rebuildDocx(doc.skeleton, sourceTexts(doc).slice(1), { targetLang: 'pl' })).code).toBe('skeleton_mismatch');
    expect(refusal(() => rebuildDocx(doc.skeleton, [...sourceTexts(doc), { text: 'zu viel', tags: [] }], { targetLang: 'pl' })).code).toBe('skeleton_mismatch');
  });

  it('refuses a skeleton of another format as skeleton_mismatch', () => {
    expect(refusal(() => rebuildDocx('\uE0000\uE001\n', [{ text: 'Text', tags: [] }], { targetLang: 'pl' })).code).toBe('skeleton_mismatch');
  });

  it('needs no namespace prefix "w": a part with another prefix for WordprocessingML is rebuilt with it', () => {
    const files = unzipSync(docxPackage({ body: '' }));
    const other = NAMESPACES.replace('xmlns:w=', 'xmlns:ww=').replace(/ mc:Ignorable="w14"/, '');
    files['word/document.xml'] = new TextEncoder().encode(`<ww:document ${other}><ww:body><ww:p><ww:r><ww:t>Hallo</ww:t></ww:r><ww:r><ww:rPr><ww:b/></ww:rPr><ww:t> Welt</ww:t></ww:r></ww:p></ww:body></ww:document>`);
    const odd = extract(zipSync(files));
    expect(odd.segments).toEqual([{ source: 'Hallo{1} Welt{/1}', kind: 'paragraph', tags: [{ id: 1, type: 'paired', open: '<ww:r><ww:rPr><ww:b/></ww:rPr>', close: '</ww:r>' }] }]);
    const out = rebuildDocx(odd.skeleton, fakePolish(odd), { targetLang: 'pl' });
    expect(body(out)).toBeUndefined();
    expect(partText(out, 'word/document.xml')).toContain('<ww:p><ww:r><ww:t xml:space="preserve">PL: Hallo</ww:t></ww:r><ww:r><ww:rPr><ww:b/></ww:rPr><ww:t xml:space="preserve"> Welt</ww:t></ww:r></ww:p>');
  });
});
