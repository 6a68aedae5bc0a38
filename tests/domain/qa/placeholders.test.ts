import { placeholders } from '../../../server/domain/qa/checks/placeholders';
import { checkTable, issue } from './table';

checkTable(placeholders, {
  good: [
    ['no placeholders', 'Der Antrag ist vollständig.', 'Wniosek jest kompletny.'],
    ['a paired placeholder kept', 'Bitte lesen Sie {1}die Hinweise{/1} zum Antrag.', 'Prosimy zapoznać się z {1}uwagami{/1} do wniosku.'],
    [
      'placeholders in another order',
      'Klicken Sie auf {1/} und dann auf {2}Senden{/2}.',
      'Po kliknięciu {1/} kliknij {2}Wyślij{/2}.',
    ],
    ['nested pairs', 'Das {1}Formular {2}A1{/2}{/1} ist auszufüllen.', 'Należy wypełnić {1}formularz {2}A1{/2}{/1}.'],
  ],
  bad: [
    [
      'a paired placeholder dropped',
      'Bitte lesen Sie {1}die Hinweise{/1} zum Antrag.',
      'Prosimy zapoznać się z uwagami do wniosku.',
      [issue('qa.placeholders.missing', { placeholder: '{1}…{/1}' })],
    ],
    [
      'a standalone placeholder repeated',
      'Das Logo {2/} steht oben.',
      'Logo {2/} {2/} znajduje się u góry.',
      [issue('qa.placeholders.duplicated', { placeholder: '{2/}' })],
    ],
    [
      'a pair closed before it is opened',
      'Bitte lesen Sie {1}die Hinweise{/1} zum Antrag.',
      'Prosimy zapoznać się z {/1}uwagami{1} do wniosku.',
      [issue('qa.placeholders.unbalanced', { placeholder: '{1}…{/1}' })],
    ],
    [
      'a placeholder the source does not have',
      'Der Antrag ist vollständig.',
      'Wniosek {3/} jest kompletny.',
      [issue('qa.placeholders.unknown', { placeholder: '{3/}' })],
    ],
    [
      'one missing and one unknown',
      'Siehe {1/}.',
      'Zob. {2/}.',
      [issue('qa.placeholders.missing', { placeholder: '{1/}' }), issue('qa.placeholders.unknown', { placeholder: '{2/}' })],
    ],
  ],
});
