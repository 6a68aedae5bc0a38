import { bracketsQuotes } from '../../../server/domain/qa/checks/bracketsQuotes';
import { checkTable, issue } from './table';

const unmatched = (char: string) => issue('qa.brackets_quotes.unmatched', { char });
const germanQuote = issue('qa.brackets_quotes.german_quote', { found: '“' });

checkTable(bracketsQuotes, {
  good: [
    ['parentheses', 'Die Frist (bis 31. März) gilt für alle.', 'Termin (do 31 marca) obowiązuje wszystkich.'],
    ['Polish quotes', 'Das Projekt „Brücken bauen“ startet.', 'Rusza projekt „Budujemy mosty”.'],
    ['guillemets pointing inwards', 'Das Projekt »Brücken bauen« startet.', 'Rusza projekt »Budujemy mosty«.'],
    ['guillemets pointing outwards', 'Das Projekt „Brücken bauen“ startet.', 'Rusza projekt «Budujemy mosty».'],
    ['straight quotes in pairs', 'Das Projekt "Brücken bauen" startet.', 'Rusza projekt "Budujemy mosty".'],
    [
      'a quote inside a quote',
      'Sie sagte: „Das Motto »Gemeinsam« passt.“',
      'Powiedziała: „Hasło »Razem« pasuje”.',
    ],
    ['list markers the source has too', 'a) Antrag, b) Nachweis', 'a) wniosek, b) dowód'],
    ['a parenthesis the source leaves open too', '(Die Anmeldung ist bis Freitag möglich.', '(Zgłoszenia są możliwe do piątku.'],
    ['a quote begun in an earlier segment', 'Wir kommen wieder.“', 'Wrócimy”.'],
    ['brackets in a URL are not text', 'Siehe https://de.wikipedia.org/wiki/Neiße_(Fluss) dazu.', 'Zob. https://de.wikipedia.org/wiki/Neiße_(Fluss) na ten temat.'],
    ['square brackets', 'Er [der Bürgermeister] eröffnete die Messe.', 'On [burmistrz] otworzył targi.'],
  ],
  bad: [
    ['a parenthesis left open', 'Die Frist (bis 31. März) gilt für alle.', 'Termin (do 31 marca obowiązuje wszystkich.', [unmatched('(')]],
    ['a parenthesis closed twice', 'Die Frist (bis 31. März) gilt für alle.', 'Termin (do 31 marca)) obowiązuje wszystkich.', [unmatched(')')]],
    ['a German closing quote', 'Das Projekt „Brücken bauen“ startet.', 'Rusza projekt „Budujemy mosty“.', [germanQuote]],
    ['English quotes', 'Das Projekt „Brücken bauen“ startet.', 'Rusza projekt “Budujemy mosty”.', [germanQuote]],
    ['a Polish quote never closed', 'Das Projekt „Brücken bauen“ startet.', 'Rusza projekt „Budujemy mosty.', [unmatched('„')]],
    ['an odd straight quote', 'Das Projekt "Brücken bauen" startet.', 'Rusza projekt "Budujemy mosty.', [unmatched('"')]],
    ['a square bracket left open', 'Er [der Bürgermeister] eröffnete die Messe.', 'On [burmistrz otworzył targi.', [unmatched('[')]],
  ],
});
