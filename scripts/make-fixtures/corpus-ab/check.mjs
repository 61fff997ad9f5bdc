// An independent reader of report AB's spec (the hand check): recomputes from the spec's own text, not from
// data.mjs, every total, subtotal and rate of its tables (表1—表16 and 附件1—3), the tables against each other (表1's
// years and sources against 表2, 表3's years against 表4 / 表5 and the detail tables 表10 / 表11 / 表13, 表6's
// actuals against 表10—表16, 表9 against 附件1's 小计 rows), each 补助 as 户数 × 标准 or 蒸吨 × 3, each month's
// 优良天数比例 and each year's means, and the figures, scores, grade, counts, dates and names its sentences state.
// The clean control must give no error; the report gives exactly its injections and their cascades.
//   node scripts/make-fixtures/corpus-ab/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, D, handCheck, num, pct, r2, tableTitled, titledTables } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'ab-wuzhong-2022-2024.spec.md'));
const tables = titledTables(blocks);
const T = (re) => tableTitled(tables, re);
const text = blocks
  .filter((b) => b.type === 'para' || b.type === 'heading')
  .map((b) => b.text)
  .join('\n');
const FUND = '吴忠市大气污染防治专项资金';
const YEARS = ['2022年', '2023年', '2024年'];
const gradeOf = (s) => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');
const n = (s) => num(s);
const colSum = (rows, c) => add(rows.map((r) => n(r[c])));
/** The one figure a sentence pattern captures (an error, and null, when the text has it not exactly once). */
const said = (re, what) => {
  const ms = [...text.matchAll(new RegExp(re, 'g'))];
  expect(ms.length >= 1, `${what}: stated in the text`);
  return ms.length ? ms.map((m) => m[1]) : [null];
};
const saidOne = (re, what) => said(re, what)[0];
const sameAll = (re, want, what) => said(re, what).forEach((x) => same(x === null ? null : n(x), want, what));

// ---- 表1 到位 by year and source
const t1 = T(/^表1 /);
const fundRows = t1.body.filter((r) => YEARS.includes(r[0]));
for (const r of fundRows) {
  same(n(r[4]), add([1, 2, 3].map((c) => n(r[c]))), `表1 ${r[0]} 合计`);
  same(n(r[5]), pct(n(r[1]), n(r[4])), `表1 ${r[0]} 中央资金占比`);
}
const t1tot = t1.body.find((r) => r[0] === '合计');
for (const c of [1, 2, 3, 4]) same(n(t1tot[c]), colSum(fundRows, c), `表1 合计 ${t1.head[c]}`);
same(n(t1tot[5]), pct(n(t1tot[1]), n(t1tot[4])), '表1 合计 中央资金占比');
const fundOf = (y) => n(fundRows.find((r) => r[0] === y)[4]);
const TOTAL_FUND = n(t1tot[4]);

// ---- 表2 下达批次: each year and source = 表1; 合计
const t2 = T(/^表2 /);
const t2rows = t2.body.filter((r) => r[0] !== '合计');
for (const r of t2rows) {
  const c = t1.head.indexOf(r[1]);
  same(n(r[4]), n(fundRows.find((x) => x[0] === r[0])[c]), `表2 ${r[0]}${r[1]} = 表1`);
}
same(n(t2.body.find((r) => r[0] === '合计')[4]), colSum(t2rows, 4), '表2 合计');

// ---- 表3 支出 by sub-project and year
const t3 = T(/^表3 /);
const subRows = t3.body.filter((r) => r[0] !== '合计');
const t3tot = t3.body.find((r) => r[0] === '合计');
for (const r of subRows) {
  same(n(r[4]), add([1, 2, 3].map((c) => n(r[c]))), `表3 ${r[0]} 三年合计`);
  same(n(r[5]), pct(n(r[4]), n(t3tot[4])), `表3 ${r[0]} 占比`);
}
for (const c of [1, 2, 3, 4]) same(n(t3tot[c]), colSum(subRows, c), `表3 合计 ${t3.head[c]}`);
const spentOf = (y) => n(t3tot[1 + YEARS.indexOf(y)]);
const subOf = (name, y) => n(subRows.find((r) => r[0] === name)[1 + YEARS.indexOf(y)]);
const TOTAL_SPENT = n(t3tot[4]);

