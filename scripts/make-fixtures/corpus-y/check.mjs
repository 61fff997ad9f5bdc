// An independent reader of report Y's spec (the hand check): recomputes every total, subtotal and rate of its
// tables, the tables against each other (表2's places against 表1's layers and 附件4's payments, 表3 against the
// estates of 附件2 and the months of 附件3 in 元, 表4's places, 表6 and 表9 against the scoring table 附件1 in the
// deduction layout), and the sums, rates, counts, scores, years and the fund's name its sentences state, from the
// spec's own text (not from data.mjs). The clean control must give no error; the report gives exactly its
// injections and their cascades.
//   node scripts/make-fixtures/corpus-y/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, D, handCheck, num, pct, r2, rowOf, tableTitled, titledTables, totalChecks } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'y-wulanchabu-2024.spec.md'));
const tables = titledTables(blocks);
const T = (re) => tableTitled(tables, re);
const isTotal = (r) => r[0] === '合计';
const isSub = (r) => /小计$/.test(r[0]);
const cell = (t, label, re) => num(rowOf(t, label)?.[col(t, re)]);
const NOT_ADDED =
  /率|满意度|比重|序号|标准|月份|日期|层级|用途|状态|名称|年份|方式|评分标准|扣分原因|^一级|^二级|^三级|旗县市区/;
const paras = blocks.filter((b) => b.type === 'para' || b.type === 'heading').map((b) => b.text);
const text = paras.join('\n');
/** the figures of the first match of `re` in the text, as Decimals (its groups) */
const grab = (re, where = text) => {
  const m = re.exec(where);
  expect(m !== null, `text has ${re}`);
  return m ? m.slice(1).map((x) => (x === undefined ? null : (num(x) ?? x))) : [];
};
const rateOf = (a, b) => pct(D(a), D(b));

// ---- every table on its own: 小计 rows (rows since the last 小计) and 合计 rows (the 小计 rows, or every row above)
const layers = T(/^表1 /),
  places = T(/^表2 /),
  housing = T(/^表3 /),
  shanty = T(/^表4 /),
  rental = T(/^表5 /),
  system = T(/^表6 /),
  grades = T(/^表7 /),
  survey = T(/^表8 /),
  summary = T(/^表9 /),
  scoring = T(/^附件1 /),
  estates = T(/^附件2 /),
  months = T(/^附件3 /),
  payments = T(/^附件4 /),
  infra = T(/^附件5 /),
  visits = T(/^附件6 /);
for (const t of [layers, places, housing, rental, survey, scoring, estates, months, payments, infra, visits]) {
  const added = (c) => !NOT_ADDED.test(t.head[c]);
  totalChecks(t, { isSub, isTotal, added, same, name: t.title.slice(0, 4) });
}
const PLACES = places.body.filter((r) => !isTotal(r)).map((r) => r[0]);
expect(PLACES.length === 11, `eleven 旗县市区 in 表2 (${PLACES.length})`);

// ---- 表1: rates, shares; 表2: each place's 小计 and 执行率, its layers' 合计 = 表1's 实际到位
for (const r of layers.body) {
  const [plan, got, rate, share] = r.slice(1).map(num);
  same(rate, rateOf(got, plan), `表1 ${r[0]} 到位率`);
  same(share, rateOf(got, cell(layers, '合计', /实际到位/)), `表1 ${r[0]} 占比`);
}
const LAYER_NAMES = layers.body.filter((r) => !isTotal(r)).map((r) => r[0]);
for (const r of places.body) {
  const [c, a, m, q, subtotal, carried, spent, rate] = r.slice(1).map(num);
  same(subtotal, add([c, a, m, q]), `表2 ${r[0]} 小计 = 四级之和`);
  same(rate, rateOf(spent, subtotal), `表2 ${r[0]} 执行率 = 支出 ÷ 到位`);
  if (!isTotal(r)) same(num(rowOf(payments, `${r[0]}小计`)?.at(-1)), spent, `附件4 ${r[0]} 小计 = 表2 支出`);
}
LAYER_NAMES.forEach((l, k) =>
  same(num(rowOf(places, '合计')[1 + k]), cell(layers, l, /实际到位/), `表2 合计 ${l.slice(0, 3)} = 表1`),
);

