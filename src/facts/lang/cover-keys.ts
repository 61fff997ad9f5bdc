// The keys of the cover's fields ("项目名称：…", "评价年度：…", "评价期间：…", "评价类型：…"): which field names the
// evaluated project, which dates it and which says what kind of evaluation it is. The identity facts read the
// project's name, year and kind by them (identity/project-name.ts, identity/identity.ts); identity/wrong-year
// which of the cover's years date the project.

/** "项目名称：X", "项目全称：X": the field that names the evaluated project. */
export const PROJECT_NAME_KEY = /^项目(?:名称|全称)$/;

/** "年度": a key that names a year ends with it. */
const YEAR_WORD = '年度';
/** "时间", "期间", "周期", "时段": a key that names a span of time ends with one. */
const SPAN_WORD = '(?:时间|期间|周期|时段)';

/** "年度", "项目年度", "预算年度", "评价年度": the field that gives the evaluated year. */
export const YEAR_KEY = new RegExp(`^(?:项目|预算|评价|资金|绩效)?${YEAR_WORD}$`);

/** "评价期间", "项目周期", "实施时段": the field that gives the evaluated period (a year or a span of years). */
export const PERIOD_KEY = new RegExp(`^(?:评价|项目|实施|绩效)?${SPAN_WORD}$`);

/** "报告时间", "编制时间", "填报时间", "印发时间", "成立时间": the date of the report or of a unit, not the project's. */
const OWN_DATE_KEY = /^(?:报告|编制|填报|报送|印发|出具|成立)/;
const DATING_KEY = new RegExp(`(?:${YEAR_WORD}|${SPAN_WORD})$`);

/**
 * A field that dates the project however its key is worded ("项目实施年度", "评价时段", "绩效评价期间"): the key ends
 * in a year or span word and is not the report's or a unit's own date.
 */
export function isDatingKey(key: string): boolean {
  return DATING_KEY.test(key) && !OWN_DATE_KEY.test(key);
}

/** "评价类型：部门整体支出绩效评价（部门自评）", "评价方式", "评价形式": the field that says what kind of evaluation it is. */
export const EVALUATION_KIND_KEY = /^评价(?:类型|方式|形式)$/;
