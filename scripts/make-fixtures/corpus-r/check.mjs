// An independent reader of report R's spec (the hand check): recomputes every total, subtotal, rate and
// 标准 × 数量 of its tables, the tables against each other (元 against 万元), and the sums, rates, scores and counts
// its sentences state, from the spec's own text (not from data.mjs). The clean control must give no error; the
// report gives exactly the injections that are arithmetic.
//   node scripts/make-fixtures/corpus-r/check.mjs [--dirty] [-v]
import Decimal from 'decimal.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, D, handCheck, num, pct, rowOf, totalChecks, tableTitled, titledTables } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'r-jiuye-2023-2024.spec.md'));
const tables = titledTables(blocks);
const T = (re) => tableTitled(tables, re);
const isSub = (r) => r.some((x) => /小计/.test(x));
const isTotal = (r) => r[0] === '合计';
// columns that are not quantities to add up
const NOT_ADDED = /率|比例|序号|编号|编码|标准|年度$|日期|批次/;

for (const t of tables) {
  const added = (c) => !NOT_ADDED.test(t.head[c]);
  // 合计 row: the 小计 rows when there are any, else every row above it
  totalChecks(t, { isSub, isTotal, added, same });
  // a 合计 column: the year columns before it (表2, each town's table)
  const tc = t.head.indexOf('合计');
  if (tc > 0 && t.head.slice(1, tc).every((h) => /^\d{4}年度$/.test(h)))
    for (const r of t.body) same(num(r[tc]), add(r.slice(1, tc).map(D)), `${t.title} ${r[0]} 行合计`);
  // rates of their own rows
  for (const [rate, a, b] of [
    [/^执行率$/, /支出$/, /预算$/],
    [/^取证率$/, /^取证人次$/, /^培训人次$/],
    [/^得分率$/, /^得分$/, /^权重$/],
  ]) {
    const rc = col(t, rate);
    if (rc < 0) continue;
    const ac = t.head.findLastIndex((h) => a.test(h)),
      bc = t.head.findLastIndex((h) => b.test(h));
    for (const r of t.body)
      if (num(r[rc])) same(num(r[rc]), pct(num(r[ac]), num(r[bc])), `${t.title} ${r[0] || r[1]} ${t.head[rc]}`);
  }
  // 扣分 = 权重 − 得分
  const kc = col(t, /^扣分$/);
  if (kc >= 0)
    for (const r of t.body) {
      const w = num(r[col(t, /^权重$/)]),
        s = num(r[col(t, /^得分$/)]);
      if (w && s) same(num(r[kc]), w.minus(s), `${t.title} ${r[0] || r[1]} 扣分`);
    }
  // 满意率 = (很满意 + 满意) ÷ answers, the four answers adding to the valid questionnaires where stated
  const sc = col(t, /^满意率$/);
  if (sc >= 0)
    for (const r of t.body) {
      const [a, b, c, d] = ['很满意', '满意', '一般', '不满意'].map((h) => num(r[t.head.indexOf(h)]));
      const n = add([a, b, c, d]);
      const vc = t.head.indexOf('有效问卷');
      if (vc >= 0) same(num(r[vc]), n, `${t.title} ${r[0]} 回答合计`);
      same(num(r[sc]), pct(a.plus(b), n), `${t.title} ${r[0]} ${r[1]} 满意率`);
    }
  // 标准 × 数量 = 金额
  const stdc = col(t, /标准/),
    qc = col(t, /^(数量|取证人次)$/),
    mc = col(t, /金额/);
  if (stdc >= 0 && qc >= 0 && mc >= 0)
    for (const r of t.body)
      if (num(r[stdc]) && num(r[qc]))
        same(num(r[mc]), num(r[stdc]).times(num(r[qc])), `${t.title} ${r[0]} ${r[1]} 标准×数量`);
}

