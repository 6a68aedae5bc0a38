import { sameAsSource } from '../../../server/domain/qa/checks/sameAsSource';
import { checkTable, issue } from './table';

checkTable(sameAsSource, {
  good: [
    ['a translation', 'Die Sitzung ist öffentlich.', 'Posiedzenie jest jawne.'],
    ['a number', '2019', '2019'],
    ['a date and time', '31.01.2019, 10:30', '31.01.2019, 10:30'],
    ['a place name with particles', 'Görlitz an der Neiße', 'Görlitz an der Neiße'],
    ['a name with a title', 'Dr. Anna Müller', 'Dr. Anna Müller'],
    ['a programme name', 'Interreg VI A Polen – Sachsen 2021–2027', 'Interreg VI A Polen – Sachsen 2021–2027'],
    ['a company with a legal form', 'Kulturservice Görlitz gGmbH', 'Kulturservice Görlitz gGmbH'],
    ['an address', 'https://www.goerlitz.de', 'https://www.goerlitz.de'],
    ['an e-mail address', 'info@zittau.de', 'info@zittau.de'],
    ['a Polish paragraph in the German document', 'Witamy w Zgorzelcu.', 'Witamy w Zgorzelcu.'],
  ],
  bad: [
    ['a sentence copied', 'Die Sitzung ist öffentlich.', 'Die Sitzung ist öffentlich.', [issue('qa.same_as_source.identical')]],
    ['a sentence copied with a trailing space', 'Bitte warten Sie. ', 'Bitte warten Sie.', [issue('qa.same_as_source.identical')]],
    ['a copied sentence with placeholders', 'Siehe {1}hier{/1}.', 'Siehe {1}hier{/1}.', [issue('qa.same_as_source.identical')]],
  ],
});
