// What a year dates: one other than the evaluated year is a mistake only where it dates the evaluated project or its
// period — the words that state a span as the evaluated period ("本次评价期间为2020年至2024年"), what a "YYYY年度"
// names when it is the project's year ("2023年度预算", "2023年度项目资金"), and what a cut-off date's sentence must be
// about to date the project ("截至2023年12月31日，项目资金到位…"). identity/wrong-year asks here.

/**
 * What a span states when it is the evaluated period in prose: "本次评价期间为2021年至2024年", "项目实施周期…" (a cover
 * field's key saying the same is lang/cover-keys.ts PERIOD_KEY).
 */
const PERIOD_WORDS = /(?:评价|实施|项目|绩效)(?:期间|时段|周期|期限|年度|范围)(?:为|是|：|:)?$/;

/** How far before a year its period word may stand, spaces left out ("评价期间为" and a 本次 or 项目 before it). */
const PERIOD_REACH = 8;

/** The text before `at` ends in the words that state the evaluated period: "本次评价期间为2020年…", "实施周期：2021年…". */
export function introducesPeriod(text: string, at: number): boolean {
  return PERIOD_WORDS.test(text.slice(0, at).replace(/\s/g, '').slice(-PERIOD_REACH));
}

/**
 * What a "YYYY年度" dates when it is the evaluated year's: budget, project, funds, targets, and the whole of a
 * unit's money a scope names ("所属6个单位2024年度的全部收支", "…年度部门收支"; not a figure's label:
 * "2023年度部门收支总额…").
 */
const DATES_PROJECT =
  /^(?:部门)?(?:预算|项目|资金|专项|绩效目标|绩效评价|经费|整体支出)|^的?(?:全部|部门(?:整体)?)收支(?!总|合计|共|为|\s*\d)/;
/** "2023年度项目支出5,012.51万元": in a department-wide report, the spending category beside 基本支出. */
const SPENDING_CATEGORY = /^项目支出(?!绩效)/;

/**
 * What follows a "YYYY年度" (the text after 年度) says the year is the project's: "2023年度预算安排", "2023年度项目资金";
 * in a department's report not "2023年度项目支出…", a category of its spending.
 */
export function datesProjectAfter(rest: string, departmentWide: boolean): boolean {
  return DATES_PROJECT.test(rest) && !(departmentWide && SPENDING_CATEGORY.test(rest));
}

/**
 * A cut-off date's sentence about the project's money or work ("截至2023年12月31日，项目资金已全部拨付"), not about where
 * things stood before a programme began ("截至2019年12月31日，全省农村自来水普及率为80%").
 */
export const PROJECT_MONEY_OR_WORK = /项目|资金|预算|支出|拨付|到位/;
