// Re-does report P2's arithmetic (the checks of the builder it replaced, corpus-p2/build.py's check_figures) on
// the spec's own tables as the clean control reads them: 表1—表4's totals and rates, each 自评表's funds block,
// 执行率 and its 得分, indicator counts, 分值 and 总分, 表8 against the forms; then the figures the text restates;
// and each injected quote is in the report once and not in the control. Exits 1 on an error.
//   node scripts/make-fixtures/corpus-p2/check.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { grid } from '../spec/check.mjs';
import { readSpec } from '../spec/parse.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), 'p2-tiyu-2024.spec.md');
const errs = [];
const D = (s) => new Decimal(String(s).replace(/[,%]/g, ''));
const r2 = (x) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const eq = (label, got, want) => {
  if (!D(got).eq(D(want))) errs.push(`${label}: ${got} != ${want}`);
};
const pct = (a, b) => r2(D(a).div(D(b)).times(100));
const change = (a, b) => r2(D(a).div(D(b)).minus(1).times(100));

// a table as a grid of texts, a spanned cell's text in each place it covers
const clean = readSpec(SPEC, false);
const [staff, income, spend, sangong, dept, p1, p2, summary] = clean.blocks.filter((b) => b.type === 'table').map(grid);
const col = (rows, j) => rows.map((r) => D(r[j]));
const sum = (xs) => xs.reduce((s, x) => s.plus(x), D(0));

// 表1 staffing: 合计 = the three kinds, each column
for (const j of [1, 2, 3]) eq(`表1 合计 column ${j}`, sum(col(staff.slice(1, -1), j)), staff.at(-1)[j]);
// 表2 income: the rows' rates and the total's
for (const r of income.slice(1, -1)) eq(`表2 ${r[0]} 增减率`, change(r[1], r[2]), r[3]);
for (const j of [1, 2]) eq(`表2 合计 column ${j}`, sum(col(income.slice(1, -1), j)), income.at(-1)[j]);
eq('表2 合计 增减率', change(income.at(-1)[1], income.at(-1)[2]), income.at(-1)[3]);
// 表3 spending: 基本支出 = 人员经费 + 公用经费 ("其中" rows not counted again); 合计 = 基本 + 项目
for (const j of [1, 2]) {
  eq(`表3 基本支出 column ${j}`, D(spend[2][j]).plus(D(spend[3][j])), spend[1][j]);
  eq(`表3 合计 column ${j}`, D(spend[1][j]).plus(D(spend[4][j])), spend.at(-1)[j]);
}
for (const r of spend.slice(1)) eq(`表3 ${r[0].trim()} 增减率`, change(r[1], r[2]), r[3]);
// 表4 三公: 合计 = 出国 + 车 + 接待 (the car's "其中" rows not counted again); the car = 购置 + 运行维护
for (const j of [1, 2, 3]) {
  eq(`表4 合计 column ${j}`, D(sangong[1][j]).plus(D(sangong[2][j])).plus(D(sangong[5][j])), sangong.at(-1)[j]);
  eq(`表4 公务用车 column ${j}`, D(sangong[3][j]).plus(D(sangong[4][j])), sangong[2][j]);
}
const [sgBudget, sgSpent, sgLast] = sangong.at(-1).slice(1).map(D);
eq('三公 决算 ÷ 预算', pct(sgSpent, sgBudget), '84.58');
eq('三公 比上年下降', r2(sgLast.minus(sgSpent).div(sgLast).times(100)), '7.28');

