// The contents rules' reports: a contents and a body whose headings it lists.
export const report = (toc: string, body: string) => `某项目绩效评价报告\n\n目录\n\n${toc}\n\n${body}\n`;
export const BODY =
  '一、项目概况\n\n项目概况如下。\n\n二、评价结论\n\n（一）决策（分值20分，得分18分）\n\n1、立项\n\n该项得分10分。\n\n2、目标\n\n该项得分8分。\n\n三、问题与建议\n\n建议加强管理。';
/** A contents without page numbers (a markdown list) before a department's report. */
export const mdList = (toc: string) =>
  `# 某局2024年度部门整体支出绩效评价报告\n\n## 目录\n\n${toc}\n\n## 一、部门基本情况\n\n### （一）部门职能\n\n正文。\n\n## 二、评价结论\n\n结论。\n\n## 三、下一步工作计划\n\n计划。\n`;

/**
 * A contents that restates two first-level scores, a summary of `summary`'s rows and an analysis section
 * whose headings restate them too; `decision` is the 决策 heading's 得分 (the summary and the contents say 18).
 */
export const SCORED_TOC =
  '一、项目概况\t1\n二、绩效评价指标分析\t2\n（一）决策（分值20分，得分18分）\t2\n（二）过程（分值80分，得分70分）\t3\n三、问题与建议\t4';
export const scoredBody = (summary: string, decision: string) =>
  `一、项目概况\n\n项目概况如下，各一级指标得分见下表。\n\n${summary}\n\n二、绩效评价指标分析\n\n（一）决策（分值20分，得分${decision}分）\n\n立项规范。\n\n（二）过程（分值80分，得分70分）\n\n管理规范。\n\n三、问题与建议\n\n建议加强管理。`;
/** The summary laid out across: the first-level indicators are its columns. */
export const ACROSS = '一级指标\t决策\t过程\t合计\n分值\t20\t80\t100\n得分\t18\t70\t88';
/** The summary down the page, its rows named as a longer phrase of the heading's indicator ("项目决策情况" for 决策). */
export const DOWN = '一级指标\t分值\t得分\n项目决策情况\t20\t18\n项目过程情况\t80\t70\n合计\t100\t88';