// ---- 表3 against 附件2 and 附件3; its rates
for (const r of housing.body) {
  const [stock, alloc, arate, task, hh, , rate, , yuanWan] = r.slice(1).map(num);
  same(arate, rateOf(alloc, stock), `表3 ${r[0]} 分配率`);
  same(rate, rateOf(hh, task), `表3 ${r[0]} 完成率`);
  if (isTotal(r)) continue;
  same(stock, num(rowOf(estates, `${r[0]}小计`)?.[4]), `表3 ${r[0]} 保有量 = 附件2 房源小计`);
  same(alloc, num(rowOf(estates, `${r[0]}小计`)?.[5]), `表3 ${r[0]} 实物配租 = 附件2 已分配小计`);
  const yuan = num(rowOf(months, `${r[0]}小计`)?.[3]);
  same(yuanWan, r2(yuan.div(10000)), `表3 ${r[0]} 发放金额（万元）= 附件3 小计（元）÷ 10000`);
}
// each estate's 空置 = 房源 − 已分配
for (const r of estates.body) same(num(r[6]), num(r[4])?.minus(num(r[5])), `附件2 ${r[2] || r[0]} 空置`);

// ---- 表4: each place's projects (the place cell carried down), its 小计, and the 合计 of every project
{
  let at = '';
  const groups = new Map();
  for (const r of shanty.body) {
    if (isTotal(r)) continue;
    if (isSub(r)) {
      const rows = groups.get(r[0].replace(/小计$/, ''));
      for (let c = 2; c <= 6; c++) same(num(r[c]), add(rows.map((x) => num(x[c]))), `表4 ${r[0]} ${shanty.head[c]}`);
      continue;
    }
    if (r[0]) at = r[0];
    if (!groups.has(at)) groups.set(at, []);
    groups.get(at).push(r);
    expect(num(r[5]).lte(num(r[4])), `表4 ${r[1]} 分配入住 ≤ 基本建成`);
  }
  const all = [...groups.values()].flat();
  for (let c = 2; c <= 6; c++)
    same(num(rowOf(shanty, '合计')[c]), add(all.map((x) => num(x[c]))), `表4 合计 ${shanty.head[c]}`);
}
// 表5 and 附件5: rates
for (const r of rental.body) same(num(r[4]), rateOf(num(r[3]), num(r[2])), `表5 ${r[0]} 完成率`);
for (const r of infra.body) same(num(r[5]), rateOf(num(r[4]), num(r[3])), `附件5 ${r[2] || r[0]} 投资完成率`);
const infraRows = infra.body.filter((r) => !isTotal(r));
const finished = infraRows.filter((r) => r[6] === '已完工').length;
expect(rowOf(infra, '合计')[6] === `完工${finished}个`, `附件5 合计 完工${finished}个`);
// 附件6: each household's 月补贴 = 面积 × its place's 标准 (表3); the count and the missing papers against 二（四）
for (const r of visits.body.filter((x) => !isTotal(x))) {
  same(num(r[6]), cell(housing, r[1], /补贴标准/), `附件6 ${r[0]} 标准 = 表3 ${r[1]}`);
  same(num(r[7]), num(r[5]).times(num(r[6])), `附件6 ${r[0]} 月补贴 = 面积 × 标准`);
}
{
  const [n, missing] = grab(/入户核实租赁补贴保障家庭(\d+)户（明细见附件6），其中审核资料不全(\d+)户/);
  const rows = visits.body.filter((x) => !isTotal(x));
  same(n, D(rows.length), '入户核实 户数 = 附件6');
  same(missing, D(rows.filter((r) => r[8] === '审核资料不全').length), '资料不全 户数 = 附件6');
  expect(rowOf(visits, '合计')[8] === `不符${missing}户`, '附件6 合计 不符');
}
// 表8: 满意度
for (const r of survey.body) same(num(r[4]), rateOf(num(r[3]), num(r[2])), `表8 ${r[0]} 满意度`);

