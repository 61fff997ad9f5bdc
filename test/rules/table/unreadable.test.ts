// A table read badly gives one info note instead of its figures' findings (src/engine/quiet-tables.ts
// and test/engine/quiet-tables.test.ts hold the reading and the folding; these rows are the note).
import range from '../../../rules/score/range.js';
import unreadable from '../../../rules/table/unreadable.js';
import { ruleTester } from '../../rule-tester.js';

/** A conclusion and a summary table, one row a paragraph as a pasted table reads. */
const tableText = (rows: string[][]) =>
  ['二、评价结论', '各指标得分见下表。', ...rows.map((r) => r.join('\t'))].join('\n\n');
const GOOD = [
  ['指标名称', '分值', '得分'],
  ['决策', '10', '8'],
  ['过程', '10', '8'],
  ['产出', '10', '6'],
  ['效益', '10', '9'],
];

export const cases = ruleTester(unreadable, {
  base: tableText(GOOD),
  valid: [],
  invalid: [
    {
      // each 得分 above its 分值 is a score/range error on a row; two rows are a slip, not a reading gone wrong
      name: 'a table read well whose few rows contradict their 分值: their findings stay, no note',
      replace: [
        ['决策\t10\t8', '决策\t10\t18'],
        ['过程\t10\t8', '过程\t10\t18'],
      ],
      with: [range],
      errors: [
        { rule: 'score/range', messageId: 'exceeds', actual: '18分' },
        { rule: 'score/range', messageId: 'exceeds', actual: '18分' },
      ],
    },
    {
      name: 'one cell of a figure column holds two figures (columns shifted)',
      replace: ['产出\t10\t6', '产出\t10 40\t6'],
      errors: [{ messageId: 'poor', data: { table: 1, col: 2, why: '一格内有两个数字' }, table: { row: 0, col: 0 } }],
    },
    {
      name: 'a 得分 column that holds words as often as figures',
      text: tableText([
        ['指标名称', '分值', '得分'],
        ['决策', '20', '18'],
        ['过程', '20', '资金管理'],
        ['产出', '40', '产出数量'],
        ['效益', '20', '19'],
      ]),
      errors: [{ messageId: 'poor', data: { table: 1, col: 3, why: '分值或得分列中是文字' } }],
    },
    {
      // 18 > 10, 18 > 10, 36 > 10, 19 > 10, 12 > 10: every row at once is a reading, not five slips
      name: 'most rows contradicting each other at once: one note instead of their findings',
      text: tableText([
        ['指标名称', '分值', '得分'],
        ['决策', '10', '18'],
        ['过程', '10', '18'],
        ['产出', '10', '36'],
        ['效益', '10', '19'],
        ['满意度', '10', '12'],
      ]),
      with: [range],
      errors: [{ messageId: 'cascade', data: { table: 1, count: 5 } }],
    },
  ],
});
