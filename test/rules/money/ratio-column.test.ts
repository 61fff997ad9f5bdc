// A table's rate column whose header states its formula ("付款比例（已付款÷合同价）") recomputed from the two columns it names.
import ratioColumn from '../../../rules/money/ratio-column.js';
import { ruleTester } from '../../rule-tester.js';
import { withTable } from './tables.js';

/**
 * X's 表6: four amounts of each contract, the 付款比例 of 已付款 to 合同价. Read by hand: 2,879.82 ÷ 3,308.62 = 87.04%,
 * 3,042.99 ÷ 3,857.75 = 78.88%, 5,922.81 ÷ 7,166.37 = 82.65% (÷ 审定价 3,462.40 it would be 83.17%).
 */
const CONTRACTS = withTable('表6 合同、结算及付款情况（单位：万元）', [
  '合同\t合同价\t结算送审价\t审定价\t已付款\t付款比例（已付款÷合同价）',
  '施工一标段\t3,308.62\t3,531.62\t3,462.40\t2,879.82\t87.04%',
  '施工二标段\t3,857.75\t3,981.97\t3,863.31\t3,042.99\t78.88%',
  '合计\t7,166.37\t7,513.59\t7,325.71\t5,922.81\t82.65%',
]);

/** The formula with a slash and units in the column heads: 45 ÷ 60 = 75.0%, 30 ÷ 40 = 75.0%. */
const SLASH = withTable('表3 资金使用情况', [
  '项目\t预算数（万元）\t支出数（万元）\t执行比例（支出数/预算数）',
  '设备购置\t60\t45\t75.0%',
  '人员培训\t40\t30\t75.0%',
]);

export const cases = ruleTester(ratioColumn, {
  base: CONTRACTS,
  valid: [
    { name: 'a slash formula over columns headed with their unit', text: SLASH },
    {
      name: 'a rate written to fewer decimals holds within its precision (87.0%)',
      replace: ['87.04%', '87.0%'],
    },
    {
      name: 'a formula naming a column the table lacks (已付款÷批复金额): no reading',
      replace: [
        ['付款比例（已付款÷合同价）', '付款比例（已付款÷批复金额）'],
        ['87.04%', '92.25%'],
      ],
    },
    {
      name: 'a bracket that is no formula (付款比例（%）): nothing is recomputed, whatever the rates',
      replace: [
        ['付款比例（已付款÷合同价）', '付款比例（%）'],
        ['87.04%', '92.25%'],
      ],
    },
    { name: 'a dashed operand is none: nothing recomputed', replace: ['2,879.82\t87.04%', '—\t92.25%'] },
  ],
  invalid: [
    {
      // X #1: 合同价, not 审定价 (2,879.82 ÷ 3,462.40 = 83.17%) nor 送审价
      name: 'a row whose rate is not its 已付款 ÷ 合同价: 2,879.82 ÷ 3,308.62 = 87.04%, not 92.25%',
      replace: ['87.04%', '92.25%'],
      errors: [
        { messageId: 'rate', actual: '92.25%', expected: '87.04%', at: '92.25%', also: ['2,879.82', '3,308.62'] },
      ],
    },
    {
      name: 'the slash formula: 30 ÷ 40 = 75.0%, not 80.0%',
      text: SLASH,
      replace: ['30\t75.0%', '30\t80.0%'],
      errors: [{ messageId: 'rate', actual: '80.0%', expected: '75.0%', at: '80.0%' }],
    },
  ],
});
