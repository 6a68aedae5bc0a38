// The DOCX fixtures (tests/fixtures/docx, written by scripts/fixtures/docx.ts): what each gives, that
// rebuilding with the source texts gives the same document back, that a Polish rebuild is a well-formed
// package, and that every bad input is refused with its code.
import fs from 'node:fs';
import path from 'node:path';
import { extractDocx, rebuildDocx } from '../../../../server/domain/formats/docx';
import { docxFixtures, FIXTURE_DIR } from '../../../../scripts/fixtures/docx';
import { fakePolish, malformedParts, partsOf, partText, refusal, sourceTexts } from './support';

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURE_DIR, name)));
const TRANSLATED = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

describe('DOCX fixtures', () => {
  it('are exactly what scripts/fixtures/docx.ts writes', async () => {
    const written = await docxFixtures();
    expect(fs.readdirSync(FIXTURE_DIR).sort()).toEqual(Object.keys(written).sort());
    for (const [name, data] of Object.entries(written)) expect([name, Buffer.from(fixture(name)).equals(Buffer.from(data))]).toEqual([name, true]);
  });

  it('constructs.docx gives every construct’s text as segments, in reading order, with its kind', () => {
    const doc = extractDocx(fixture('constructs.docx'), { lang: 'de' });
    expect(doc.segments.map((s) => [s.kind, s.source])).toEqual([
      ['paragraph', 'Sächsisches Staatsministerium des Innern – Pressestelle'],
      ['heading', 'Alle Bausteine einer Pressemitteilung'],
      ['paragraph', 'Das nächste Treffen des Projektteams findet im Mai 2019 statt.'],
      ['paragraph', 'Eingeladen hatte das {1}Sächsische Staatsministerium des Innern{/1} mit dem {2}Marschallamt{/2}, dem {3}Institut{/3} und {4}core consult{/4}.'],
      ['paragraph', 'Die Fläche beträgt 12 km{1}2{/1}.'],
      ['paragraph', 'Die {1}Grenzraumstudie{/1} erscheint im Sommer.'],
      ['paragraph', 'Ansprechpartner:{1/}Pressestelle{2/}Stand: {3/}, Dresden.'],
      ['paragraph', 'Der Bericht liegt vor.'],
      ['paragraph', 'Die Anlagen folgen.'],
      ['paragraph', 'Dieser Satz trägt einen Kommentar.'],
      ['paragraph', 'Dieser nicht.'],
      ['paragraph', 'Das Treffen fand am 30. Januar in Dresden statt.'],
      ['heading', 'Tagesordnung'],
      ['list_item', 'Rückblick auf das zweite Halbjahr 2018.'],
      ['list_item', 'Vorbereitung des Terminplans für 2019.'],
      ['list_item', 'zwei Konvente der Grenzgemeinden'],
      ['list_item', 'eine grenzüberschreitende Konferenz'],
      ['table_cell', 'Termin'],
      ['table_cell', 'Ort'],
      ['table_cell', '30. und 31. Januar 2019'],
      ['table_cell', 'Dresden, Sächsisches Staatsministerium des Innern.'],
      ['table_cell', 'Raum 204.'],
      ['table_cell', 'Mai 2019'],
      ['table_cell', '{1}Wrocław{/1} (Breslau)'],
      ['paragraph', 'Vor dem Kasten steht ein Satz.'],
      ['paragraph', 'Im Kasten: {1}Termine{/1} und Orte.'],
      ['paragraph', 'Alles auf einen Blick.'],
      ['paragraph', 'Nach dem Kasten steht noch einer.'],
      ['paragraph', 'Das Logo des Projekts.'],
      ['paragraph', 'Die Angaben beruhen auf dem Protokoll vom 31. Januar 2019.'],
      ['paragraph', 'Weitere Informationen erhalten Sie bei der Pressestelle.'],
      ['paragraph', 'Seite {1/} – Dresden, 30. Januar 2019'],
    ]);
  });

  it('smart-integration.docx (written by the docx package) gives the press release’s sentences', () => {
    const doc = extractDocx(fixture('smart-integration.docx'), { lang: 'de' });
    const sources = doc.segments.map((s) => s.source);
    expect(sources).toHaveLength(15);
    expect(sources.slice(0, 4)).toEqual([
      'Das Projekt Smart Integration wird von der Europäischen Union aus Mitteln des Europäischen Fonds für Regionale Entwicklung im Rahmen des Kooperationsprogramms INTERREG Polen – Sachsen 2014-2020 finanziert.',
      'Projekt Smart Integration jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu Rozwoju Regionalnego w ramach Programu Współpracy INTERREG Polska – Saksonia 2014-2020',
      'PROJEKT{1/}Smart Integration',
      '4. Treffen des Projektteams',
    ]);
    expect(sources[5]).toBe(
      'Das {1}Sächsische Staatsministerium des Innern{/1}, das im Projekt als Leadpartner fungiert, hatte zu diesem Anlass die polnischen Projektpartner, das {2}Marschallamt der Woiwodschaft Niederschlesien{/2} und das {3}Institut für Territoriale Entwicklung{/3}, sowie das externe Management Center {4}core consult{/4} eingeladen.',
    );
    expect(sources[12]).toBe('Des Weiteren ist die Fertigstellung der {1}Sächsisch-Niederschlesischen Grenzraumstudie{/1} als wesentlicher Meilenstein von „Smart Integration“ für den Sommer dieses Jahres geplant.');
    expect(sources[8]).toBe(sources[0]);
    expect(doc.segments[3]?.kind).toBe('heading');
  });

  describe.each(['constructs.docx', 'smart-integration.docx'])('%s rebuilt', (name) => {
    const original = fixture(name);
    const doc = extractDocx(original, { lang: 'de' });

    it('with the source texts: untranslated parts byte-identical, translated ones giving the same segments again', () => {
      const rebuilt = rebuildDocx(doc.skeleton, sourceTexts(doc), { targetLang: 'de' });
      const before = partsOf(original);
      const after = partsOf(rebuilt);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      const changed = Object.keys(before).filter((part) => !Buffer.from(before[part] as Uint8Array).equals(Buffer.from(after[part] as Uint8Array)));
      expect(changed.every((part) => TRANSLATED.test(part))).toBe(true);
      expect(extractDocx(rebuilt, { lang: 'de' })).toEqual(doc);
      expect(malformedParts(rebuilt)).toEqual([]);
    });

    it('in Polish: every XML part well-formed, the texts in place, German declared nowhere in what was translated', () => {
      const polish = rebuildDocx(doc.skeleton, fakePolish(doc), { targetLang: 'pl' });
      expect(malformedParts(polish)).toEqual([]);
      expect(extractDocx(polish, { lang: 'de' }).segments.map((s) => s.source)).toEqual(doc.segments.map((s) => `PL: ${s.source}`));
      for (const part of Object.keys(partsOf(polish)).filter((p) => TRANSLATED.test(p) || p === 'word/styles.xml')) {
        expect([part, /<w:lang [^>]*"de-/.test(partText(polish, part))]).toEqual([part, false]);
      }
    });
  });

  it.each([
    ['bad-empty.docx', 'empty_document'],
    ['bad-ole.doc', 'docx_encrypted_or_legacy'],
    ['bad-zip-bomb.docx', 'zip_too_large'],
    ['bad-path-traversal.docx', 'zip_unsafe_path'],
    ['bad-doctype.docx', 'xml_doctype_refused'],
    ['bad-no-document.docx', 'docx_missing_document'],
  ])('%s is refused as %s', (name, code) => {
    expect(refusal(() => extractDocx(fixture(name), { lang: 'de' })).code).toBe(code);
  });
});
