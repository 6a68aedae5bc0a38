import { numbers } from '../../../server/domain/qa/checks/numbers';
import { GERMAN_ORDINALS, POLISH_ORDINALS } from '../../../server/domain/qa/checks/numberWords';
import { checkTable, issue } from './table';

const missing = (number: string) => issue('qa.numbers.missing', { number });
const extra = (number: string) => issue('qa.numbers.extra', { number });

checkTable(numbers, {
  good: [
    [
      'dates with ordinal days and an ordinal as a Polish word',
      'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.',
      'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się czwarte spotkanie.',
    ],
    [
      'an ordinal kept as a figure',
      'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.',
      'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.',
    ],
    ['German thousands and decimals as Polish with a space', 'Der Zuschuss beträgt 1.000,5 Euro.', 'Dotacja wynosi 1 000,5 euro.'],
    ['a four-digit number without a group separator', 'Der Zuschuss beträgt 1.000,5 Euro.', 'Dotacja wynosi 1000,5 euro.'],
    ['a non-breaking space as group separator', 'Der Zuschuss beträgt 1.000,5 Euro.', 'Dotacja wynosi 1\u00A0000,5 euro.'],
    ['a thin space as group separator', 'Der Zuschuss beträgt 1.000,5 Euro.', 'Dotacja wynosi 1\u2009000,5 euro.'],
    ['a narrow non-breaking space as group separator', 'Der Zuschuss beträgt 1.000,5 Euro.', 'Dotacja wynosi 1\u202F000,5 euro.'],
    ['millions', 'Das Projekt kostet 1.500.000 Euro.', 'Projekt kosztuje 1 500 000 euro.'],
    ['a numeric date kept numeric', 'Die Frist endet am 31.01.2019.', 'Termin upływa 31.01.2019 r.'],
    ['a numeric date written out in Polish', 'Die Frist endet am 31.01.2019.', 'Termin upływa 31 stycznia 2019 r.'],
    ['a German date written out, Polish numeric', 'Die Frist endet am 31. Januar 2019.', 'Termin upływa 31.01.2019 r.'],
    ['a German abbreviated month', 'Die Frist endet am 1. Okt. 2019.', 'Termin upływa 1 października 2019 r.'],
    ['an ISO date', 'Stand: 2019-03-05', 'Stan na: 5 marca 2019 r.'],
    ['one month for two days', 'Die Ausstellung ist vom 30.01. bis 31.01.2019 geöffnet.', 'Wystawa jest otwarta od 30 do 31 stycznia 2019 r.'],
    ['a percentage with and without a space', 'Die Arbeitslosenquote sank auf 5 %.', 'Stopa bezrobocia spadła do 5%.'],
    ['a decimal percentage', 'Die Quote stieg um 1,5 %.', 'Wskaźnik wzrósł o 1,5%.'],
    ['a time with a colon', 'Die Sitzung beginnt um 10.30 Uhr.', 'Posiedzenie rozpoczyna się o godz. 10:30.'],
    ['a time with a dot', 'Die Sitzung beginnt um 10.30 Uhr.', 'Posiedzenie rozpoczyna się o godz. 10.30.'],
    ['a full hour as 9:00', 'Die Sprechstunde beginnt um 9 Uhr.', 'Dyżur zaczyna się o godz. 9:00.'],
    ['a time range', 'Geöffnet von 9.00 bis 15.30 Uhr.', 'Czynne od 9 do 15:30.'],
    ['pierwszy, genitive', 'Die Teilnehmer des 1. Workshops trafen sich in Zittau.', 'Uczestnicy pierwszego warsztatu spotkali się w Zittau.'],
    ['drugi, masculine', 'Der 2. Bauabschnitt ist abgeschlossen.', 'Drugi etap budowy został zakończony.'],
    ['trzeci, locative feminine', 'Auf der 3. Sitzung wurde der Haushalt beschlossen.', 'Na trzeciej sesji uchwalono budżet.'],
    ['dwunasty', 'Der Ausschuss tagte zum 12. Mal.', 'Komisja obradowała po raz dwunasty.'],
    ['dwudziesta', 'Wir feiern den 20. Jahrestag der Partnerschaft.', 'Świętujemy dwudziestą rocznicę partnerstwa.'],
    ['a century in Roman numerals', 'Die Kirche stammt aus dem 15. Jahrhundert.', 'Kościół pochodzi z XV wieku.'],
    ['a German ordinal word for a Polish figure', 'Das dritte Treffen findet in Zgorzelec statt.', '3. spotkanie odbędzie się w Zgorzelcu.'],
    ['an ordinal word that is no number in the source', 'Das ist ein erster Schritt.', 'To pierwszy krok.'],
    ['the same number twice', 'Es gingen 2 Anträge und 2 Berichte ein.', 'Wpłynęły 2 wnioski i 2 sprawozdania.'],
    ['a road number is a code', 'Die B178 wird ausgebaut.', 'Droga B178 zostanie rozbudowana.'],
    ['digits in placeholders are not numbers', 'Siehe {1}Anlage 2{/1} und {2/}.', 'Zob. {1}załącznik 2{/1} i {2/}.'],
    ['digits in addresses are not numbers', 'Antrag unter https://www.goerlitz.de/foerderung2019 stellen.', 'Wniosek można złożyć na stronie https://www.goerlitz.de/foerderung2019.'],
    ['a section number', 'Siehe Abschnitt 3.5.', 'Zob. punkt 3.5.'],
    ['a postal code', 'Untermarkt 6–8, 02826 Görlitz', 'Untermarkt 6–8, 02826 Görlitz'],
    ['no numbers at all', 'Die Stadtverwaltung informiert.', 'Urząd miasta informuje.'],
  ],
  bad: [
    ['a decimal dropped', 'Der Zuschuss beträgt 1.000,5 Euro.', 'Dotacja wynosi 1000 euro.', [missing('1.000,5'), extra('1000')]],
    ['a wrong month', 'Die Frist endet am 31. Januar 2019.', 'Termin upływa 31 lutego 2019 r.', [missing('31. Januar 2019'), extra('31 lutego 2019')]],
    ['a wrong year in a numeric date', 'Die Frist endet am 31.01.2019.', 'Termin upływa 31.01.2020 r.', [missing('31.01.2019'), extra('31.01.2020')]],
    ['a wrong time', 'Die Sitzung beginnt um 10.30 Uhr.', 'Posiedzenie rozpoczyna się o godz. 10:00.', [missing('10.30'), extra('10:00')]],
    ['a wrong ordinal word', 'Am 4. Treffen nahmen 25 Personen teil.', 'W piątym spotkaniu wzięło udział 25 osób.', [missing('4')]],
    ['one of two equal numbers dropped', 'Es gingen 2 Anträge und 2 Berichte ein.', 'Wpłynęły 2 wnioski i sprawozdania.', [missing('2')]],
    ['an English decimal point', 'Die Quote stieg um 1,5 %.', 'Wskaźnik wzrósł o 1.5%.', [missing('1,5'), extra('1.5')]],
    ['an English thousands comma', 'Es kamen 1.200 Besucher.', 'Przyszło 1,200 odwiedzających.', [missing('1.200'), extra('1,200')]],
    ['a number added', 'Die Stadt hat neue Radwege gebaut.', 'Miasto zbudowało 12 km nowych ścieżek rowerowych.', [extra('12')]],
    ['a number lost', 'Im Jahr 2019 wurden 340 Anträge gestellt.', 'W 2019 r. złożono wiele wniosków.', [missing('340')]],
  ],
});

