// A small German–Polish lexicon of everyday public-administration words, as word-start stems, so the
// aligner has evidence where lengths and shared spellings have none ("Die Bearbeitung dauert oft
// mehrere Monate." / "Rozpatrzenie wniosku trwa często kilka miesięcy."). Written from general
// knowledge of the two languages, not taken from the test documents. A stem matches any word that
// starts with it (lower case), or only the word itself when the stem ends with "."; "|" separates
// alternatives (suppletive or alternating forms).
const ENTRIES: readonly (readonly [string, string])[] = [
  // time
  ['jahr|jähr', 'rok|roku|lat|rocz'], ['monat', 'miesi'], ['woche', 'tydz|tygod'], ['tag|täg', 'dzień|dnia|dni|dob'],
  ['stunde', 'godzin'], ['minute', 'minut'], ['uhr', 'godz'], ['heute', 'dzi'], ['morgen', 'jutr|rano'],
  ['abend', 'wiecz'], ['frühjahr|frühling', 'wiosn'], ['herbst', 'jesie'], ['winter', 'zim'],
  ['montag', 'poniedzia'], ['dienstag', 'wtor'], ['mittwoch', 'środ'], ['donnerstag', 'czwart'],
  ['freitag', 'piąt'], ['samstag', 'sobot'], ['sonntag', 'niedziel'], ['wochenende', 'weekend'],
  ['jahrhundert', 'wiek'], ['zeit', 'czas|okres'], ['frist', 'termin'], ['beginn|anfang', 'począt'],
  ['ende', 'koń|konie'], ['bisher', 'dotychczas'], ['künftig|zukunft', 'przysz'], ['früher', 'wcześn|dawn'],
  // places and institutions
  ['deutschland|deutsch', 'niem'], ['polen|polnisch', 'pols|polak'], ['sachsen|sächsisch', 'saks'],
  ['europa|europä', 'europ'], ['stadt|städt', 'miast|miejsk|mieści'], ['gemeinde', 'gmin'], ['landkreis', 'powiat'],
  ['land|länder', 'kraj|kraju|krajów|land'], ['grenze|grenz', 'granic|przygranicz'], ['fluss|flüss', 'rzek'],
  ['brücke', 'most'], ['straße', 'ulic|drog'], ['bahnhof', 'dworz|dworc'], ['schule|schül', 'szkoł|szkol|uczni'],
  ['kita|kindergarten', 'przedszkol'], ['rathaus', 'ratusz'], ['kirche', 'kości'], ['museum', 'muze'],
  ['bibliothek', 'bibliot'], ['krankenhaus', 'szpital'], ['arzt|ärzt', 'lekar'], ['amt|ämter|behörde', 'urząd|urzęd'],
  ['verwaltung', 'administr|urzęd'], ['rat|räte', 'rad'], ['bürgermeister', 'burmistrz'], ['verein', 'stowarzysz'],
  ['stiftung', 'fundacj'], ['unternehm|firma|betrieb', 'przedsiębior|firm|zakład'], ['haus|häus', 'dom'],
  ['wohnung', 'mieszka'], ['gebäude', 'budyn'], ['platz|plätz', 'plac|miejsc'], ['zentrum', 'centr'],
  ['region', 'region'], ['gebiet', 'teren|obszar'], ['ufer', 'brzeg'], ['wasser', 'wod'], ['hochwasser', 'powodz'],
  // people
  ['kind', 'dziec|dzieć'], ['jugend', 'młodzi'], ['eltern|elternteil', 'rodzic'], ['familie', 'rodzin'],
  ['einwohner|bürger', 'mieszka|obywat'], ['mensch', 'ludz|osob|osób'], ['frau', 'kobiet'],
  ['teilnehm', 'uczestni'], ['besuch', 'odwiedz|zwiedz|gości|widz'], ['lehrer|lehrkr', 'nauczyc'], ['schüler', 'uczni|uczenn'],
  ['arbeitgeber', 'pracodaw'], ['arbeitnehmer|beschäftigt', 'pracowni|zatrudn'], ['partner', 'partner'],
  ['antragsteller', 'wnioskod'], ['freiwillig', 'wolontari|dobrowol'], ['gast|gäste', 'gość|gości'],
  // administration and money
  ['antrag|anträg|beantrag', 'wnios'], ['formular', 'formularz'], ['unterlagen|dokument', 'dokument'],
  ['bescheinigung|nachweis', 'zaświadcz|dowód|dowod'], ['gesetz', 'ustaw|praw'], ['vorschrift|regel', 'przepis|zasad|regu'],
  ['vertrag|verträg|abkommen', 'umow'], ['beschluss|beschließ', 'uchwał|postanow'], ['sitzung', 'posiedz|sesj'],
  ['bericht', 'sprawozd|raport'], ['entscheid', 'decyz|zdecyd'], ['prüf', 'sprawdz|kontrol|bada'],
  ['euro', 'euro'], ['złoty|zloty', 'zł.|złot'], ['geld', 'pieni|środk'], ['kosten', 'koszt'], ['preis', 'cen'],
  ['steuer', 'podat'], ['beitr', 'skład'], ['förder', 'dofinans|wspar|wspier'], ['zuschuss', 'dotac|dopłat'],
  ['haushalt', 'budżet'], ['million', 'milion|mln'], ['milliard', 'miliard|mld'], ['tausend', 'tysi'],
  ['hälfte', 'połow'], ['prozent', 'proc'], ['zahl', 'liczb'], ['rente', 'emeryt'], ['versicherung|kasse', 'ubezpiecz|kas'],
  ['kranken', 'chor'], ['arbeit', 'prac'], ['arbeitslos', 'bezroboc'], ['lohn|gehalt', 'wynagrodz|pensj'],
  ['ticket|fahrkarte', 'bilet'], ['eintritt', 'wstęp|wejści'], ['anmeld', 'zgłosz|zapis|rejestr'], ['registrier', 'rejestr'],
  ['information|auskunft', 'informac'], ['beratung', 'doradz|porad|konsult'], ['hilfe', 'pomoc'], ['kontakt', 'kontakt'],
  ['telefon', 'telefon'], ['adresse|anschrift', 'adres'], ['internet|online', 'internet|online|elektron'],
  // things and activities
  ['projekt', 'projekt'], ['programm', 'program'], ['veranstaltung', 'wydarz|impre|spotka'], ['fest', 'święt|festyn|fest'],
  ['konzert', 'koncert'], ['ausstellung', 'wystaw'], ['theater', 'teatr'], ['film', 'film'], ['musik', 'muzy'],
  ['kultur', 'kultur'], ['sport', 'sport'], ['bildung', 'eduk|kształc'], ['sprache', 'język'], ['buch|büch', 'książ'],
  ['bus', 'autobus'], ['bahn|zug|züge', 'kolej|pociąg'], ['verkehr', 'ruch|komunik|transport'], ['auto|pkw|fahrzeug', 'samoch|pojazd'],
  ['fahrrad|rad', 'rower'], ['linie', 'lini'], ['verbindung', 'połącz'], ['bau|bauarbeit', 'budow|robót|prac'],
  ['sanierung|renovierung', 'remont|renow|moderniz'], ['umwelt', 'środowisk'], ['energie', 'energi'], ['wald|wäld', 'las|lesi'],
  ['gesundheit', 'zdrow'], ['sicherheit', 'bezpiecz'], ['feuerwehr', 'straż'], ['polizei', 'polic'], ['zusammenarbeit', 'współprac'],
  ['gemeinsam', 'wspóln'], ['ergebnis', 'wynik|rezultat'], ['ziel', 'cel'], ['plan', 'plan'], ['frage', 'pyta'],
  ['antwort', 'odpowied'], ['meinung', 'opini|zdani'], ['problem', 'problem'], ['möglich', 'możl|moż'], ['pflicht', 'obowiąz'],
  // frequent adjectives, adverbs, numbers
  ['neu', 'now'], ['alt', 'star'], ['groß|größ', 'duż|wielk|więk'], ['klein', 'mał|mniejs'], ['erste', 'pierwsz'],
  ['zweite', 'drug'], ['dritte', 'trzec'], ['letzte', 'ostatn'], ['nächste', 'następ|kolejn'], ['alle', 'wszys'],
  ['beide', 'obu|obie|oba|obydw'], ['weniger', 'mniej'], ['rund|etwa|ungefähr', 'około'],
  ['kostenlos|kostenfrei|gratis', 'bezpłat|darmow'], ['zwei', 'dwa|dwie|dwóch|dwu'], ['drei', 'trzy|trzech'], ['vier', 'czter'], ['fünf', 'pięć|pięci'],
  ['zehn', 'dziesię'], ['hundert', 'sto|stu'], ['wichtig', 'waż'], ['offen|geöffnet', 'otwar'], ['geschlossen|gesperrt', 'zamkni'],
];