// ---- the tables against each other (元 ↔ 万元)
const wan = (yuan) => yuan.div(10000);
const src = T(/资金来源情况表/),
  cat = T(/分类别分年度资金预算及支出/),
  std = T(/补贴标准及发放数量核定表/),
  schools = T(/定点培训机构培训情况表/),
  posts = T(/公益性岗位开发及补贴/),
  samplesByTown = T(/各乡镇抽样核查情况表/),
  summary = T(/综合评分汇总表/),
  system = T(/指标体系及权重表/),
  scoring = T(/^附件1 /),
  classes = T(/^附件2 /),
  releases = T(/^附件3 /),
  payouts = T(/^附件4 /),
  samples = T(/^附件5 /),
  targets = T(/^附件6 /),
  bases = T(/^附件7 /),
  survey = T(/满意度调查汇总表/);
const YEARS = ['2023', '2024'];
const budgetOf = (y) => num(rowOf(src, '合计')[src.head.indexOf(`${y}年度`)]);
const spentOf = (y) => num(rowOf(cat, '合计')[cat.head.indexOf(`${y}年度支出`)]);
const catSpent = (c, y) => num(rowOf(cat, c)[cat.head.indexOf(`${y}年度支出`)]);
same(num(rowOf(cat, '合计')[cat.head.indexOf('两年合计预算')]), num(rowOf(src, '合计')[3]), '表3 预算合计 vs 表2');
for (const y of YEARS) {
  same(num(rowOf(cat, '合计')[cat.head.indexOf(`${y}年度预算`)]), budgetOf(y), `表3 ${y}预算 vs 表2`);
  const stdRows = std.body.filter((r) => r[1] === y);
  same(wan(add(stdRows.map((r) => num(r[5])))), spentOf(y), `表4 ${y} 金额 vs 表3 支出`);
  for (const r of stdRows) same(wan(num(r[5])), catSpent(r[0], y), `表4 ${r[0]} ${y} vs 表3`);
  const sub = (t) => t.body.find((r) => r[0] === `${y}年度小计`);
  same(num(sub(payouts).at(-1)), spentOf(y).times(10000), `附件4 ${y}年度小计 vs 表3 支出`);
  same(num(sub(classes).at(-1)), catSpent('职业技能培训补贴', y).times(10000), `附件2 ${y}年度小计 vs 表3 培训`);
  same(num(sub(releases).at(-1)), budgetOf(y), `附件3 ${y}年度小计 vs 表2`);
}
same(num(rowOf(schools, '合计').at(-1)), num(rowOf(classes, '合计').at(-1)), '表5 补贴合计 vs 附件2');
same(num(rowOf(schools, '合计')[3]), num(rowOf(classes, '合计')[5]), '表5 培训人次 vs 附件2');
same(num(rowOf(samplesByTown, '合计')[2]), num(rowOf(samples, '合计')[8]), '表9 抽查金额 vs 附件5');
for (const r of samplesByTown.body.filter((r) => !isTotal(r)))
  same(num(r[3]), pct(num(r[2]), num(rowOf(samplesByTown, '合计')[2])), `表9 ${r[0]} 占比`);
// amounts by 人月 from 表4's standards
const stdOf = (c, y) => num(std.body.find((r) => r[0] === c && r[1] === y)[2]);
for (const r of posts.body)
  same(
    num(r[5]),
    stdOf('公益性岗位补贴', '2023')
      .times(num(r[3]))
      .plus(stdOf('公益性岗位补贴', '2024').times(num(r[4]))),
    `表6 ${r[0]} 补贴`,
  );
for (const r of bases.body)
  same(
    num(r[5]),
    stdOf('就业见习补贴', '2023')
      .times(num(r[2]))
      .plus(stdOf('就业见习补贴', '2024').times(num(r[4]))),
    `附件7 ${r[0]} 补贴`,
  );
