import { mtUnedited } from '../../../server/domain/qa/checks/mtUnedited';
import { checkTable, issue } from './table';

const source = 'Die Ausstellung ist bis Ende Mai zu sehen.';
const mt = 'Wystawę można oglądać do końca maja.';

checkTable(mtUnedited, {
  good: [
    ['no machine translation', source, mt],
    ['a machine translation that was not proposed', source, mt, { mtTarget: null }],
    ['an edited proposal', source, 'Wystawa będzie czynna do końca maja.', { mtTarget: mt }],
    ['a proposal edited and typed back', source, mt, { mtTarget: mt, edited: true }],
    ['a change of spacing only is an edit', source, `${mt} `, { mtTarget: mt }],
  ],
  bad: [
    ['a proposal confirmed unchanged', source, mt, [issue('qa.mt_unedited.unedited')], { mtTarget: mt }],
    ['a proposal marked as not edited', source, mt, [issue('qa.mt_unedited.unedited')], { mtTarget: mt, edited: false }],
  ],
});