/** Every stem by its first two letters, with its entry number: a word looks up only its own bucket. */
function indexStems(language: 'de' | 'pl'): Map<string, { stem: string; whole: boolean; entry: number }[]> {
  const index = new Map<string, { stem: string; whole: boolean; entry: number }[]>();
  ENTRIES.forEach((entry, number) => {
    for (const alternative of entry[language === 'de' ? 0 : 1].split('|')) {
      const whole = alternative.endsWith('.');
      const stem = whole ? alternative.slice(0, -1) : alternative;
      const key = stem.slice(0, 2);
      index.set(key, [...(index.get(key) ?? []), { stem, whole, entry: number }]);
    }
  });
  return index;
}

const STEMS = { de: indexStems('de'), pl: indexStems('pl') };

/** The lexicon entries a text's words start with, as entry numbers in ascending order (each once). */
export function lexiconEntries(text: string, language: 'de' | 'pl'): number[] {
  const found = new Set<number>();
  const index = STEMS[language];
  for (const match of text.toLowerCase().matchAll(/\p{L}{2,}/gu)) {
    const word = match[0];
    for (const { stem, whole, entry } of index.get(word.slice(0, 2)) ?? []) {
      if (whole ? word === stem : word.startsWith(stem)) found.add(entry);
    }
  }
  return [...found].sort((a, b) => a - b);
}
