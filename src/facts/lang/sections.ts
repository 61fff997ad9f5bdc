// The titles of the sections the facts look for.

/** "四、绩效评价指标分析", "（三）指标完成情况", "评分情况": the section whose children are the first-level indicators. */
export const ANALYSIS_TITLE = /指标分析|评价指标|绩效分析|指标完成情况|评分情况|得分情况/;

/** "（一）项目决策情况", "产出指标", "满意度": a heading that names a first-level indicator. */
export const FIRST_LEVEL_TITLE = /指标|决策|过程|产出|效益|满意度|投入|预算执行/;

/**
 * The heading the level counts are read under ("指标分析", "指标完成情况", "指标评价", "指标得分情况",
 * "各一级指标评分情况"): narrower than ANALYSIS_TITLE, since the first section that matches (and whose children
 * all name first-level indicators) is taken, and "二、绩效评价指标体系" (a section describing the system, not
 * scoring it) must not be.
 */
export const LEVEL_COUNT_TITLE = /指标分析|指标完成情况|指标评价|指标[得评]分情况/;