// each 自评表: the funds block (总额 = its parts; 执行率; 得分 = 10 × 执行率 up to 10), the indicators, 总分
const form = (name, g, parts, want) => {
  const top = g.findIndex((r) => r[3] === '年初预算数');
  const head = g.findIndex((r) => r[1] === '一级指标');
  const funds = g.slice(top + 1, head - 2);
  for (const j of [3, 4, 5])
    for (const group of parts)
      eq(`${name} 资金 column ${j} ${group}`, sum(group.map((i) => D(funds[i][j]))), funds[0][j]);
  for (const r of funds.filter((x) => x[7] !== '—')) eq(`${name} ${r[1]} 执行率`, pct(r[5], r[4]), r[7]);
  const rate = pct(funds[0][5], funds[0][4]);
  eq(`${name} 资金得分`, r2(Decimal.min(rate.div(100), 1).times(10)), funds[0][8]);
  const rows = g.slice(head + 1, -1).map((r) => ({ l1: r[1], l2: r[2], fz: D(r[6]), df: D(r[7]) }));
  const of = (l1) => rows.filter((r) => r.l1 === l1);
  eq(`${name} 三级指标个数`, rows.length, want.count);
  eq(`${name} 二级指标个数`, new Set(rows.map((r) => r.l2)).size, want.level2);
  eq(`${name} 绩效指标分值`, sum(rows.map((r) => r.fz)), 90);
  eq(`${name} 产出指标分值`, sum(of('产出指标').map((r) => r.fz)), 50);
  eq(`${name} 效益指标分值`, sum(of('效益指标').map((r) => r.fz)), 30);
  eq(`${name} 总分`, D(funds[0][8]).plus(sum(rows.map((r) => r.df))), g.at(-1)[7]);
  return g.at(-1)[7];
};
const totals = [
  // 部门: 总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出
  form(
    '表5',
    dept,
    [
      [1, 2],
      [3, 4],
    ],
    { count: 9, level2: 7 },
  ),
  // 项目: 总额 = 当年财政拨款 + 上年结转 + 其他资金
  form('表6', p1, [[1, 2, 3]], { count: 8, level2: 7 }),
  form('表7', p2, [[1, 2, 3]], { count: 8, level2: 6 }),
];
eq('表5 基本支出 = 表3', dept[5][5], spend[1][1]);
eq('表5 项目支出 = 表3', dept[6][5], spend[4][1]);
totals.forEach((t, i) => {
  eq(`表8 row ${i + 1} 得分`, summary[i + 1][2], t);
  eq(`表8 row ${i + 1} 得分率`, summary[i + 1][3], t);
});

// the figures only the text states
eq(
  '表7 输送运动员 得分 = 10 × 13 ÷ 15',
  r2(D(13).div(15).times(10)),
  p2.find((r) => r[3] === '向省队输送运动员人数')[7],
);
eq('本年提高 (98.56 − 96.85)', D(totals[0]).minus('96.85'), '1.71');
// 表5's 新建全民健身设施 is 表6's 健身路径 + 运动场 ("新建社区健身路径86个、笼式多功能运动场12个")
const count = (g, name) => D(g.find((r) => r[3] === name)[5].replace(/个$/, ''));
eq(
  '新建全民健身设施 = 健身路径 + 运动场',
  count(p1, '新建社区健身路径数量').plus(count(p1, '新建笼式多功能运动场数量')),
  count(dept, '新建全民健身设施数量'),
);
eq('两个项目的执行 ÷ 项目支出', pct(D('652.80').plus('498.68'), spend[4][1]), '71.40');
eq('表7 当年财政拨款执行率', pct('470.68', '520.00'), '90.52');

// quotes: once in the report, never in the control; a figure counts where it stands whole ("55", not 3,755.50)
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const piecesOf = ({ blocks }) =>
  blocks.flatMap((b) =>
    b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => flat(c.text))) : [flat(b.text)],
  );
const dirty = readSpec(SPEC, true);
const [report, control] = [piecesOf(dirty), piecesOf(clean)];
const times = (pieces, quote) => {
  const q = flat(quote).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^[0-9]/.test(q) ? '(?<![0-9.,])' : '';
  const after = /[0-9]$/.test(q) ? '(?![0-9.,%])' : '';
  const whole = new RegExp(`${before}${q}${after}`, 'g');
  return pieces.reduce((n, p) => n + (p.match(whole)?.length ?? 0), 0);
};
for (const e of dirty.meta.injections) {
  const n = times(report, e.quote);
  if (n !== 1) errs.push(`quote ${e.quote}: ${n} times in the report`);
  if (times(control, e.quote)) errs.push(`quote ${e.quote}: in the control`);
}

if (errs.length) {
  console.log(`report P2: ${errs.length} errors\n  ${errs.join('\n  ')}`);
  process.exit(1);
}
console.log('report P2: every figure agrees; each quote once in the report, never in the control');