// the towns' tables add up to the categories
const towns = tables.filter((t) => /镇|乡/.test(t.title) && /就业补助资金发放情况表/.test(t.title));
expect(towns.length === 9, `9 town tables (${towns.length})`);
for (const y of YEARS)
  for (const r of std.body.filter((r) => r[1] === y))
    same(
      add(towns.map((t) => num(rowOf(t, r[0])[t.head.indexOf(`${y}年度`)]))),
      num(r[5]),
      `the towns' ${r[0]} ${y} vs 表4`,
    );
// scores: the per-first-level tables, the summary (表10), the scoring table (附件1) and the system (表8)
const thirds = new Map();
const levels = new Map(); // 一级 name → { weight, score, seconds, thirds }
for (const t of tables.filter((t) => /指标得分情况表$/.test(t.title))) {
  const name = t.title.replace(/^表\d+ /, '').replace(/指标得分情况表$/, '');
  const rows = t.body.filter((r) => !isSub(r));
  rows.forEach((r) => thirds.set(r[1], { name: r[2], weight: num(r[3]), score: num(r[4]) }));
  const sub = t.body.find(isSub);
  same(num(sub[4]), add(rows.map((r) => num(r[4]))), `${t.title} 小计得分`);
  same(num(sub[3]), add(rows.map((r) => num(r[3]))), `${t.title} 小计权重`);
  levels.set(name, {
    weight: num(sub[3]),
    score: num(sub[4]),
    seconds: new Set(rows.map((r, i) => r[0] || rows[i - 1]?.[0])).size,
    thirds: rows.length,
  });
}
for (const r of summary.body.filter((r) => !isTotal(r))) {
  same(num(r[2]), levels.get(r[0])?.score, `表11 ${r[0]} 得分 vs 其得分情况表小计`);
  same(num(r[1]), levels.get(r[0])?.weight, `表11 ${r[0]} 权重`);
}
for (const r of scoring.body.filter((r) => !isTotal(r))) {
  same(num(r[7]), thirds.get(r[0])?.score, `附件1 ${r[0]} 得分 vs 得分情况表`);
  same(num(r[4]), thirds.get(r[0])?.weight, `附件1 ${r[0]} 权重`);
}
same(
  num(rowOf(scoring, '合计').at(-1)),
  add(scoring.body.filter((r) => !isTotal(r)).map((r) => num(r[7]))),
  '附件1 合计得分',
);
for (const r of system.body) same(num(r[4]), thirds.get(r[2])?.weight, `表8 ${r[2]} 权重`);
const thirdCount = scoring.body.filter((r) => !isTotal(r)).length;
const secondCount = new Set(scoring.body.filter((r) => !isTotal(r)).map((r) => r[2])).size;
const total = add([...levels.values()].map((l) => l.score));

