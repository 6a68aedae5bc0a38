// Polish sentence rules. Contractions that keep their last letter (dr, mgr, nr, zł, mln, mld, pkt) take
// no period in Polish, so "5 mln zł. Następnie" ends a sentence; only their dotted title forms are listed.
// Polish does not capitalise nouns: after "itd.", "r.", "proc." … any capitalised word starts a sentence,
// except where an exception says otherwise (a sentence opening with a date: "W 2019 r. Rada Miasta …").
import type { LanguageRules } from '../types';
import { byCategory } from './kinds';
import { POLISH_ABBREVIATIONS } from './plAbbreviations';

export const POLISH: LanguageRules = {
  abbreviations: byCategory(POLISH_ABBREVIATIONS),
  abbreviationSuffixes: [],
  sentenceStarters: [
    'Następnie', 'Potem', 'Później', 'Wcześniej', 'Ponadto', 'Dodatkowo', 'Również', 'Także', 'Jednak',
    'Jednocześnie', 'Natomiast', 'Dlatego', 'Zatem', 'Więc', 'Tak', 'Nie', 'Jak', 'Jest', 'Są', 'Był', 'Była',
    'Było', 'Byli', 'Będzie', 'To', 'Ten', 'Ta', 'Te', 'Tym', 'Ci', 'On', 'Ona', 'Oni', 'One', 'My', 'Wszyscy',
    'Wszystkie', 'Każdy', 'Każda', 'Jego', 'Jej', 'Ich', 'Nasz', 'Nasza', 'Nasze', 'W', 'We', 'Na', 'Do',
    'Od', 'Po', 'Z', 'Ze', 'Za', 'Przy', 'Przed', 'Podczas', 'Dzięki', 'Dla', 'O', 'U', 'Pod', 'Nad',
    'Przez', 'Według', 'Wśród', 'Obecnie', 'Dziś', 'Dzisiaj', 'Teraz', 'Już', 'Jeszcze', 'Tylko', 'A', 'I',
    'Ale', 'Czy', 'Gdy', 'Kiedy', 'Jeśli', 'Jeżeli', 'Ponieważ', 'Choć', 'Chociaż', 'Aby', 'Co', 'Kto',
    'Gdzie', 'Dlaczego', 'Ile', 'Około', 'Ponad', 'Łącznie', 'Prosimy', 'Zapraszamy',
    // more pronouns, conjunctions, prepositions, adverbs and sentence-opening verbs
    'Jednakże', 'Niemniej', 'Wówczas', 'Wtedy', 'Wczoraj', 'Jutro', 'Zawsze', 'Nigdy', 'Często', 'Czasem',
    'Czasami', 'Poza', 'Oprócz', 'Mimo', 'Pomimo', 'Wobec', 'Między', 'Pomiędzy', 'Obok', 'Wokół', 'Zamiast',
    'Bez', 'Tu', 'Tutaj', 'Tam', 'Stąd', 'Bo', 'Lecz', 'Oraz', 'Albo', 'Lub', 'Ani', 'Gdyby', 'Żeby', 'By',
    'Skoro', 'Zanim', 'Dopóki', 'Odkąd', 'Tego', 'Tej', 'Temu', 'Tych', 'Tymi', 'Tamten', 'Swój', 'Mój',
    'Twój', 'Ją', 'Go', 'Mu', 'Nam', 'Wam', 'Nas', 'Mnie', 'Ja', 'Ty', 'Wy', 'Ktoś', 'Coś', 'Nic', 'Nikt',
    'Wszystko', 'Każdego', 'Inne', 'Inni', 'Wiele', 'Wielu', 'Kilka', 'Kilku', 'Niektórzy', 'Niektóre',
    'Większość', 'Trzeba', 'Można', 'Należy', 'Warto', 'Mamy', 'Ma', 'Mają', 'Miał', 'Miała', 'Będą',
    'Zostanie', 'Zostały', 'Został', 'Została', 'Nadal', 'Wciąż', 'Znowu', 'Ponownie', 'Najpierw',
    'Wreszcie', 'Ostatecznie', 'Wkrótce', 'Niedawno', 'Dotychczas', 'Dotąd', 'Odtąd', 'Oczywiście',
    'Niestety', 'Prawdopodobnie', 'Może', 'Chyba', 'Właśnie', 'Zwłaszcza', 'Szczególnie', 'Wprawdzie', 'Zaś',
    'Przecież', 'Jaki', 'Jaka', 'Jakie', 'Który', 'Która', 'Które', 'Którzy', 'Czego', 'Komu', 'Dokąd',
    'Skąd', 'Czemu', 'Prawie', 'Jedynie', 'Dopiero', 'Nawet', 'Też',
  ],
  nounsCapitalised: false,
  months: [
    'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września',
    'października', 'listopada', 'grudnia', 'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec',
    'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień',
  ],
  // Polish ordinals mostly precede lower-case nouns; before a capitalised name they follow a preposition
  // ("na 4. Forum", "podczas 5. Konferencji"). Not after "do", "od", "z", "za", "po": there the number is
  // an amount ("wzrosła z 80 do 120. Organizatorzy …"). A number alone before a capitalised word is a
  // sentence end ("sala nr 5. Prowadził …").
  ordinalContext: ['w', 'we', 'na', 'podczas', 'dla', 'przed'],
  ordinalJoiners: ['i', 'oraz', 'lub', 'albo', '–', '-'],
  ordinalDigits: { afterContext: 3, alone: 0 },
  exceptions: [
    // A sentence opening with a date goes on after it: "W 2019 r. Gmina …", "W dniu 30 stycznia 2019 r.
    // Rada Miasta …", "W marcu br. Zarząd …", "W XIX w. Kościół …". The capitalised preposition marks
    // the sentence start. Exceptions run on RE2 (no lookbehind): the window it is tried on is longer than
    // any match, so "^" never stands for a cut word.
    {
      break: false,
      before:
        '(?:^|[^\\p{L}\\p{N}])(?:W|We|Od|Do|Po|Przed|Dnia|Z dniem)(?:\\s+dniu)?\\s+' +
        '(?:\\p{N}{1,2}\\.\\p{N}{1,2}\\.|(?:\\p{N}{1,2}\\s+)?\\p{Ll}+\\s+)?(?:\\p{N}{4}\\s?r|br|[IVXLC]+\\s?w)\\.',
      after: '\\s',
    },
  ],
};