// ---- the scores: 附件1 in the deduction layout (得分 = 分值 − 扣分 in every row), its first levels; 表6; 表9
const scoreRows = scoring.body.filter((r) => !isTotal(r) && !isSub(r));
for (const r of scoring.body) same(num(r[6]), num(r[3])?.minus(num(r[5])), `附件1 ${r[2] || r[0]} 得分 = 分值 − 扣分`);
// the first and second level of each third-level row, carried down from their spanned cells
const tree = [];
{
  let first = '',
    second = '';
  for (const r of scoring.body) {
    if (isTotal(r) || isSub(r)) continue;
    if (r[0]) first = r[0].replace(/（.*$/, '');
    if (r[1]) second = r[1].replace(/（.*$/, '');
    tree.push({
      first,
      second,
      third: r[2],
      w: num(r[3]),
      ded: num(r[5]),
      score: num(r[6]),
      firstW: r[0],
      secondW: r[1],
    });
  }
}
const FIRSTS = [...new Set(tree.map((x) => x.first))];
const SECONDS = [...new Set(tree.map((x) => x.second))];
const of = (key, name) => tree.filter((x) => x[key] === name);
const totalOf = (xs, k) => add(xs.map((x) => x[k]));
for (const f of FIRSTS) {
  const sub = rowOf(scoring, `${f}指标小计`);
  same(num(sub[3]), totalOf(of('first', f), 'w'), `附件1 ${f} 小计 分值`);
  same(num(sub[5]), totalOf(of('first', f), 'ded'), `附件1 ${f} 小计 扣分`);
  same(num(sub[6]), totalOf(of('first', f), 'score'), `附件1 ${f} 小计 得分`);
}
for (const s of SECONDS) {
  const w = /（([\d.]+)）/.exec(tree.find((x) => x.second === s && x.secondW).secondW)[1];
  same(D(w), totalOf(of('second', s), 'w'), `附件1 ${s} 权重 = 三级之和`);
}
same(num(rowOf(scoring, '合计')[6]), add(scoreRows.map((r) => num(r[6]))), '附件1 合计 得分 = 三级之和');
same(num(rowOf(scoring, '合计')[3]), D(100), '附件1 合计 分值 100');
// 表6 (the system): each third's 分值 = 附件1
{
  let n = 0;
  for (const r of system.body) {
    if (isTotal(r)) continue;
    const x = tree.find((y) => y.third === r[2]);
    expect(x !== undefined, `表6 ${r[2]} in 附件1`);
    if (x) same(num(r[3]), x.w, `表6 ${r[2]} 分值 = 附件1`);
    n++;
  }
  expect(n === tree.length, `表6 ${n} 三级指标 = 附件1 ${tree.length}`);
}
// 表9 laid across: a column a first level; rows 分值 / 扣分 / 得分 / 得分率
{
  const row = (label) => rowOf(summary, label);
  FIRSTS.forEach((f, k) => {
    const c = 1 + k;
    expect(summary.head[c] === `${f}指标`, `表9 column ${c} is ${f}`);
    const [w, ded, score, rate] = ['分值', '扣分', '得分', '得分率'].map((l) => num(row(l)[c]));
    same(w, totalOf(of('first', f), 'w'), `表9 ${f} 分值 = 附件1`);
    same(ded, totalOf(of('first', f), 'ded'), `表9 ${f} 扣分 = 附件1`);
    same(score, totalOf(of('first', f), 'score'), `表9 ${f} 得分 = 附件1`);
    same(score, w.minus(ded), `表9 ${f} 得分 = 分值 − 扣分`);
    same(rate, pct(score, w), `表9 ${f} 得分率`);
  });
  for (const l of ['分值', '扣分', '得分'])
    same(num(row(l).at(-1)), add(row(l).slice(1, -1).map(num)), `表9 ${l} 合计 = 各一级之和`);
  same(num(row('得分率').at(-1)), pct(num(row('得分').at(-1)), D(100)), '表9 合计 得分率');
}
const TOTAL = num(rowOf(scoring, '合计')[6]);
const DEDUCTED = num(rowOf(scoring, '合计')[5]);

