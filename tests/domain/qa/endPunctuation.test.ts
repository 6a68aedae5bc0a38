import { endPunctuation } from '../../../server/domain/qa/checks/endPunctuation';
import { checkTable, issue } from './table';

checkTable(endPunctuation, {
  good: [
    ['a full stop', 'Der Antrag ist vollständig.', 'Wniosek jest kompletny.'],
    ['a question', 'Wann beginnt die Sitzung?', 'Kiedy rozpoczyna się posiedzenie?'],
    ['an exclamation', 'Machen Sie mit!', 'Weź udział!'],
    ['a colon before a list', 'Folgende Unterlagen sind beizufügen:', 'Należy dołączyć następujące dokumenty:'],
    ['an ellipsis as three dots', 'Und so weiter …', 'I tak dalej...'],
    ['a heading without punctuation', 'Öffentliche Bekanntmachung', 'Obwieszczenie publiczne'],
    ['a heading ending with the Polish abbreviation of rok', 'Förderung im Jahr 2019', 'Dofinansowanie w 2019 r.'],
    ['a heading ending with itd.', 'Sport, Kultur, Bildung usw', 'Sport, kultura, edukacja itd.'],
    ['the full stop inside German, after Polish quotes', 'Er sagte: „Wir kommen.“', 'Powiedział: „Przyjdziemy”.'],
    ['the full stop before a closing placeholder', 'Siehe {1}Anlage 2.{/1}', 'Zob. {1}załącznik 2.{/1}'],
    ['a full stop in parentheses', '(Die Teilnahme ist kostenlos.)', '(Udział jest bezpłatny.)'],
  ],
  bad: [
    ['a full stop lost', 'Der Antrag ist bis Freitag einzureichen.', 'Wniosek należy złożyć do piątku', [issue('qa.end_punctuation.missing', { expected: '.' })]],
    [
      'a question turned into a statement',
      'Wann beginnt die Sitzung?',
      'Kiedy rozpoczyna się posiedzenie.',
      [issue('qa.end_punctuation.different', { expected: '?', found: '.' })],
    ],
    [
      'a colon turned into a full stop',
      'Folgende Unterlagen sind beizufügen:',
      'Należy dołączyć następujące dokumenty.',
      [issue('qa.end_punctuation.different', { expected: ':', found: '.' })],
    ],
    ['an ellipsis turned into a full stop', 'Und so weiter …', 'I tak dalej.', [issue('qa.end_punctuation.different', { expected: '…', found: '.' })]],
    ['a full stop after a heading', 'Öffentliche Bekanntmachung', 'Obwieszczenie publiczne.', [issue('qa.end_punctuation.extra', { found: '.' })]],
    ['an exclamation lost', 'Machen Sie mit!', 'Weź udział', [issue('qa.end_punctuation.missing', { expected: '!' })]],
  ],
});
