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

/**
 * Rent subsidies by county (Y's 表3 in small): each row's 完成率 is its 发放户数 ÷ 补贴任务. Read by hand:
 * 196 ÷ 200 = 98.00 %, 153 ÷ 150 = 102.00 %, 114 ÷ 120 = 95.00 %, 80 ÷ 80 = 100.00 %, 240 ÷ 250 = 96.00 %;
 * 任务 200 + 150 + 120 + 80 + 250 = 800, 户 196 + 153 + 114 + 80 + 240 = 783, 783 ÷ 800 = 97.875 → 97.88 %.
 */
const subsidies = (...replace: [string, string][]) => {
  let rows = [
    '旗县\t补贴任务（户）\t发放户数（户）\t完成率',
    '甲县\t200\t196\t98.00%',
    '乙县\t150\t153\t102.00%',
    '丙县\t120\t114\t95.00%',
    '丁县\t80\t80\t100.00%',
    '戊县\t250\t240\t96.00%',
    '合计\t800\t783\t97.88%',
  ].join('\n');
  for (const [from, to] of replace) rows = rows.replace(from, to);
  return withTable('表3 租赁补贴发放情况', rows.split('\n'));
};

export const cases = ruleTester(countTotal, {
  base: staff('54'),
  valid: [
    { name: "each township's people add up to its 小计, the 小计 rows to the 合计", text: towns() },
    {
      name: 'a header of two rows: each column (编制数·小计 136, 实有人数·小计 124) against its own rows',
      text: twoRowHead('124'),
    },
    { name: "each county's 完成率 is its 户 ÷ 任务 and both columns total", text: subsidies() },
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
    {
      name: 'a row that breaks its own 完成率 (141 ÷ 120 ≠ 95.00 %) and the 合计 less the other rows (783 − 669 = 114) restores it: the row is blamed, not the 合计',
      text: subsidies(['丙县\t120\t114', '丙县\t120\t141']),
      errors: [
        {
          messageId: 'identity',
          at: '141',
          expected: '114',
          also: ['783', '95.00%', '120'],
          message:
            '“丙县”的“发放户数（户）”为141，但按本行“补贴任务（户）”120 × “完成率”95.00%应为114，且783减去其余各行正是114：错的是这一行，不是783',
        },
      ],
    },
    {
      name: 'a 合计 that is wrong while every row keeps its 完成率: the 合计 stays blamed (196 + 153 + 114 + 80 + 240 = 783)',
      text: subsidies(['\t800\t783', '\t800\t738']),
      errors: [{ messageId: 'total', at: '738', expected: '783' }],
    },
    {
      name: 'two rows off their 完成率 (甲县 89.00 %, 丙县 141): which is wrong cannot be told, the 合计 is reported as today',
      text: subsidies(['\t196\t98.00%', '\t196\t89.00%'], ['丙县\t120\t114', '丙县\t120\t141']),
      errors: [{ messageId: 'total', at: '783', expected: '810' }],
    },
    {
      name: 'one row off its 完成率 but the 合计 less the others (790 − 669 = 121; 121 ÷ 120 ≠ 95.00 %) does not restore it: the 合计 is reported',
      text: subsidies(['丙县\t120\t114', '丙县\t120\t141'], ['\t800\t783', '\t800\t790']),
      errors: [{ messageId: 'total', at: '790', expected: '810' }],
    },
  ],
});