// ---- the sentences: money
const L = (k) => cell(layers, LAYER_NAMES[k], /下达/);
const A = (k) => cell(layers, LAYER_NAMES[k], /实际到位/);
{
  const [total, c, a, m, q] = grab(
    /共下达预算([\d,.]+)万元，其中中央财政补助资金([\d,.]+)万元、自治区财政补助资金([\d,.]+)万元、市级财政资金([\d,.]+)万元、旗县财政资金([\d,.]+)万元/,
  );
  same(total, cell(layers, '合计', /下达/), '一（二） 下达预算 = 表1');
  same(total, add([c, a, m, q]), '一（二） 下达 = 四级之和');
  [c, a, m, q].forEach((x, k) => same(x, L(k), `一（二） 下达 ${LAYER_NAMES[k]} = 表1`));
}
{
  const [total, rate] = grab(/全市实际到位资金([\d,.]+)万元，资金到位率([\d.]+%)/);
  same(total, cell(layers, '合计', /实际到位/), '一（二） 到位 = 表1');
  same(rate, rateOf(total, cell(layers, '合计', /下达/)), '一（二） 到位率');
  const parts = grab(
    /中央财政补助资金到位([\d,.]+)万元、自治区财政补助资金到位([\d,.]+)万元、市级财政资金到位([\d,.]+)万元、旗县财政资金到位([\d,.]+)万元/,
  );
  parts.forEach((x, k) => same(x, A(k), `一（二） 到位 ${LAYER_NAMES[k]} = 表1`));
  same(add(parts), total, '一（二） 四级到位之和 = 到位合计');
  const [plan, got, qr] = grab(/旗县财政资金应到位([\d,.]+)万元，实际到位([\d,.]+)万元，到位率([\d.]+%)/);
  same(plan, L(3), '旗县 应到位 = 表1');
  same(got, A(3), '旗县 到位 = 表1');
  same(qr, rateOf(got, plan), '旗县 到位率');
  const [carried] = grab(/年初有2023年结转资金([\d,.]+)万元/);
  same(carried, cell(places, '合计', /结转/), '结转 = 表2 合计');
}
{
  const [spent, got, rate, left] = grab(
    /全市累计支出([\d,.]+)万元，占到位资金([\d,.]+)万元的([\d.]+%)，尚未支出([\d,.]+)万元/,
  );
  same(spent, cell(places, '合计', /支出/), '支出 = 表2 合计');
  same(got, cell(places, '合计', /小计/), '到位 = 表2 合计');
  same(rate, rateOf(spent, got), '一（二） 执行率 = 支出 ÷ 到位');
  same(left, got.minus(spent), '尚未支出 = 到位 − 支出');
  const [lo, hi] = grab(/执行率在([\d.]+%)至([\d.]+%)之间/);
  const rates = places.body.filter((r) => !isTotal(r)).map((r) => num(r[8]));
  same(
    lo,
    rates.reduce((a, b) => (b.lt(a) ? b : a)),
    '执行率 最低',
  );
  same(
    hi,
    rates.reduce((a, b) => (b.gt(a) ? b : a)),
    '执行率 最高',
  );
  const [left2] = grab(/尚有([\d,.]+)万元未支出/);
  same(left2, got.minus(spent), '六（二） 未支出');
}
// 公租房
{
  const [stock, alloc, arate, task, hh, people, rate, money] = grab(
    /全市公租房保有量([\d,]+)套，实物配租在保([\d,]+)套，实物配租分配率([\d.]+%)；自治区下达租赁补贴任务([\d,]+)户，全年实际发放([\d,]+)户、保障([\d,]+)人，完成率([\d.]+%)，发放租赁补贴([\d,.]+)万元/,
  );
  const tot = (re) => cell(housing, '合计', re);
  same(stock, tot(/保有量/), '公租房 保有量 = 表3');
  same(alloc, tot(/实物配租/), '实物配租 = 表3');
  same(arate, rateOf(alloc, stock), '分配率');
  same(task, tot(/补贴任务/), '补贴任务 = 表3');
  same(hh, tot(/发放户数/), '发放户数 = 表3');
  same(people, tot(/保障人数/), '保障人数 = 表3');
  same(rate, rateOf(hh, task), '补贴完成率');
  same(money, tot(/发放金额/), '发放金额 = 表3');
  same(r2(num(rowOf(months, '合计')[3]).div(10000)), money, '附件3 合计（元）÷ 10000 = 发放金额');
  for (const m of text.matchAll(/([\u4e00-\u9fff]+?(?:区|市|县|旗))发放([\d,]+)户，完成率([\d.]+%)/g)) {
    const name = m[1].replace(/^.*?，/, '');
    same(num(m[2]), cell(housing, name, /发放户数/), `${name} 发放户数 = 表3`);
    same(num(m[3]), cell(housing, name, /完成率/), `${name} 完成率 = 表3`);
    expect(num(m[3]).gt(100), `${name} 超额完成 ${m[3]}`);
  }
}
// 棚改, 保租房, 配套
{
  const [task, started, rate, built, moved, invest] = grab(
    /开工任务([\d,]+)套，实际开工([\d,]+)套，开工完成率([\d.]+%)；当年基本建成([\d,]+)套（含以前年度开工项目），分配入住([\d,]+)套，完成投资([\d,.]+)万元/,
  );
  const tot = (c) => num(rowOf(shanty, '合计')[c + 1]);
  same(task, tot(1), '棚改 任务 = 表4');
  same(started, tot(2), '棚改 开工 = 表4');
  same(rate, rateOf(started, task), '棚改 开工完成率');
  same(built, tot(3), '棚改 基本建成 = 表4');
  same(moved, tot(4), '棚改 分配入住 = 表4');
  same(invest, tot(5), '棚改 投资 = 表4');
  const [rt, rd, rr] = grab(
    /保障性租赁住房筹集任务([\d,]+)套，涉及6个旗县市区，全年实际筹集([\d,]+)套，完成率([\d.]+%)/,
  );
  same(rt, cell(rental, '合计', /任务/), '保租房 任务 = 表5');
  same(rd, cell(rental, '合计', /实际/), '保租房 筹集 = 表5');
  same(rr, rateOf(rd, rt), '保租房 完成率');
  expect(rental.body.length - 1 === 6, '表5 six places');
  for (const m of text.matchAll(/([\u4e00-\u9fff]+?(?:区|市|县|旗))筹集([\d,]+)套，完成率([\d.]+%)/g)) {
    const name = m[1].replace(/^.*?。/, '');
    same(num(m[2]), cell(rental, name, /实际/), `${name} 筹集 = 表5`);
    same(num(m[3]), cell(rental, name, /完成率/), `${name} 筹集完成率 = 表5`);
  }
  const [n, plan, done, irate, fin, building, frate] = grab(
    /配套基础设施项目(\d+)个，计划投资([\d,.]+)万元，完成投资([\d,.]+)万元，投资完成率([\d.]+%)；已完工(\d+)个，在建(\d+)个，完工率([\d.]+%)/,
  );
  same(n, D(infraRows.length), '配套 项目数 = 附件5');
  same(plan, cell(infra, '合计', /计划/), '配套 计划 = 附件5');
  same(done, cell(infra, '合计', /完成投资/), '配套 完成 = 附件5');
  same(irate, rateOf(done, plan), '配套 投资完成率');
  same(fin, D(finished), '配套 完工 = 附件5');
  same(building, D(infraRows.length - finished), '配套 在建');
  same(frate, rateOf(fin, n), '配套 完工率');
}
// the survey
{
  const [sent, valid, happy, rate] = grab(
    /共发放问卷([\d,]+)份，回收有效问卷([\d,]+)份，其中表示“非常满意”和“满意”的([\d,]+)份，综合满意度([\d.]+%)/,
  );
  same(sent, cell(survey, '合计', /发放/), '问卷 发放 = 表8');
  same(valid, cell(survey, '合计', /有效/), '问卷 有效 = 表8');
  same(happy, cell(survey, '合计', /^满意/), '问卷 满意 = 表8');
  same(rate, rateOf(happy, valid), '问卷 满意度');
}

