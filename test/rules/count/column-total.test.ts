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

/** A staffing table under a header of two rows: 编制数 and 实有人数 each over 行政 | 事业 | 小计 (as Word draws it). */
const twoRowHead = (total: string) =>
  [
    '某局2024年度部门整体支出绩效自评报告',
    '一、部门基本情况',
    '表2 2024年末人员编制及实有人数情况（单位：人）',
    '<table><tr><td>单位名称</td><td colspan="3">编制数</td><td colspan="3">实有人数</td></tr>' +
      '<tr><td></td><td>行政</td><td>事业</td><td>小计</td><td>行政</td><td>事业</td><td>小计</td></tr>' +
      '<tr><td>局机关</td><td>42</td><td>0</td><td>42</td><td>39</td><td>0</td><td>39</td></tr>' +
      '<tr><td>社会福利院</td><td>0</td><td>58</td><td>58</td><td>0</td><td>52</td><td>52</td></tr>' +
      '<tr><td>儿童福利院</td><td>0</td><td>36</td><td>36</td><td>0</td><td>33</td><td>33</td></tr>' +
      `<tr><td>合计</td><td>42</td><td>94</td><td>136</td><td>39</td><td>85</td><td>${total}</td></tr></table>`,
  ].join('\n\n');

/** The same with each group's name written once and the cells beside it left empty (a text table). */
const twoRowHeadText = (total: string) =>
  withTable('表2 2024年末人员编制及实有人数情况（单位：人）', [
    '单位名称\t编制数\t\t\t实有人数\t\t',
    '\t行政\t事业\t小计\t行政\t事业\t小计',
    '局机关\t42\t0\t42\t39\t0\t39',
    '社会福利院\t0\t58\t58\t0\t52\t52',
    '儿童福利院\t0\t36\t36\t0\t33\t33',
    `合计\t42\t94\t136\t39\t85\t${total}`,
  ]);

export const cases = ruleTester(countTotal, {
  base: staff('54'),
  valid: [
    { name: "each township's people add up to its 小计, the 小计 rows to the 合计", text: towns() },
    {
      name: 'a header of two rows: each column (编制数·小计 136, 实有人数·小计 124) against its own rows',
      text: twoRowHead('124'),
    },
  ],
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
    {
      name: 'under a header of two rows, a 实有 total that is not its rows’ sum (39 + 52 + 33 = 124)',
      text: twoRowHead('134'),
      errors: [{ messageId: 'total', at: '134', expected: '124', data: { header: '实有人数·小计' } }],
    },
    {
      name: 'the same with the groups’ names written once over empty cells (a text table)',
      text: twoRowHeadText('134'),
      errors: [{ messageId: 'total', at: '134', expected: '124', data: { header: '实有人数·小计' } }],
    },
  ],
});