// ---- sentences
const text = blocks.filter((b) => b.type === 'para' || b.type === 'heading').map((b) => b.text);
const totalSpent = num(rowOf(std, '合计').at(-1)); // 元
const budget = num(rowOf(src, '合计')[3]);
const grade = (s) => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');
const periods = [];
for (const p of text) {
  let m;
  for (const m of p.matchAll(/评价期间[：为](\d{4}年\d+月\d+日)[—至](\d{4}年\d+月\d+日)/g))
    periods.push(m[1] + '—' + m[2]);
  if ((m = /共安排就业补助资金([\d,.]+)万元，其中((?:\d{4}年度[\d,.]+万元[、。])+)/.exec(p)))
    same(D(m[1]), add([...m[2].matchAll(/\d{4}年度([\d,.]+)万元/g)].map((x) => D(x[1]))), '共安排资金 = the years');
  if ((m = /累计支出([\d,.]+)万元，预算执行率([\d.]+)%，结余([\d,.]+)万元/.exec(p))) {
    same(D(m[1]), wan(totalSpent), '累计支出 vs 表4 合计');
    same(D(m[2]), pct(D(m[1]), budget), '预算执行率');
    same(D(m[3]), budget.minus(D(m[1])), '结余');
    for (const x of p.matchAll(/(\d{4})年度支出([\d,.]+)万元，执行率([\d.]+)%/g)) {
      same(D(x[2]), spentOf(x[1]), `${x[1]}年度支出`);
      same(D(x[3]), pct(D(x[2]), budgetOf(x[1])), `${x[1]}年度执行率`);
    }
  }
  if ((m = /综合得分([\d.]+)分，评价等级为“(.)”/.exec(p))) {
    same(D(m[1]), total, `“${m[0]}” vs the first levels`);
    expect(grade(D(m[1])) === m[2], `grade ${m[2]} for ${m[1]}`);
  }
  for (const x of p.matchAll(/(决策|过程|产出|效益)指标得([\d.]+)分/g))
    same(D(x[2]), levels.get(x[1]).score, `“${x[0]}”`);
  if ((m = /(决策|过程|产出|效益)指标权重(\d+)分，得([\d.]+)分，得分率([\d.]+)%/.exec(p))) {
    same(D(m[4]), pct(D(m[3]), D(m[2])), `“${m[0]}”`);
    same(D(m[3]), levels.get(m[1]).score, `${m[1]} 得分 in prose vs its table`);
  }
  if ((m = /(决策|过程|产出|效益)指标下设(\d+)个二级指标、(\d+)个三级指标/.exec(p))) {
    same(D(m[2]), levels.get(m[1]).seconds, `${m[1]} 二级 count`);
    same(D(m[3]), levels.get(m[1]).thirds, `${m[1]} 三级 count`);
  }
  if ((m = /^\d+\.(\S+?)（权重([\d.]+)分，得分([\d.]+)分）$/.exec(p))) {
    const codes = scoring.body.filter((r) => r[2] === m[1]).map((r) => r[0]);
    same(D(m[3]), add(codes.map((c) => thirds.get(c).score)), `“${p}” vs its 三级`);
    same(D(m[2]), add(codes.map((c) => thirds.get(c).weight)), `“${p}” 权重`);
  }
  if ((m = /^([A-D]\d-\d)(\S+?)（权重([\d.]+)分）：.*得([\d.]+)分。$/.exec(p))) {
    same(D(m[4]), thirds.get(m[1]).score, `${m[1]} 得分 in prose`);
    same(D(m[3]), thirds.get(m[1]).weight, `${m[1]} 权重 in prose`);
    const f = /(执行率|满意率)([\d.]+)%，按“\1×权重”计分，得([\d.]+)分/.exec(p);
    if (f)
      same(D(f[3]), D(f[2]).times(m[3]).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP), `${m[1]} ${f[1]}×权重`);
  }
  if ((m = /二级指标(\d+)个、三级指标(\d+)个/.exec(p))) {
    same(D(m[1]), secondCount, '二级指标 count');
    same(D(m[2]), thirdCount, '三级指标 count');
  }
  // last year's fund (2022) and the comparisons with it
  if ((m = /预算([\d,.]+)万元，实际支出([\d,.]+)万元，执行率([\d.]+)%/.exec(p))) {
    same(D(m[3]), pct(D(m[2]), D(m[1])), `“${m[0]}”`);
    const g = /2023年度预算增加([\d,.]+)万元，增长([\d.]+)%/.exec(p);
    same(D(g[1]), budgetOf('2023').minus(D(m[1])), '2023 vs 2022 增加');
    same(D(g[2]), pct(D(g[1]), D(m[1])), '2023 vs 2022 增长');
  }
  if ((m = /自评得分([\d.]+)分相比，本次评价得分提高([\d.]+)分/.exec(p)))
    same(D(m[2]), total.minus(D(m[1])), '得分提高');
  // 元 and 万元 of one amount; 标准 × 人数
  for (const x of p.matchAll(/([\d,]+\.\d\d)元（([\d,.]+)万元）/g))
    same(D(x[2]), wan(D(x[1])).toDecimalPlaces(2), `“${x[0]}”`);
  for (const x of p.matchAll(/发放(\d+)人，每人([\d,]+)元，计([\d,.]+)元/g))
    same(D(x[3]), D(x[1]).times(D(x[2])), `“${x[0]}”`);
  if ((m = /抽查金额([\d,.]+)元（[\d,.]+万元），占两年补贴支出的([\d.]+)%/.exec(p))) {
    same(D(m[1]), num(rowOf(samples, '合计')[8]), '抽查金额 vs 附件5');
    same(D(m[2]), pct(D(m[1]), totalSpent), '抽查比例');
  }
  if ((m = /培训([\d,]+)人次，取证([\d,]+)人次，取证率([\d.]+)%/.exec(p))) {
    same(D(m[3]), pct(D(m[2]), D(m[1])), `“${m[0]}”`);
    same(D(m[1]), num(rowOf(schools, '合计')[3]), '培训人次 vs 表5');
  }
  if ((m = /有效问卷(\d+)份，总体满意率([\d.]+)%/.exec(p)))
    same(D(m[2]), num(rowOf(survey, '合计').at(-1)), '满意率 in prose');
  // one town's own figures against its table
  if (
    (m =
      /^(\S+?[镇乡])两年共发放就业补助资金([\d,.]+)万元，占全县补贴支出的([\d.]+)%，其中2023年度([\d,.]+)万元、2024年度([\d,.]+)万元/.exec(
        p,
      ))
  ) {
    const t = towns.find((x) => x.title.includes(m[1]));
    const tot = rowOf(t, '合计');
    same(D(m[2]), wan(num(tot[3])), `${m[1]} 两年合计`);
    same(D(m[3]), pct(num(tot[3]), totalSpent), `${m[1]} 占比`);
    same(D(m[4]).plus(D(m[5])), D(m[2]), `${m[1]} 两年 = the years`);
    const pr = posts.body.find((r) => r[0] === m[1]);
    const o = /开发公益性岗位(\d+)个，2024年末在岗(\d+)人/.exec(p);
    same(D(o[1]), num(pr[1]), `${m[1]} 岗位数 vs 表6`);
    same(D(o[2]), num(pr[2]), `${m[1]} 在岗 vs 表6`);
  }
  if ((m = /开发保洁.*?公益性岗位(\d+)个.*2024年末在岗(\d+)人/.exec(p))) {
    same(D(m[1]), num(rowOf(posts, '合计')[1]), '岗位数 vs 表6');
    same(D(m[2]), num(rowOf(posts, '合计')[2]), '年末在岗 vs 表6');
  }
}
// the roster: one row a person on duty at the end of 2024, so its rows per town are 表6's 年末在岗
const roster = T(/^附件9 /);
for (const r of posts.body.filter((r) => !isTotal(r)))
  same(num(r[2]), roster.body.filter((x) => x[2] === r[0]).length, `附件9 ${r[0]} 人数 vs 表6 年末在岗`);
const stdPost24 = stdOf('公益性岗位补贴', '2024');
for (const r of roster.body.filter((r) => !isTotal(r)))
  same(num(r[7]), stdPost24.times(num(r[6])), `附件9 ${r[0]} 补贴`);
// the evaluated period is one, wherever it is stated
expect(periods.length >= 2 && periods.every((x) => x === periods[0]), `评价期间 stated alike: ${periods.join(' / ')}`);
// the attachment's actuals against the tables
const tr = targets.body.find((r) => r[2] === '公益性岗位安置人数');
same(num(tr[5].replace(/人$/, '')), num(rowOf(posts, '合计')[2]), '附件6 公益性岗位安置人数2024 vs 表6 年末在岗');
const ttr = targets.body.find((r) => r[2] === '职业技能培训人次');
same(
  num(ttr[4].replace(/人次$/, '')).plus(num(ttr[5].replace(/人次$/, ''))),
  num(rowOf(schools, '合计')[3]),
  '附件6 培训人次 vs 表5',
);

for (const e of errors) console.log('ERROR ' + e);
console.log(`${dirty ? 'report' : 'control'}: ${tables.length} tables, ${checks()} checks, ${errors.length} errors`);
process.exit(dirty || !errors.length ? 0 : 1);