// ---- 表4 结转: 可用 = 上年结转 + 到位, 年末结转 = 可用 − 支出, carried to the next year
const t4 = T(/^表4 /);
let prev = D(0);
for (const r of t4.body) {
  same(n(r[1]), prev, `表4 ${r[0]} 上年结转 = 上年年末结转`);
  same(n(r[2]), fundOf(r[0]), `表4 ${r[0]} 当年到位 = 表1`);
  same(n(r[3]), n(r[1]).plus(n(r[2])), `表4 ${r[0]} 可用资金`);
  same(n(r[4]), spentOf(r[0]), `表4 ${r[0]} 当年支出 = 表3`);
  same(n(r[5]), n(r[3]).minus(n(r[4])), `表4 ${r[0]} 年末结转`);
  same(n(r[6]), pct(n(r[4]), n(r[3])), `表4 ${r[0]} 当年执行率`);
  prev = n(r[5]);
}
const LEFT = prev;
same(TOTAL_FUND.minus(TOTAL_SPENT), LEFT, '累计到位 − 累计支出 = 2024年末结转');

// ---- 表5 by county
const t5 = T(/^表5 /);
const cRows = t5.body.filter((r) => r[0] !== '合计');
for (const r of cRows) same(n(r[4]), add([1, 2, 3].map((c) => n(r[c]))), `表5 ${r[0]} 三年合计`);
const t5tot = t5.body.find((r) => r[0] === '合计');
for (const c of [1, 2, 3, 4]) same(n(t5tot[c]), colSum(cRows, c), `表5 合计 ${t5.head[c]}`);
YEARS.forEach((y, k) => same(n(t5tot[1 + k]), spentOf(y), `表5 合计 ${y} = 表3`));

// ---- 表10 清洁取暖 (小计 and 三年合计 in the second column)
const t10 = T(/^表10 /);
const rowsByYear = (t, y) => t.body.filter((r) => r[1] === y);
const subRow = (t, y) => t.body.find((r) => r[1] === `${y}小计`);
const allRow = (t) => t.body.find((r) => r[1] === '三年合计');
for (const r of t10.body.filter((x) => YEARS.includes(x[1])))
  same(n(r[8]), r2(n(r[6]).times(n(r[7])).div(10000)), `表10 ${r[1]}${r[4]} 补助 = 户数 × 标准`);
for (const y of YEARS) {
  const rs = rowsByYear(t10, y);
  same(n(subRow(t10, y)[6]), colSum(rs, 6), `表10 ${y}小计 户数`);
  same(n(subRow(t10, y)[8]), colSum(rs, 8), `表10 ${y}小计 补助`);
  same(n(subRow(t10, y)[8]), subOf('清洁取暖改造', y), `表10 ${y}小计 = 表3 清洁取暖改造`);
}
const subs10 = YEARS.map((y) => subRow(t10, y));
same(n(allRow(t10)[6]), colSum(subs10, 6), '表10 三年合计 户数');
same(n(allRow(t10)[8]), colSum(subs10, 8), '表10 三年合计 补助');
const HOMES = n(allRow(t10)[6]);

// ---- 表11 燃煤锅炉
const t11 = T(/^表11 /);
for (const r of t11.body.filter((x) => YEARS.includes(x[1])))
  same(n(r[6]), n(r[5]).times(3), `表11 ${r[3]} 补助 = 蒸吨 × 3`);
for (const y of YEARS) {
  const rs = rowsByYear(t11, y);
  for (const c of [4, 5, 6]) same(n(subRow(t11, y)[c]), colSum(rs, c), `表11 ${y}小计 ${t11.head[c]}`);
  same(n(subRow(t11, y)[6]), subOf('燃煤锅炉淘汰', y), `表11 ${y}小计 = 表3`);
}
for (const c of [4, 5, 6])
  same(
    n(allRow(t11)[c]),
    colSum(
      YEARS.map((y) => subRow(t11, y)),
      c,
    ),
    `表11 三年合计 ${t11.head[c]}`,
  );
const UNITS = n(allRow(t11)[4]);
const TONS = n(allRow(t11)[5]);

