import { untranslatedWords } from '../../../server/domain/qa/checks/untranslatedWords';
import { checkTable, issue } from './table';

const german = (word: string) => issue('qa.untranslated_words.german_word', { word });

checkTable(untranslatedWords, {
  good: [
    ['a translation', 'Die Stadt Görlitz lädt ein.', 'Miasto Görlitz zaprasza.'],
    ['a listed name, inflected', 'Der Dank gilt Herrn Müller.', 'Podziękowania należą się panu Müllerowi.'],
    ['a name from the source', 'Frau Schönherr eröffnete die Ausstellung.', 'Pani Schönherr otworzyła wystawę.'],
    ['a name from the source, inflected', 'Die Rede von Herrn Dörfler war kurz.', 'Przemówienie pana Dörflera było krótkie.'],
    ['a German adjective of a place name', 'Die Görlitzer Altstadt ist sehenswert.', 'Stare miasto w Görlitz warto zobaczyć.'],
    ['a place name with particles kept', 'Die Messe findet in Görlitz an der Neiße statt.', 'Targi odbędą się w Görlitz an der Neiße.'],
    ['an institution kept in German', 'Das Haus der Begegnung lädt ein.', 'Haus der Begegnung zaprasza.'],
    ['a river in a place name', 'Der Zug fährt nach Frankfurt (Oder).', 'Pociąg jedzie do Frankfurtu (Oder).'],
    ['Polish words that look German', 'Die Kommission weiß, dass es ihnen wichtig ist.', 'Komisja wie, że im na tym zależy.'],
    ['German words in an address', 'Siehe www.görlitz.de/über-uns', 'Zob. www.görlitz.de/über-uns'],
    ['Polish ó is no German letter', 'Der Verein hat viele Mitglieder.', 'Stowarzyszenie ma wielu członków.'],
  ],
  bad: [
    ['für left over', 'Ein Projekt für Senioren.', 'Projekt für seniorów.', [german('für')]],
    ['a lower-case word with an umlaut', 'Die Maßnahme wird gefördert.', 'Działanie jest gefördert.', [german('gefördert')]],
    ['und between names', 'Görlitz und Zgorzelec arbeiten zusammen.', 'Görlitz und Zgorzelec współpracują.', [german('und')]],
    ['der not from a name', 'Die Sitzung der Kommission.', 'Posiedzenie der Komisji.', [german('der')]],
    ['a word with ß', 'Die Straße ist gesperrt.', 'Ulica jest gesperrt wegen Bauarbeiten, bitte außen herum.', [german('außen')]],
    ['each word once, in order', 'Kultur über Grenzen und für alle.', 'Kultura über granicami für wszystkich über.', [german('über'), german('für')]],
  ],
});
