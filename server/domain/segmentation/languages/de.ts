// German sentence rules for public-administration prose (press releases, funding notices, reports).
// German capitalises nouns, so after an ambiguous period ("usw.", "Plan B.", "feiert 30.") only a typical
// sentence starter — article, pronoun, conjunction, preposition, adverb — begins a new sentence.
import type { LanguageRules } from '../types';
import { GERMAN_ABBREVIATIONS } from './deAbbreviations';
import { byCategory } from './kinds';

export const GERMAN: LanguageRules = {
  abbreviations: byCategory(GERMAN_ABBREVIATIONS),
  abbreviationSuffixes: ['str.'],
  sentenceStarters: [
    // articles, demonstratives, pronouns, possessives, quantifiers
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Eines', 'Einem', 'Einen', 'Dies',
    'Diese', 'Dieser', 'Dieses', 'Diesem', 'Diesen', 'Solche', 'Ich', 'Du', 'Er', 'Sie', 'Es', 'Wir', 'Ihr',
    'Man', 'Sein', 'Seine', 'Ihre', 'Unser', 'Unsere', 'Mein', 'Meine', 'Alle', 'Viele', 'Einige', 'Manche',
    'Mehrere', 'Beide', 'Jeder', 'Jede', 'Jedes', 'Kein', 'Keine', 'Niemand', 'Nichts', 'Etwas',
    // prepositions
    'Am', 'Im', 'Ins', 'Ans', 'Beim', 'Zum', 'Zur', 'Vom', 'An', 'In', 'Auf', 'Aus', 'Bei', 'Mit', 'Nach',
    'Seit', 'Von', 'Vor', 'Zu', 'Ab', 'Bis', 'Für', 'Gegen', 'Ohne', 'Um', 'Durch', 'Über', 'Unter',
    'Zwischen', 'Neben', 'Trotz', 'Wegen', 'Laut', 'Dank', 'Während', 'Innerhalb', 'Außerhalb', 'Gemäß',
    // conjunctions and question words
    'Und', 'Oder', 'Aber', 'Doch', 'Denn', 'Sowie', 'Als', 'Wenn', 'Weil', 'Da', 'Dass', 'Ob', 'Obwohl',
    'Nachdem', 'Bevor', 'Sobald', 'Solange', 'Falls', 'Sofern', 'Wie', 'Wo', 'Was', 'Wer', 'Wann', 'Warum',
    'Weshalb', 'Welche', 'Welcher', 'Welches',
    // adverbs
    'Danach', 'Dann', 'Davor', 'Davon', 'Dabei', 'Dadurch', 'Daneben', 'Dahinter', 'Darunter', 'Seitdem', 'Zwar', 'Dafür', 'Dagegen', 'Daher', 'Damit', 'Darauf', 'Darüber', 'Darin',
    'Dazu', 'Deshalb', 'Deswegen', 'Dennoch', 'Trotzdem', 'Jedoch', 'Allerdings', 'Außerdem', 'Zudem',
    'Ferner', 'Weiterhin', 'Weitere', 'Weiteres', 'Zusätzlich', 'Ebenso', 'Ebenfalls', 'Auch', 'Nur', 'Noch',
    'Schon', 'Bereits', 'Erst', 'Erstmals', 'Zunächst', 'Anschließend', 'Später', 'Zuvor', 'Vorher',
    'Schließlich', 'Abschließend', 'Zuletzt', 'Heute', 'Gestern', 'Morgen', 'Jetzt', 'Nun', 'Inzwischen',
    'Mittlerweile', 'Derzeit', 'Aktuell', 'Bisher', 'Künftig', 'Gleichzeitig', 'Zugleich', 'Insgesamt',
    'Hier', 'Dort', 'So', 'Besonders', 'Insbesondere', 'Hierzu', 'Hierfür', 'Somit', 'Folglich', 'Also',
    'Übrigens', 'Vielmehr', 'Wieder', 'Bitte', 'Rund', 'Etwa', 'Knapp', 'Fast', 'Mehr', 'Gemeinsam',
    // more closed-class words and the verbs that open questions
    'Jene', 'Jener', 'Jenes', 'Jenem', 'Jenen', 'Derselbe', 'Dieselbe', 'Dasselbe', 'Deren', 'Dessen',
    'Denen', 'Wem', 'Wen', 'Wessen', 'Mir', 'Mich', 'Dir', 'Dich', 'Ihm', 'Ihn', 'Ihnen', 'Uns', 'Euch',
    'Jemand', 'Keiner', 'Keines', 'Jedem', 'Jeden', 'Andere', 'Anderen', 'Wenige', 'Wenigen', 'Sämtliche',
    'Zahlreiche', 'Einzelne', 'Seinem', 'Seinen', 'Seiner', 'Ihrem', 'Ihren', 'Ihrer', 'Unserem', 'Unseren',
    'Unserer', 'Eure', 'Euer', 'Meinem', 'Meinen', 'Meiner', 'Hinter', 'Entlang', 'Statt', 'Anstatt',
    'Außer', 'Bezüglich', 'Infolge', 'Mittels', 'Seitens', 'Anlässlich', 'Aufgrund', 'Angesichts',
    'Gegenüber', 'Oberhalb', 'Unterhalb', 'Jenseits', 'Binnen', 'Samt', 'Per', 'Pro', 'Zugunsten', 'Zwecks',
    'Ungeachtet', 'Inmitten', 'Sondern', 'Weder', 'Entweder', 'Sowohl', 'Indem', 'Ehe', 'Soweit', 'Sodass',
    'Wenngleich', 'Obgleich', 'Zumal', 'Insofern', 'Diesmal', 'Meist', 'Meistens', 'Oft', 'Häufig',
    'Manchmal', 'Immer', 'Nie', 'Niemals', 'Selten', 'Stets', 'Selbst', 'Sogar', 'Gerade', 'Sonst',
    'Stattdessen', 'Demnach', 'Demnächst', 'Zuerst', 'Hingegen', 'Indes', 'Jedenfalls', 'Kürzlich',
    'Neulich', 'Letztlich', 'Letztendlich', 'Möglicherweise', 'Offenbar', 'Offensichtlich', 'Vermutlich',
    'Wahrscheinlich', 'Zumindest', 'Mindestens', 'Höchstens', 'Natürlich', 'Tatsächlich', 'Eigentlich',
    'Leider', 'Hierbei', 'Hiermit', 'Hierauf', 'Daraufhin', 'Darum', 'Dorthin', 'Überall', 'Bald', 'Sofort',
    'Damals', 'Einst', 'Früher', 'Seither', 'Fortan', 'Ansonsten', 'Überdies', 'Lediglich', 'Ausschließlich',
    'Genauso', 'Zunehmend', 'Teilweise', 'Größtenteils', 'Überwiegend', 'Weitgehend', 'Hauptsächlich',
    'Vielleicht', 'Kaum', 'Sehr', 'Gleichwohl', 'Immerhin', 'Wenigstens', 'Endlich', 'Erneut', 'Wiederum',
    'Vorerst', 'Heuer', 'Morgens', 'Abends', 'Nachts', 'Montags', 'Dienstags', 'Mittwochs', 'Donnerstags',
    'Freitags', 'Samstags', 'Sonntags', 'Jährlich', 'Täglich', 'Bislang', 'Wieso', 'Wozu', 'Wofür', 'Womit',
    'Wodurch', 'Woher', 'Wohin', 'Worauf', 'Worüber', 'Wovon', 'Nicht', 'Ja', 'Nein', 'Ist', 'Sind', 'War',
    'Waren', 'Wird', 'Werden', 'Wurde', 'Wurden', 'Hat', 'Haben', 'Hatte', 'Hatten', 'Kann', 'Können',
    'Konnte', 'Konnten', 'Muss', 'Müssen', 'Soll', 'Sollen', 'Sollte', 'Sollten', 'Darf', 'Dürfen', 'Will',
    'Wollen', 'Gibt', 'Gab', 'Geht', 'Kommt',
  ],
  nounsCapitalised: true,
  months: [
    'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
    'November', 'Dezember', 'Jan', 'Feb', 'Febr', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt',
    'Nov', 'Dez',
  ],
  ordinalContext: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'am', 'im', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans',
    'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'dieser', 'diese', 'dieses', 'diesem', 'diesen',
    'jeder', 'jede', 'jedes', 'jedem', 'jeden',
    'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer',
    'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'mein', 'meine', 'meinem',
    'meinen', 'meiner', 'meines',
  ],
  ordinalJoiners: ['und', 'oder', 'bis', 'sowie', 'bzw.', '–', '-'],
  ordinalDigits: { afterContext: 3, alone: 2 },
  exceptions: [],
};