// ---- 表12 stations: 30, 表13 contracts
const t12 = T(/^表12 /);
same(t12.body.length, 30, '表12 站点数');
const t13 = T(/^表13 /);
const ctRows = t13.body.filter((r) => r[0] !== '合计');
for (const r of ctRows) same(n(r[7]), pct(n(r[6]), n(r[5])), `表13 ${r[1]} 付款比例`);
const t13tot = t13.body.find((r) => r[0] === '合计');
same(n(t13tot[5]), colSum(ctRows, 5), '表13 合计 合同金额');
same(n(t13tot[6]), colSum(ctRows, 6), '表13 合计 已付金额');
same(n(t13tot[7]), pct(n(t13tot[6]), n(t13tot[5])), '表13 合计 付款比例');
const kindOf = (name) => (/监测/.test(name) ? '监测站点建设及运维' : /排放清单/.test(name) ? '能力建设' : '扬尘治理');
for (const y of YEARS)
  for (const k of ['扬尘治理', '监测站点建设及运维', '能力建设'])
    same(
      colSum(
        ctRows.filter((r) => r[1].includes(`-${y.slice(0, 4)}-`) && kindOf(r[2]) === k),
        6,
      ),
      subOf(k, y),
      `表13 ${y} ${k} 已付 = 表3`,
    );
// 表5's counties: 清洁取暖 + 锅炉 + contracts' payments in the county
const COUNTIES = cRows.map((r) => r[0]);
for (const c of COUNTIES)
  YEARS.forEach((y, k) =>
    same(
      n(cRows.find((r) => r[0] === c)[1 + k]),
      add([
        colSum(
          rowsByYear(t10, y).filter((r) => r[2] === c),
          8,
        ),
        colSum(
          rowsByYear(t11, y).filter((r) => r[2] === c),
          6,
        ),
        colSum(
          ctRows.filter((r) => r[1].includes(`-${y.slice(0, 4)}-`) && r[2].startsWith(c)),
          6,
        ),
      ]),
      `表5 ${c} ${y} = 表10 + 表11 + 表13`,
    ),
  );

// ---- 表14 monthly readings
const t14 = T(/^表14 /);
for (const r of t14.body) same(n(r[5]), pct(n(r[3]), n(r[4])), `表14 ${r[0]} 优良天数比例`);
const AIR = {};
for (const y of YEARS) {
  const ms = t14.body.filter((r) => r[0].startsWith(y) && r[0].endsWith('月'));
  same(ms.length, 12, `表14 ${y} 12个月`);
  const year = t14.body.find((r) => r[0] === `${y}全年`);
  for (const c of [1, 2])
    same(n(year[c]), colSum(ms, c).div(12).toDecimalPlaces(0, 4), `表14 ${y}全年 ${t14.head[c]} = 月均`);
  for (const c of [3, 4]) same(n(year[c]), colSum(ms, c), `表14 ${y}全年 ${t14.head[c]}`);
  AIR[y] = { pm25: n(year[1]), good: n(year[3]), rate: n(year[5]) };
}

// ---- 表16 survey, 附件3
const t16 = T(/^表16 /);
for (const r of t16.body) {
  same(n(r[2]), add([3, 4, 5, 6].map((c) => n(r[c]))), `表16 ${r[1]} 有效回答 = 各项之和`);
  same(n(r[7]), pct(n(r[3]).plus(n(r[4])), n(r[2])), `表16 ${r[1]} 满意度`);
  expect(n(r[2]).lte(400), `表16 ${r[1]} 有效回答 ≤ 400份`);
}
const SATISFIED = n(t16.body.at(-1)[7]);
const a3 = T(/^附件3 /);
const a3rows = a3.body.filter((r) => r[0] !== '合计');
for (const c of [1, 2]) same(n(a3.body.find((r) => r[0] === '合计')[c]), colSum(a3rows, c), `附件3 合计 ${a3.head[c]}`);

// ---- 表6 绩效目标: actuals from the tables; each 已完成 meets its target (越低越好 for ≤)
const t6 = T(/^表6 /);
const act = (name) => t6.body.find((r) => r[1].startsWith(name));
same(n(act('清洁取暖改造户数')[3].replace('户', '')), HOMES, '表6 改造户数 = 表10');
same(n(act('淘汰燃煤锅炉台数')[3].replace('台', '')), UNITS, '表6 锅炉台数 = 表11');
same(n(act('新建空气质量微型监测站点')[3].replace('个', '')), t12.body.length, '表6 站点 = 表12');
same(n(act('PM2.5年均浓度')[3].replace('微克/立方米', '')), AIR['2024年'].pm25, '表6 PM2.5 = 表14');
same(n(act('优良天数比例')[3]), AIR['2024年'].rate, '表6 优良天数比例 = 表14');
same(n(act('受益群众满意度')[3]), SATISFIED, '表6 满意度 = 表16');
for (const r of t6.body) {
  const [, op, target] = /^(≥|≤)?([\d,.]+)/.exec(r[2]) ?? [];
  const got = n(/^[\d,.]+/.exec(r[3])?.[0]);
  const ok = op === '≤' ? got.lte(n(target)) : got.gte(n(target));
  expect(ok === (r[4] === '已完成'), `表6 ${r[1]} ${r[3]} vs ${r[2]}: ${r[4]}`);
}

