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

/**
 * Spending by 功能分类 with its 类, 款 and 项 rows (as S's 表7), the rows replaced (first occurrence each): each
 * 类 and 款 is the sum of the lines under it (171.68 + 73.58 = 245.26; 500.00 + 348.74 = 848.74), the 合计 the
 * 类 rows' (245.26 + 848.74 = 1,094.00; 基本 245.26 + 500.00 = 745.26), not every row's.
 */
export const byClass = (...replace: [string, string][]) =>
  withTable('表7 部门支出决算表（按功能分类）（单位：万元）', classRows(replace));

/**
 * The same as a Word table in markdown (format 'md'): its 合计 label spanning the code and name columns, as
 * LibreOffice and Word write it (then the 合计 row is read as the total of the funding columns too).
 */
export const byClassSpanned = (...replace: [string, string][]) =>
  [
    '某局2024年度部门整体支出绩效自评报告',
    '一、部门收支',
    '表7 部门支出决算表（按功能分类）（单位：万元）',
    spannedTotal(classRows(replace)),
  ].join('\n\n');

function classRows(replace: [string, string][]): string[] {
  let rows = [
    '科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出',
    '208\t社会保障和就业支出\t245.26\t245.26\t0.00',
    '20805\t行政事业单位养老支出\t245.26\t245.26\t0.00',
    '2080505\t机关事业单位基本养老保险缴费支出\t171.68\t171.68\t0.00',
    '2080506\t机关事业单位职业年金缴费支出\t73.58\t73.58\t0.00',
    '213\t农林水支出\t848.74\t500.00\t348.74',
    '21301\t农业农村\t848.74\t500.00\t348.74',
    '2130101\t行政运行\t500.00\t500.00\t0.00',
    '2130199\t其他农业农村支出\t348.74\t0.00\t348.74',
    '合计\t\t1,094.00\t745.26\t348.74',
  ].join('\n');
  for (const [from, to] of replace) rows = rows.replace(from, to);
  return rows.split('\n');
}

/** An HTML table in markdown (format 'md'), a row's first cell "合计" spanning the two label columns. */
const spannedTotal = (rows: string[]) =>
  `<table>${rows
    .map((r) => r.split('\t'))
    .map((r) =>
      r[0] === '合计'
        ? `<tr><td colspan="2">合计</td>${r
            .slice(2)
            .map((c) => `<td>${c}</td>`)
            .join('')}</tr>`
        : `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`,
    )
    .join('')}</table>`;

/**
 * A list of programmes in two pieces (format 'md'), the second after "附件7（续）" and closed by the 合计 of
 * both pieces (100.00 + 200.00 + 50.00 + 70.00 = 420.00; 90.00 + 180.00 + 45.00 + 63.00 = 378.00).
 */
export const continued = (caption = '附件7（续）') =>
  [
    '某局2024年度部门整体支出绩效自评报告',
    '一、部门收支',
    '附件7 项目支出明细表（单位：万元）',
    spannedTotal([
      '序号\t项目名称\t年初预算（万元）\t全年执行（万元）',
      '1\t农田建设\t100.00\t90.00',
      '2\t动物防疫\t200.00\t180.00',
    ]),
    caption,
    spannedTotal([
      '序号\t项目名称\t年初预算（万元）\t全年执行（万元）',
      '3\t农技推广\t50.00\t45.00',
      '4\t质量监管\t70.00\t63.00',
      '合计\t\t420.00\t378.00',
    ]),
  ].join('\n\n');
