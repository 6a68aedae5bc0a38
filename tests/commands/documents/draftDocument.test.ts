// What a submission decides before it stores anything: the segments (each paragraph split by the rules
// of its own language) and which of them are locked as Polish or neutral.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftDocument } from '../../../server/commands/documents/submit';
import { buildProject } from '../../support/builders';

const SMART_INTEGRATION = readFileSync(join(__dirname, '../../fixtures/segmentation/smart-integration.md'), 'utf8');
const POLISH_NOTE =
  'Projekt Smart Integration jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu ' +
  'Rozwoju Regionalnego w ramach Programu Współpracy INTERREG Polska – Saksonia 2014-2020';

describe('draftDocument', () => {
  it('segments the Smart Integration press release as a person would, its Polish notes whole and locked', () => {
    const draft = draftDocument(buildProject(), 'markdown', SMART_INTEGRATION);
    expect(draft.segments.map((s) => [s.source, s.lang, s.locked])).toEqual([
      ['Das Projekt Smart Integration wird von der Europäischen Union aus Mitteln des Europäischen Fonds für Regionale Entwicklung im Rahmen des Kooperationsprogramms INTERREG Polen – Sachsen 2014-2020 finanziert.', 'de', false],
      [POLISH_NOTE, 'pl', true],
      ['PROJEKT\nSmart Integration', 'de', false],
      ['Treffen des Projektteams', 'de', false],
      ['Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams „Smart Integration“ statt, das die Intensivierung und Verstetigung der Verwaltungszusammenarbeit in allen Fragen der Raum- und Regionalentwicklung im sächsisch-niederschlesischen Grenzraum zum Ziel hat.', 'de', false],
      ['Das {1}Sächsische Staatsministerium des Innern{/1}, das im Projekt als Leadpartner fungiert, hatte zu diesem Anlass die polnischen Projektpartner, das {2}Marschallamt der Woiwodschaft Niederschlesien{/2} und das {3}Institut für Territoriale Entwicklung{/3}, sowie das externe Management Center {4}core consult{/4} eingeladen.', 'de', false],
      ['Auf der Tagesordnung des Treffens stand zunächst ein Rückblick auf die Projektmaßnahmen, welche im zweiten Halbjahr des Jahres 2018 durchgeführt wurden.', 'de', false],
      ['Bei den drei Projektpartnern bestand hierbei Einigkeit, dass in allen Arbeitspaketen des Projektes signifikante Fortschritte erzielt wurden und man bei der Umsetzung der Projektmaßnahmen weiterhin im Plan liegt.', 'de', false],
      ['Das Projekt Smart Integration wird von der Europäischen Union aus Mitteln des Europäischen Fonds für Regionale Entwicklung im Rahmen des Kooperationsprogramms INTERREG Polen – Sachsen 2014-2020 finanziert.', 'de', false],
      [POLISH_NOTE, 'pl', true],
      ['Der zweite Teil des Treffens diente der Vorbereitung des Terminplans für das letzte Projektjahr 2019.', 'de', false],
      ['Besonderes Augenmerk galt hierbei den noch ausstehenden größeren Veranstaltungen wie zwei Konventen der sächsisch-niederschlesischen Grenzgemeinden sowie einer grenzüberschreitenden Konferenz Ende 2019.', 'de', false],
      ['Des Weiteren ist die Fertigstellung der {1}Sächsisch-Niederschlesischen Grenzraumstudie{/1} als wesentlicher Meilenstein von „Smart Integration“ für den Sommer dieses Jahres geplant.', 'de', false],
      ['Abschließend betonten alle Anwesenden die bisherige gute Zusammenarbeit und bekundeten zum wiederholten Male ihr Interesse an einem weiteren Ausbau der Zusammenarbeit im Bereich Raumordnung und Regionalentwicklung auch über das Projekt „Smart Integration“ hinaus.', 'de', false],
      ['Das nächste Treffen des Projektteams findet im Mai 2019 statt, dann wiederum auf der polnischen Seite.', 'de', false],
    ]);
  });

  it('keeps a short fragment of a Polish paragraph with the paragraph: Polish and locked', () => {
    const content =
      'Der Vorstand tagte am Montag.\n\nCzy projekt będzie kontynuowany? Tak. Zarząd podjął decyzję w maju. Dz. U. poz. 12.\n\nDie Antwort ist: Ja.\n';
    const draft = draftDocument(buildProject(), 'text', content);
    expect(draft.segments.map((s) => [s.source, s.lang, s.locked])).toEqual([
      ['Der Vorstand tagte am Montag.', 'de', false],
      ['Czy projekt będzie kontynuowany?', 'pl', true],
      ['Tak.', 'pl', true],
      ['Zarząd podjął decyzję w maju.', 'pl', true],
      ['Dz. U. poz. 12.', 'pl', true],
      ['Die Antwort ist: Ja.', 'de', false],
    ]);
  });
});
