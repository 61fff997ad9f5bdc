// The words that name a part of a department's money, never its whole: its spending categories,
// its programmes taken together, its carry-over, and the units it is made of. A department's report
// (部门整体支出绩效自评) states its whole beside each of these; a new template's word goes here.

/** A department-wide report: "部门整体支出绩效自评报告", "单位整体支出绩效评价报告". */
export const DEPARTMENT_REPORT = /部门整体|单位整体|部门预算绩效|部门决算/;

/**
 * A department's spending categories in a project's report as in a department's: "“三公”经费预算34.50万元",
 * "其中基本支出执行1,980.40万元" are that category's figures, not the whole's.
 */
export const SPENDING_CATEGORY = /三公|基本支出|人员经费|公用经费|机关运行经费|因公出国|公务接待|公务用车/;

/**
 * In a department's report its programmes' money together is a part too: "项目支出5,125.86万元", "全年项目预算
 * 6,103.14万元" (in a project's report "项目支出118万元" is the project's own spending, so only there).
 */
export const DEPARTMENT_CATEGORY = new RegExp(`${SPENDING_CATEGORY.source}|项目支出|项目预算|项目经费`);

/**
 * A roll-forward table's opening balance, "年度 | 上年结转 | 当年到位 | 可用资金 | 当年支出 | 年末结转 | 当年执行率": the
 * money a year starts with. Beside it the year's 结转 is 上年结转 + 到位 − 支出 and its rate 支出 ÷ 可用资金, neither
 * of them what 到位 and 支出 alone give.
 */
export const OPENING_BALANCE = /^(?:上年度?|年初|期初|以前年度)(?:结转|结余|结存)/;

/**
 * A stock carried from one year to the next, "年初结转和结余500.28万元", "年末结转和结余610.93万元": it is
 * 年初 + 收入 − 支出, neither this year's 结余 (预算 − 支出) nor one amount across the year.
 */
export const CARRY_OVER = /(?:年初|年末|期初|期末)结转(?:和|及|与)?结余|结转(?:和|及|与)结余/;

/**
 * A paragraph opened by a unit's name alone, as a list of a department's units writes it: "2.沛县动物疫病预防
 * 控制中心。该单位为…本年支出1,158.47万元", "（三）县农业综合行政执法大队：…". Group 1 is the name.
 */
export const UNIT_OPENING =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}\s*[.、．])?\s*([\u4e00-\u9fff（）\s]{3,40}?)\s*[。：:]/;
