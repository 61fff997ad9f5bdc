// The row to blame instead of a column's total (src/facts/funding/row-identity.ts, through table-totals.ts): only
// when a rate column's identity with the row holds in all rows but one and the total restores that row.
import { describe, expect, it } from 'vitest';
import { columnTotals } from '../../src/facts/funding/table-totals.js';
import { docFromText } from '../helpers.js';

/**
 * Subsidies by county: 完成率 = 发放户数 ÷ 补贴任务, 到户率 = 发放户数 ÷ 申请户数. Read by hand: 196 ÷ 200 = 98.00 %,
 * 153 ÷ 150 = 102.00 %, 114 ÷ 120 = 95.00 %, 80 ÷ 80 = 100.00 %, 240 ÷ 250 = 96.00 %; 196 ÷ 245 = 80.00 %,
 * 153 ÷ 170 = 90.00 %, 114 ÷ 152 = 75.00 %, 80 ÷ 100 = 80.00 %, 240 ÷ 300 = 80.00 %; 户 合计 783.
 */
const table = (...replace: [string, string][]) => {
  let rows = [
    '旗县\t补贴任务（户）\t申请户数（户）\t发放户数（户）\t完成率\t到户率',
    '甲县\t200\t245\t196\t98.00%\t80.00%',
    '乙县\t150\t170\t153\t102.00%\t90.00%',
    '丙县\t120\t152\t114\t95.00%\t75.00%',
    '丁县\t80\t100\t80\t100.00%\t80.00%',
    '戊县\t250\t300\t240\t96.00%\t80.00%',
    '合计\t800\t967\t783\t97.88%\t80.97%',
  ].join('\n');
  for (const [from, to] of replace) rows = rows.replace(from, to);
  return docFromText(['某专项资金绩效评价报告', '一、项目基本情况', '表3 租赁补贴发放情况', rows].join('\n\n'));
};
const blamed = (doc: ReturnType<typeof table>) =>
  columnTotals(doc)
    .filter((c) => c.header === '发放户数（户）')
    .map((c) => (c.blamed ? `${c.blamed.label} ${c.blamed.q.text} → ${c.blamed.restored}` : `total ${c.total.q.text}`));

describe('a row blamed by its own identity', () => {
  it('one row off both rates, the 合计 less the others (783 − 669 = 114) keeping both: that row, restored', () => {
    expect(blamed(table(['\t152\t114', '\t152\t141']))).toEqual(['丙县 141 → 114']);
  });
  it('two identities that point at different rows (完成率 at 丙县, 到户率 at 甲县): none', () => {
    // 丙县's 到户率 written as its 141 gives (141 ÷ 152 = 92.76 %), 甲县's off (196 ÷ 245 = 80.00 %, not 81.00 %)
    const doc = table(
      ['\t152\t114\t95.00%\t75.00%', '\t152\t141\t95.00%\t92.76%'],
      ['98.00%\t80.00%', '98.00%\t81.00%'],
    );
    expect(blamed(doc)).toEqual(['total 783']);
  });
  it('every row keeping 完成率 while the 合计 is off: the 合计, no row', () => {
    expect(blamed(table(['\t967\t783', '\t967\t738']))).toEqual(['total 738']);
  });
});
