// A department's report with one table under its caption, and a programme's sub-projects by township: the
// column-total rules' reports.
export const withTable = (caption: string, rows: string[]) =>
  ['某局2024年度部门整体支出绩效自评报告', '一、部门收支', caption, rows.join('\n') + '\n'].join('\n\n');

/** Sub-projects by township, each township closed by a 小计, the 合计 the 小计 rows (as Q's 表1). */
const TOWNS = [
  '乡镇\t序号\t子项目\t受益人口（人）\t投资（万元）',
  '城关镇\t1\t河桥村管网工程\t2,440\t114.99',
  '\t2\t石冲村水厂改造\t3,420\t174.66',
  '\t小计\t\t5,860\t289.65',
  '杭埠镇\t3\t三冲村管网改造\t4,690\t120.10',
  '\t4\t杨岗村入户工程\t3,300\t116.46',
  '\t5\t马冲村管网延伸\t1,350\t180.15',
  '\t小计\t\t9,340\t416.71',
  '千人桥镇\t6\t高埠村水厂改造\t3,870\t179.02',
  '\t7\t龙埠村泵站工程\t5,050\t122.49',
  '\t小计\t\t8,920\t301.51',
  '合计\t\t\t24,120\t1,007.87',
];
/** Q's 表1 in small, with the rows replaced (first occurrence each). */
export const towns = (...replace: [string, string][]) => {
  let rows = TOWNS.join('\n');
  for (const [from, to] of replace) rows = rows.replace(from, to);
  return withTable('表1 子项目一览表', rows.split('\n'));
};

/** Funds by year, 市县小计 the sum of the two columns before it, with the rows replaced (first occurrence each). */
export const byYear = (...replace: [string, string][]) => {
  let rows = [
    '年度\t传承人补助\t非遗工坊\t市县小计\t省本级\t合计',
    '2021年\t1,260.00\t1,800.00\t3,060.00\t540.00\t3,600.00',
    '2022年\t1,320.00\t2,100.00\t3,420.00\t580.00\t4,000.00',
    '2023年\t1,380.00\t2,300.00\t3,680.00\t720.00\t4,400.00',
    '合计\t3,960.00\t6,200.00\t10,160.00\t1,840.00\t12,000.00',
  ].join('\n');
  for (const [from, to] of replace) rows = rows.replace(from, to);
  return withTable('表2 分年度预算安排情况（单位：万元）', rows.split('\n'));
};
