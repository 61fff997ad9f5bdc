// What kind of figure an indicator's target or actual is (its unit family), and the words before a figure
// that say it is a target, or no indicator's value at all: shared by the sentence readers of this folder.
import type { Quantity } from '../lang/numbers.js';

const COUNT_UNITS =
  /^(?:家|户|个|人|人次|次|项|件|台|套|所|座|条|名|场|期|批|篇|份|亩|公里|千米|米|平方米|立方米|公顷|吨|辆|处|株|棵|间|栋|宗|张|本|册|门|盏|眼|头|只|块)$/;
const HOUSEHOLDS = /^(?:家|户|个)$/; // an enterprise is counted as 家, 户 or 个

export type UnitFamily = 'percent' | 'money' | string;

/** Units that measure the same thing, so values compare after scaling. */
export function unitFamily(q: Quantity): UnitFamily | null {
  if (!q.unit) return null;
  if (q.unit === '%') return 'percent';
  if (/元$|^亿$|^万$/.test(q.unit)) return 'money';
  if (HOUSEHOLDS.test(q.unit)) return 'count';
  if (COUNT_UNITS.test(q.unit)) return q.unit;
  return null;
}

/** "年度目标175人", "计划安置", "力争…": the words that make a figure a target. */
export const TARGET_MARK = /目标|计划|预期|力争|确保|指标值/;
// "…年度目标≥90%，得分率95.00%": a 得分率 (or 权重) is the indicator's score as a share of its points, never its actual value
export const NOT_AN_INDICATOR =
  /同比|增长|增速|下降|增加|减少|比上年|较上年|上年|去年|占|比重|列全市|排名|第|总数|合计|共计|余额|得分率|权重/;