// ---- scores: 附件1 rows, 小计 rows, 总计; 表9 against them
const a1 = T(/^附件1 /);
const thirdRows = a1.body.filter((r) => /^\d-\d-\d$/.test(r[0]));
for (const r of a1.body) same(n(r[7]), n(r[4]).minus(n(r[6])), `附件1 ${r[0] || r[1]} 扣分 = 分值 − 得分`);
const firsts = a1.body.filter((r) => /小计$/.test(r[1]));
for (const f of firsts) {
  const kids = thirdRows.filter((r) => r[0].startsWith(f[0] + '-'));
  for (const c of [4, 6]) same(n(f[c]), colSum(kids, c), `附件1 ${f[1]} ${a1.head[c]}`);
}
const a1tot = a1.body.find((r) => r[1] === '总计');
for (const c of [4, 6, 7]) same(n(a1tot[c]), colSum(firsts, c), `附件1 总计 ${a1.head[c]}`);
const TOTAL = n(a1tot[6]);
same(n(a1tot[4]), 100, '附件1 满分100');
const t9 = T(/^表9 /);
const t9rows = t9.body.filter((r) => r[0] !== '合计');
for (const r of t9rows) {
  const f = firsts.find((x) => x[0] === r[0]);
  same(n(r[2]), n(f[4]), `表9 ${r[1]} 分值 = 附件1`);
  same(n(r[4]), n(f[6]), `表9 ${r[1]} 得分 = 附件1 小计`);
  same(n(r[3]), n(r[2]).minus(n(r[4])), `表9 ${r[1]} 扣分 = 分值 − 得分`);
  same(n(r[5]), pct(n(r[4]), n(r[2])), `表9 ${r[1]} 得分率`);
}
const t9tot = t9.body.find((r) => r[0] === '合计');
for (const c of [2, 3, 4]) same(n(t9tot[c]), colSum(t9rows, c), `表9 合计 ${t9.head[c]}`);
same(n(t9tot[4]), TOTAL, '表9 合计 = 附件1 总计');
// 2-1-2 = 分值 × 预算执行率
const EXEC = pct(TOTAL_SPENT, TOTAL_FUND);
const r212 = thirdRows.find((r) => r[0] === '2-1-2');
same(n(r212[6]), n(r212[4]).times(EXEC).div(100).toDecimalPlaces(1, 4), '2-1-2 = 分值 × 预算执行率');

// ---- the text
const f1 = (name) => n(firsts.find((r) => r[1] === `${name}小计`)[6]);
// 摘要: "其中决策x分、过程x分、产出x分、效益x分"
const summary = /其中决策([\d.]+)分、过程([\d.]+)分、产出([\d.]+)分、效益([\d.]+)分/.exec(text);
['决策', '过程', '产出', '效益'].forEach((name, k) => same(n(summary?.[k + 1]), f1(name), `摘要 ${name}得分`));
for (const name of ['决策', '过程', '产出', '效益']) {
  sameAll(`${name}指标([\\d.]+)分（满分`, f1(name), `三 ${name}指标得分`);
  sameAll(`${name}指标满分\\d+分，得分([\\d.]+)分`, f1(name), `四 ${name}指标得分`);
}
sameAll('综合得分(\\d+\\.\\d)分', TOTAL, '综合得分（摘要、三、附件1）');
expect(
  said('综合得分[\\d.]+分[，，]?评价等级(?:为)?“(.)”', '评价等级').every((g) => g === gradeOf(TOTAL)),
  `评价等级 = ${gradeOf(TOTAL)}`,
);
for (const t of thirdRows)
  if (text.includes(`指标得${t[6]}分`) || text.includes(`得${t[6]}分`)) continue;
  else expect(false, `附件1 ${t[0]} ${t[3]} 得分${t[6]} stated in 四`);
