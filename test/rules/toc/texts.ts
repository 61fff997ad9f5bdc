// The contents rules' reports: a contents and a body whose headings it lists.
export const report = (toc: string, body: string) => `某项目绩效评价报告\n\n目录\n\n${toc}\n\n${body}\n`;
export const BODY =
  '一、项目概况\n\n项目概况如下。\n\n二、评价结论\n\n（一）决策（分值20分，得分18分）\n\n1、立项\n\n该项得分10分。\n\n2、目标\n\n该项得分8分。\n\n三、问题与建议\n\n建议加强管理。';
/** A contents without page numbers (a markdown list) before a department's report. */
export const mdList = (toc: string) =>
  `# 某局2024年度部门整体支出绩效评价报告\n\n## 目录\n\n${toc}\n\n## 一、部门基本情况\n\n### （一）部门职能\n\n正文。\n\n## 二、评价结论\n\n结论。\n\n## 三、下一步工作计划\n\n计划。\n`;