describe('number words', () => {
  test.each([
    ['pierwszy', 1], ['pierwsza', 1], ['pierwsze', 1], ['pierwszego', 1], ['pierwszej', 1], ['pierwsi', 1],
    ['drugi', 2], ['druga', 2], ['drugiego', 2], ['drudzy', 2], ['trzeci', 3], ['trzecia', 3], ['trzeciemu', 3],
    ['czwarte', 4], ['piątym', 5], ['szóstych', 6], ['siódmą', 7], ['ósmymi', 8], ['dziewiątej', 9],
    ['dziesiąty', 10], ['jedenasta', 11], ['dwunastego', 12], ['trzynaste', 13], ['czternastym', 14],
    ['piętnastej', 15], ['szesnastu', undefined], ['siedemnastą', 17], ['osiemnaści', 18], ['dziewiętnastego', 19],
    ['dwudziesty', 20],
  ])('Polish %s is %s', (word, value) => {
    expect(POLISH_ORDINALS.get(word)).toBe(value);
  });

  test('every Polish ordinal 1–20 has 11 forms or more', () => {
    const counts = new Map<number, number>();
    for (const value of POLISH_ORDINALS.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const count of counts.values()) expect(count).toBeGreaterThanOrEqual(10);
  });

  test.each([['erste', 1], ['zweiten', 2], ['dritter', 3], ['siebente', 7], ['siebten', 7], ['zwanzigstes', 20]])(
    'German %s is %s',
    (word, value) => {
      expect(GERMAN_ORDINALS.get(word)).toBe(value);
    },
  );
});