sameAll('累计到位([\\d,.]+)万元', TOTAL_FUND, '累计到位');
sameAll('累计支出([\\d,.]+)万元', TOTAL_SPENT, '累计支出');
sameAll('预算执行率([\\d.]+)%', EXEC, '预算执行率');
sameAll('(?:12月31日结转|年末结转)([\\d,.]+)万元', LEFT, '2024年末结转');
// the per-year list and each year's paragraph
const list = /到位情况为：2022年([\d,.]+)万元、2023年([\d,.]+)万元、2024年([\d,.]+)万元，合计([\d,.]+)万元/.exec(text);
YEARS.forEach((y, k) => same(n(list?.[k + 1]), fundOf(y), `一（二） ${y}到位`));
same(n(list?.[4]), add([1, 2, 3].map((k) => n(list?.[k]))), '一（二） 三年合计 = 各年之和');
for (const y of YEARS) {
  const p = new RegExp(
    `${y}，专项资金到位([\\d,.]+)万元[\\s\\S]*?当年可用资金([\\d,.]+)万元。当年支出([\\d,.]+)万元`,
  ).exec(text);
  same(n(p?.[1]), fundOf(y), `四（五） ${y} 到位`);
  same(n(p?.[2]), n(t4.body.find((r) => r[0] === y)[3]), `四（五） ${y} 可用`);
  same(n(p?.[3]), spentOf(y), `四（五） ${y} 支出`);
}
// county paragraphs against 表5 / 表10
for (const c of COUNTIES) {
  const p = new RegExp(
    `${c}：三年完成清洁取暖改造([\\d,]+)户[\\s\\S]*?支出合计([\\d,.]+)万元，占全市支出的([\\d.]+)%`,
  ).exec(text);
  same(
    n(p?.[1]),
    colSum(
      t10.body.filter((r) => YEARS.includes(r[1]) && r[2] === c),
      6,
    ),
    `四（六） ${c} 改造户数 = 表10`,
  );
  same(n(p?.[2]), n(cRows.find((r) => r[0] === c)[4]), `四（六） ${c} 支出 = 表5`);
  same(n(p?.[3]), pct(n(p?.[2]), TOTAL_SPENT), `四（六） ${c} 占比`);
}
sameAll('完成清洁取暖改造([\\d,]+)户，淘汰', HOMES, '摘要 改造户数');
sameAll('三年完成清洁取暖改造([\\d,]+)户，其中', HOMES, '四（三） 改造户数');
sameAll('淘汰燃煤锅炉(\\d+)台（', UNITS, '摘要 锅炉台数');
sameAll('三年淘汰燃煤锅炉(\\d+)台、', UNITS, '四（三） 锅炉台数');
sameAll('燃煤锅炉\\d+台（([\\d.]+)蒸吨）', TONS, '摘要 蒸吨');
sameAll('合同(\\d+)份，合同金额合计', ctRows.length, '四（三） 合同份数');
sameAll('合同金额合计([\\d,.]+)万元', colSum(ctRows, 5), '四（三） 合同金额');
sameAll('已付款([\\d,.]+)万元。部分道路', colSum(ctRows, 6), '四（三） 已付款');
sameAll('优良天数比例为([\\d.]+)%', AIR['2024年'].rate, '四（四） 2024年优良天数比例');
sameAll('2024年全市优良天数(\\d+)天', AIR['2024年'].good, '四（四） 2024年优良天数');
sameAll('PM2.5年均浓度(\\d+)微克/立方米，较2021年', AIR['2024年'].pm25, '摘要 PM2.5');
sameAll('总体满意度([\\d.]+)%', SATISFIED, '四（四） 满意度');
// the indicator counts
const nThirds = thirdRows.length;
const nSeconds = new Set(thirdRows.map((r) => r[0].slice(0, 3))).size;
sameAll('(?<!第)(\\d+)个三级指标', nThirds, '三级指标个数');
sameAll('(\\d+)个二级指标', nSeconds, '二级指标个数');
sameAll('全部(\\d+)个三级指标', nThirds, '附件1 三级指标个数');
// identity and dates: the fund's own city; every date a real one
expect(!/固原|银川|石嘴山|中卫/.test(text.replace(/宁夏回族自治区/g, '')), '只写吴忠市（无其他地级市名）');
for (const [, y, mo, d] of text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) {
  const dt = new Date(Date.UTC(+y, mo - 1, +d));
  expect(dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === +d, `日期 ${y}年${mo}月${d}日 存在`);
}
expect(text.includes(FUND), '专项资金名称');

console.log(`${dirty ? 'report' : 'control'}: ${checks()} checks, ${errors.length} errors`);
for (const e of errors) console.log('  ' + e);
process.exit(dirty || !errors.length ? 0 : 1);
