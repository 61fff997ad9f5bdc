// Re-does report G's arithmetic from its spec (the checks of the builder it replaced, corpus-g-docx.py): every
// total, rate and score the report states agrees with the others, except the injected ones; each injected quote is
// in the text once. Exits 1 on an error.
//   node scripts/make-fixtures/corpus-g/check.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { grid } from '../spec/check.mjs';
import { readSpec } from '../spec/parse.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), 'g-xiangcun-2023.spec.md');
const { meta, blocks } = readSpec(SPEC, true);
const errs = [];
const D = (s) => new Decimal(String(s).replace(/[,%]/g, ''));
const pct = (a, b) => D(a).div(D(b)).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const eq = (label, got, want) => {
  if (!D(got).eq(D(want))) errs.push(`${label}: ${got} != ${want}`);
};

// the text as the report reads (paragraphs and table cells), and each table as a grid with its spans filled in
const text = blocks.map((b) =>
  b.type === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join('\t')) : b.text,
);
const full = text.flat().join('\n');
const [funding, summary, attachment] = blocks.filter((b) => b.type === 'table').map(grid);

// quotes: each in the report's text once
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');
for (const e of meta.injections) {
  const n = flat(full).split(flat(e.quote)).length - 1;
  if (n !== 1) errs.push(`quote ${e.quote}: ${n} occurrences`);
}

// 表1: sums, rates, balances
const rows = funding.slice(2, -1);
const tot = funding.at(-1);
for (let c = 1; c <= 3; c++)
  eq(
    `表1 column ${c} sum`,
    rows.reduce((s, r) => s.plus(D(r[c])), D(0)),
    tot[c],
  );
for (const r of [...rows, tot]) {
  eq(`表1 ${r[0]} 到位率`, pct(r[2], r[1]), r[4]);
  eq(`表1 ${r[0]} 执行率(支出/到位)`, pct(r[3], r[2]), r[5]);
  eq(`表1 ${r[0]} 结余`, D(r[2]).minus(D(r[3])), r[6]);
}
eq(
  '结余合计',
  rows.reduce((s, r) => s.plus(D(r[6])), D(0)),
  tot[6],
);
eq('县级未到位', D(1540).minus(1200), 340);
eq(
  '用途合计',
  ['10,360.00', '1,240.00', '5,180.00', '960.00', '760.00'].reduce((s, u) => s.plus(D(u)), D(0)),
  18500,
);
eq('产业发展占比', pct(10360, 18500), '56.00');
eq('项目数', 68 + 9 + 57 + 8, 142);
eq('抽查资金占比', pct('5126.40', 18500), '27.71');
eq('按期完工率', pct(140, 142), '98.59');
eq('收入增幅', pct(15286 - 13742, 13742), '11.24');
eq('满意度', D(511).div(578).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP), '88.4');
eq('资金到位率得分', D(18160).div(18500).times(3).toDecimalPlaces(2, Decimal.ROUND_HALF_UP), '2.94');
eq('预算执行率得分', D('17263.10').div(18160).times(4).toDecimalPlaces(2, Decimal.ROUND_HALF_UP), '3.80');

// the attachment: 27 indicators under 13 二级指标 (the ones the text lists), 100 points, 91.74 scored
const att = attachment.slice(1, -1).map((r) => ({ l1: r[0], l2: r[1], l3: r[2], fz: D(r[3]), df: D(r[5]) }));
eq('三级指标个数', att.length, 27);
const l2s = [...new Set(att.map((a) => a.l2))];
const listed =
  '项目立项、绩效目标、资金投入、资金管理、组织实施、产出数量、产出质量、产出时效、产出成本、经济效益、社会效益、可持续影响、服务对象满意度'.split(
    '、',
  );
if (l2s.join() !== listed.join()) errs.push(`二级指标 ${l2s} != ${listed}`);
const sum = (xs) => xs.reduce((s, x) => s.plus(x), D(0));
eq('分值合计', sum(att.map((a) => a.fz)), 100);
eq('得分合计', sum(att.map((a) => a.df)), '91.74');
const by = (key) => {
  const m = {};
  for (const a of att) {
    m[a[key]] ??= { fz: D(0), df: D(0) };
    m[a[key]].fz = m[a[key]].fz.plus(a.fz);
    m[a[key]].df = m[a[key]].df.plus(a.df);
  }
  return m;
};
const [by1, by2] = [by('l1'), by('l2')];
for (const r of summary.slice(2, -1)) {
  eq(`表2 ${r[0]} 分值`, by1[r[0]].fz, r[1]);
  eq(`表2 ${r[0]} 得分`, by1[r[0]].df, r[3]);
  eq(`表2 ${r[0]} 权重`, r[1], r[2]);
  eq(`表2 ${r[0]} 得分率`, pct(r[3], r[1]), r[4]);
}

// headings that restate scores, "X（分值a分，得分b分）", against the attachment; the injected one must disagree
for (const m of full.matchAll(
  /(?:[（(][一二三四五六七八九十]+[)）]|\d+\.)?([^\s（]+)（分值(\d+(?:\.\d+)?)分，得分(\d+(?:\.\d+)?)分）/g,
)) {
  const name = m[1].startsWith('项目') && by1[m[1].slice(2)] ? m[1].slice(2) : m[1];
  const want = by1[name] ?? by2[name];
  if (!want) {
    errs.push(`heading not matched: ${m[0]}`);
    continue;
  }
  const agrees = D(m[2]).eq(want.fz) && D(m[3]).eq(want.df);
  const injected = m[0].endsWith('项目过程（分值20分，得分17.47分）');
  if (agrees === injected) errs.push(`heading ${m[0]}: the attachment says 分值${want.fz} 得分${want.df}`);
}
// "（n）指标（m分）。…得x分。" in the narrative against the attachment
for (const m of full.matchAll(/（\d）([^（。]+)（(\d+)分）。[^\n]*?得(\d+(?:\.\d+)?)分。/g)) {
  const row = att.find((a) => a.l3 === m[1]);
  if (!row) errs.push(`no attachment row for ${m[1]}`);
  else {
    eq(`正文 ${m[1]} 分值`, m[2], row.fz);
    eq(`正文 ${m[1]} 得分`, m[3], row.df);
  }
}
// deductions: 分值 − 扣 = 得
for (const m of full.matchAll(/（(\d+)分）。[^\n]*?扣(\d+)分，得(\d+)分/g))
  eq(`扣分 ${m[0].slice(0, 12)}…`, D(m[1]).minus(m[2]), m[3]);
for (const s of [
  '综合得分91.74分，评价等级为“优”',
  '资金到位率98.16%',
  '预算执行率95.06%',
  '到位率77.92%',
  '结余896.90万元',
])
  if (!full.includes(s)) errs.push(`not in the text: ${s}`);

if (errs.length) {
  console.log(`report G: ${errs.length} errors\n  ${errs.join('\n  ')}`);
  process.exit(1);
}
console.log('report G: every figure agrees but the injected ones; each quote once');
