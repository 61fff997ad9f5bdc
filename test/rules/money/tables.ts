// A department's report with one table under its caption: the column-total rules' reports.
export const withTable = (caption: string, rows: string[]) =>
  ['某局2024年度部门整体支出绩效自评报告', '一、部门收支', caption, rows.join('\n') + '\n'].join('\n\n');
