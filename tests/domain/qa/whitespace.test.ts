import { whitespace } from '../../../server/domain/qa/checks/whitespace';
import { checkTable, issue } from './table';

checkTable(whitespace, {
  good: [
    ['no spaces at the edges', 'Der Antrag ist vollständig.', 'Wniosek jest kompletny.'],
    ['spaces at both edges, as in the source', ' Der Antrag ist vollständig. ', ' Wniosek jest kompletny. '],
    ['a non-breaking space after a one-letter word', 'Wir sind in Görlitz.', 'Jesteśmy w\u00A0Görlitz.'],
    ['a double space the source has too', 'Ort:  Rathaus', 'Miejsce:  ratusz'],
  ],
  bad: [
    ['a leading space lost', ' und in Zittau.', 'i w Zittau.', [issue('qa.whitespace.leading_missing')]],
    ['a leading space added', 'Der Antrag ist vollständig.', ' Wniosek jest kompletny.', [issue('qa.whitespace.leading_extra')]],
    ['a trailing space lost', 'Der Antrag ist vollständig. ', 'Wniosek jest kompletny.', [issue('qa.whitespace.trailing_missing')]],
    ['a trailing space added', 'Der Antrag ist vollständig.', 'Wniosek jest kompletny. ', [issue('qa.whitespace.trailing_extra')]],
    ['a double space', 'Der Antrag ist vollständig.', 'Wniosek  jest kompletny.', [issue('qa.whitespace.double_space')]],
    ['a space and a non-breaking space', 'Wir sind in Görlitz.', 'Jesteśmy w \u00A0Görlitz.', [issue('qa.whitespace.double_space')]],
    [
      'edges and a double space at once',
      ' Der Antrag ist vollständig.',
      'Wniosek  jest kompletny. ',
      [issue('qa.whitespace.leading_missing'), issue('qa.whitespace.trailing_extra'), issue('qa.whitespace.double_space')],
    ],
  ],
});