// ---- the sentences: scores and counts
{
  const [n1, n2, n3] = grab(/共设置一级指标(\d+)个、二级指标(\d+)个、三级指标(\d+)个/);
  same(n1, D(FIRSTS.length), '一级指标个数');
  same(n2, D(SECONDS.length), '二级指标个数');
  same(n3, D(tree.length), '三级指标个数 = 附件1');
  for (const m of text.matchAll(/(投入|过程|产出|效益)指标下设(\d+)个二级指标、(\d+)个三级指标/g)) {
    same(num(m[2]), D(new Set(of('first', m[1]).map((x) => x.second)).size), `${m[1]} 二级个数`);
    same(num(m[3]), D(of('first', m[1]).length), `${m[1]} 三级个数`);
  }
  const w = grab(/一级指标权重为投入(\d+)分、过程(\d+)分、产出(\d+)分、效益(\d+)分，合计100分/);
  FIRSTS.forEach((f, k) => same(w[k], totalOf(of('first', f), 'w'), `${f} 权重`));
  same(add(w), D(100), '权重合计 100');
  const [total, ded, grade] = grab(/综合得分([\d.]+)分，扣分([\d.]+)分，评价等级为“(.)”/);
  same(total, TOTAL, '三 综合得分 = 附件1 合计');
  same(ded, DEDUCTED, '三 扣分 = 附件1 合计');
  const band = grades.body.find((r) => {
    const lo = /^(\d+)分（含）/.exec(r[1]);
    const hi = /至(\d+)分$|^(\d+)分以下/.exec(r[1]);
    return (!lo || TOTAL.gte(lo[1])) && (!hi || TOTAL.lt(hi[1] ?? hi[2]));
  });
  expect(band?.[0] === grade, `等级 ${grade} = 表7 (${band?.[0]})`);
  const prose = grab(
    /其中投入指标得分([\d.]+)分，过程指标得分([\d.]+)分，产出指标得分([\d.]+)分，效益指标得分([\d.]+)分/,
  );
  FIRSTS.forEach((f, k) => same(prose[k], totalOf(of('first', f), 'score'), `三 ${f} 得分 = 附件1`));
  same(add(prose), total, '三 一级得分之和 = 综合得分');
}
// 四: the first-level headings (分值, 扣分, 得分), their 得分率 sentences, the second-level headings, the run-ins
for (const m of text.matchAll(
  /（[一二三四]）(投入|过程|产出|效益)指标（分值([\d.]+)分，扣分([\d.]+)分，得分([\d.]+)分）/g,
)) {
  const xs = of('first', m[1]);
  same(num(m[2]), totalOf(xs, 'w'), `四 ${m[1]} 标题 分值`);
  same(num(m[3]), totalOf(xs, 'ded'), `四 ${m[1]} 标题 扣分`);
  same(num(m[4]), totalOf(xs, 'score'), `四 ${m[1]} 标题 得分 = 附件1`);
  same(num(m[4]), num(m[2]).minus(num(m[3])), `四 ${m[1]} 标题 得分 = 分值 − 扣分`);
}
for (const m of text.matchAll(/(投入|过程|产出|效益)指标分值([\d.]+)分，得分([\d.]+)分，得分率([\d.]+%)/g)) {
  same(num(m[3]), totalOf(of('first', m[1]), 'score'), `四 ${m[1]} 得分`);
  same(num(m[4]), pct(num(m[3]), num(m[2])), `四 ${m[1]} 得分率 = 得分 ÷ 分值`);
}
for (const s of SECONDS) {
  const [w, score] = grab(new RegExp(`\\d\\.${s}（分值([\\d.]+)分，得分([\\d.]+)分）`));
  same(w, totalOf(of('second', s), 'w'), `四 ${s} 分值`);
  same(score, totalOf(of('second', s), 'score'), `四 ${s} 得分`);
}
for (const x of tree) {
  const [w, ded, score] = grab(new RegExp(`${x.third}（分值([\\d.]+)分，扣分([\\d.]+)分，得分([\\d.]+)分）`));
  same(w, x.w, `四 ${x.third} 分值`);
  same(ded, x.ded, `四 ${x.third} 扣分`);
  same(score, x.score, `四 ${x.third} 得分`);
}
// 五: each place's own figures against its rows
for (const m of text.matchAll(
  /\n([\u4e00-\u9fff]+?(?:区|县|旗|市))2024年实际到位资金([\d,.]+)万元，其中中央财政补助资金([\d,.]+)万元、旗县财政资金([\d,.]+)万元；支出([\d,.]+)万元，执行率([\d.]+%)。\1公租房保有量([\d,]+)套，实物配租在保([\d,]+)套，分配率([\d.]+%)；发放租赁补贴([\d,]+)户、([\d,]+)人，完成率([\d.]+%)，补贴标准(\d+)元\/㎡·月，全年发放([\d,.]+)元/g,
)) {
  const p = m[1];
  const r = rowOf(places, p);
  same(num(m[2]), num(r[5]), `五 ${p} 到位 = 表2`);
  same(num(m[3]), num(r[1]), `五 ${p} 中央 = 表2`);
  same(num(m[4]), num(r[4]), `五 ${p} 旗县 = 表2`);
  same(num(m[5]), num(r[7]), `五 ${p} 支出 = 表2`);
  same(num(m[6]), rateOf(num(m[5]), num(m[2])), `五 ${p} 执行率`);
  const h = rowOf(housing, p);
  [7, 8, 9].forEach((g, k) => same(num(m[g]), num(h[1 + k]), `五 ${p} 公租房 ${housing.head[1 + k]} = 表3`));
  same(num(m[10]), num(h[5]), `五 ${p} 补贴户数 = 表3`);
  same(num(m[11]), num(h[6]), `五 ${p} 人数 = 表3`);
  same(num(m[12]), num(h[7]), `五 ${p} 完成率 = 表3`);
  same(num(m[13]), num(h[8]), `五 ${p} 标准 = 表3`);
  same(num(m[14]), num(rowOf(months, `${p}小计`)[3]), `五 ${p} 发放（元）= 附件3 小计`);
  for (const s of text
    .slice(m.index)
    .split('\n')[1]
    .matchAll(/([\u4e00-\u9fff]+?项目)开工([\d,]+)套、基本建成([\d,]+)套/g)) {
    const row = shanty.body.find((x) => x.includes(s[1].replace(/^.*?，/, '')));
    expect(row !== undefined, `五 ${s[1]} in 表4`);
    if (row) {
      const o = row.length - 6;
      same(num(s[2]), num(row[o + 2]), `五 ${s[1]} 开工 = 表4`);
      same(num(s[3]), num(row[o + 3]), `五 ${s[1]} 基本建成 = 表4`);
    }
  }
}
expect((text.match(/\n[\u4e00-\u9fff]+?2024年实际到位资金/g) ?? []).length === 3, 'three 五 sections read');
// 六（一）: each short place's 旗县 到位 = 表2 and its rate
for (const m of text.matchAll(
  /([\u4e00-\u9fff]+?(?:区|市|县|旗))应到位([\d,.]+)万元，实际到位([\d,.]+)万元，到位率([\d.]+%)/g,
)) {
  const p = m[1].replace(/^.*?(；|。)/, '');
  if (p === '旗县财政资金') continue;
  same(num(m[3]), cell(places, p, /^实际到位旗县$/), `六 ${p} 旗县到位 = 表2`);
  same(num(m[4]), rateOf(num(m[3]), num(m[2])), `六 ${p} 到位率`);
}
// the fund's name: every "…市/盟YYYY年城镇保障性安居工程专项资金" is this city's and 2024's
{
  const names = [...text.matchAll(/([\u4e00-\u9fff]{2,6}?(?:市|盟))(\d{4})年城镇保障性安居工程专项资金/g)];
  expect(names.length >= 4, `the fund named ${names.length} times`);
  for (const m of names) {
    expect(m[1].endsWith('乌兰察布市'), `the fund's city: ${m[0]}`);
    expect(m[2] === '2024', `the fund's year: ${m[0]}`);
  }
}

console.log(`${dirty ? 'report' : 'control'}: ${checks()} checks, ${errors.length} errors`);
for (const e of errors) console.log('  ' + e);
process.exit(dirty ? 0 : errors.length ? 1 : 0);
