// A department's staffing table totals its rows; counts are exact.
import countTotal from '../../../rules/count/column-total.js';
import { ruleTester } from '../../rule-tester.js';
import { towns, withTable } from '../money/tables.js';

const staff = (total: string) =>
  withTable('表1 人员编制情况表（单位：人）', [
    '类别\t编制数\t实有人数',
    '行政编制\t18\t16',
    '参照公务员法管理事业编制\t12\t11',
    '其他事业编制\t30\t27',
    `合计\t60\t${total}`,
  ]);

export const cases = ruleTester(countTotal, {
  base: staff('54'),
  valid: [{ name: "each township's people add up to its 小计, the 小计 rows to the 合计", text: towns() }],
  invalid: [
    {
      name: 'a staffing total that is not the sum (counts are exact: 16 + 11 + 27 = 54, not 55 within rounding)',
      replace: ['合计\t60\t54', '合计\t60\t55'],
      errors: [{ messageId: 'total', at: '55', expected: '54' }],
    },
    {
      name: "a township's 小计 of people that is not its rows' sum (4,690 + 3,300 + 1,350 = 9,340)",
      text: towns(['\t9,340\t416.71', '\t9,430\t416.71']),
      errors: [{ messageId: 'subtotal', at: '9,430', expected: '9340' }],
    },
  ],
});
