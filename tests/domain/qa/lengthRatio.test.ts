import { lengthRatio } from '../../../server/domain/qa/checks/lengthRatio';
import { checkTable, issue } from './table';

checkTable(lengthRatio, {
  good: [
    ['a translation of similar length', 'Der Antrag ist bis zum 31. März einzureichen.', 'Wniosek należy złożyć do 31 marca.'],
    ['a short source, whatever the target', 'Ja.', 'Tak, oczywiście, zgadzamy się.'],
    [
      'placeholders do not count',
      'Siehe {1}Anlage{/1} {2/}.',
      'Zob. {1}załącznik{/1} {2/} oraz {3}wszystkie pozostałe dokumenty{/3}.',
    ],
    // 40 characters, 20 characters: exactly half is still fine
    ['exactly half as long', 'Die Frist endet am Freitag um 12.00 Uhr.', 'Termin: piątek 12:00'],
  ],
  bad: [
    [
      'a translation that lost half of the sentence',
      'Die Anmeldung ist bis zum 31. März 2019 im Bürgerbüro möglich.',
      'Zgłoszenia do 31 marca.',
      [issue('qa.length_ratio.too_short', { percent: 37 })],
    ],
    [
      'a translation that added a lot',
      'Der Eintritt ist frei, Spenden erbeten.',
      'Wstęp jest bezpłatny, ale organizatorzy bardzo proszą o dobrowolne datki na rzecz odbudowy zabytkowego kościoła.',
      [issue('qa.length_ratio.too_long', { percent: 287 })],
    ],
  ],
});
