// An independent reader of report X's spec (the hand check): recomputes every total, subtotal and rate of its
// tables, the tables against each other (the lots of 表1 against the roads of 附件2 in m, the contracts of 表5 / 表6 /
// 表10 against each other and against the payments of 附件4, the 变更 of 表9 against 附件3 in 元, the quarters of 表8
// against the months of 附件7, the plant's months of 表12 against its 小计 rows), the scores (附件1 nested by code,
// 表13, 表15, the headings and run-ins of 七), and the sums, rates, counts, years and the project's name its sentences
// state, from the spec's own text (not from data.mjs). The clean control must give no error; the report gives
// exactly its injections and their cascades.
//   node scripts/make-fixtures/corpus-x/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, D, handCheck, num, pct, rowOf, r2, totalChecks, tableTitled, titledTables } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'x-wuhua-2023-2024.spec.md'));
const tables = titledTables(blocks);
const T = (re) => tableTitled(tables, re);
const isTotal = (r) => r[0] === '合计';
const isSub = (r) => /小计$/.test(r[0]);
const body = (t) => t.body.filter((r) => !isTotal(r) && !isSub(r));
const cell = (t, label, re) => num(rowOf(t, label)?.[col(t, re)]);
// columns that are not quantities to add up
const NOT_ADDED =
  /率|满意度|比例|序号|编码|日期|月份|开工|完工|COD|期次|累计|^权重$|^得分$|分值|道路|管径|管材|类型|标段$|合同$|单位|问题|变更编号|变更内容|实施范围|移交/;
const text = blocks
  .filter((b) => b.type === 'para' || b.type === 'heading')
  .map((b) => b.text)
  .join('\n');
/** the figure of the last group of `re` in the text, as a Decimal */
const grab = (re) => {
  const m = re.exec(text);
  expect(m !== null, `text has ${re}`);
  return m ? num(m[m.length - 1]) : null;
};
const wan = (x) => r2(x);
const days = (a, b) => (Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000;

// ---- each table on its own: 小计 rows (rows since the last 小计) and 合计 rows (the 小计 rows, or every row above)
for (const t of tables) {
  const added = (c) => !NOT_ADDED.test(t.head[c]);
  totalChecks(t, { isSub, isTotal, added, same, name: t.title.slice(0, 5) });
}

const lots = T(/^表1 /),
  sources = T(/^表2 /),
  spending = T(/^表3 /),
  targets = T(/^表4 /),
  bids = T(/^表5 /),
  contracts = T(/^表6 /),
  periods = T(/^表7 /),
  quarters = T(/^表8 /),
  changes = T(/^表9 /),
  audit = T(/^表10 /),
  assets = T(/^表11 /),
  plant = T(/^表12 /),
  system = T(/^表13 /),
  grades = T(/^表14 /),
  summary = T(/^表15 /),
  scoring = T(/^附件1 /),
  roads = T(/^附件2 /),
  changeList = T(/^附件3 /),
  payments = T(/^附件4 /),
  survey = T(/^附件5 /),
  sampled = T(/^附件6 /),
  monthly = T(/^附件7 /);
const LOTS = body(lots).map((r) => r[0]);
expect(LOTS.length === 5, `five lots in 表1 (${LOTS.length})`);
const CONTRACTS = body(bids).map((r) => r[0]);
expect(CONTRACTS.length === 9, `nine contracts in 表5 (${CONTRACTS.length})`);
const km = (m) => D(m).div(1000);

// ---- 表1 against 附件2 (m → km), and the wells
for (const lot of LOTS) {
  const rs = body(roads).filter((r) => r[1] === lot);
  const m = (kind) => add(rs.filter((r) => r[5] === kind).map((r) => num(r[6])));
  same(cell(lots, lot, /新建/), km(m('新建')), `表1 ${lot} 新建 km = 附件2 新建 m ÷ 1000`);
  same(cell(lots, lot, /修复/), km(m('修复')), `表1 ${lot} 修复 km = 附件2 修复 m ÷ 1000`);
  same(cell(lots, lot, /检查井/), add(rs.map((r) => num(r[7]))), `表1 ${lot} 检查井 = 附件2`);
  same(
    cell(assets, lot, /管网长度/),
    cell(lots, lot, /新建/).plus(cell(lots, lot, /修复/)),
    `表11 ${lot} 管网 = 表1 新建 + 修复`,
  );
  same(cell(assets, lot, /泵站/), cell(lots, lot, /泵站/), `表11 ${lot} 泵站 = 表1`);
}
same(
  cell(roads, '合计', /长度/).div(1000),
  cell(lots, '合计', /新建/).plus(cell(lots, '合计', /修复/)),
  '附件2 合计 m = 表1 新建 + 修复 km',
);

// ---- 表2: a row's 合计 and 到位率; 表3: a row's 合计
for (const r of sources.body) {
  const [p23, a23, p24, a24, p, a, ar] = r.slice(1).map(num);
  same(p, p23.plus(p24), `表2 ${r[0]} 计划合计`);
  same(a, a23.plus(a24), `表2 ${r[0]} 到位合计`);
  same(ar, pct(a, p), `表2 ${r[0]} 到位率`);
}
for (const r of spending.body) same(num(r[3]), num(r[1]).plus(num(r[2])), `表3 ${r[0]} 合计`);

// ---- 表5, 表6, 表10, 附件4: the contracts
const payRows = payments.body;
for (const name of CONTRACTS) {
  const [ceil, bid, save, rate] = [/控制价/, /中标价/, /节约额/, /节约率/].map((re) => cell(bids, name, re));
  same(save, ceil.minus(bid), `表5 ${name} 节约额`);
  same(rate, pct(save, ceil), `表5 ${name} 节约率`);
  same(cell(contracts, name, /^合同价$/), bid, `表6 ${name} 合同价 = 表5 中标价`);
  const paid = cell(contracts, name, /已付款/);
  same(
    cell(contracts, name, /付款比例/),
    pct(paid, cell(contracts, name, /^合同价$/)),
    `表6 ${name} 付款比例 = 已付款 ÷ 合同价`,
  );
  same(num(rowOf(payments, `${name}小计`)?.[4]), paid, `附件4 ${name} 小计 = 表6 已付款`);
  // 累计 runs through the contract's payments
  let acc = D(0);
  for (const r of payRows.filter((x) => x[1] === name)) {
    acc = acc.plus(num(r[4]));
    same(num(r[5]), acc, `附件4 ${name} ${r[2]} 累计`);
  }
  for (const [re, label] of [
    [/^合同价$/, '合同价'],
    [/送审/, '送审'],
    [/审定/, '审定'],
  ])
    same(cell(audit, name, re), cell(contracts, name, re), `表10 ${name} ${label} = 表6`);
  const [sub, aud, cut, cr] = [/送审/, /审定/, /核减金额/, /核减率/].map((re) => cell(audit, name, re));
  same(cut, sub.minus(aud), `表10 ${name} 核减 = 送审 − 审定`);
  same(cr, pct(cut, sub), `表10 ${name} 核减率`);
}
for (const [t, re, label] of [
  [contracts, /付款比例/, '表6 合计 付款比例'],
  [audit, /核减率/, '表10 合计 核减率'],
  [bids, /节约率/, '表5 合计 节约率'],
]) {
  const base = t === contracts ? [/已付款/, /^合同价$/] : t === audit ? [/核减金额/, /送审/] : [/节约额/, /控制价/];
  same(cell(t, '合计', re), pct(cell(t, '合计', base[0]), cell(t, '合计', base[1])), label);
}
same(cell(audit, '合计', /审定/), cell(contracts, '合计', /审定/), '表10 合计 审定 = 表6');
// 表3: the payments by year of 附件4 (施工 / 服务)
const paidIn = (year, lotsOnly) =>
  add(
    payRows
      .filter((r) => /^\d+$/.test(r[0]) && r[3].startsWith(year) && /^施工/.test(r[1]) === lotsOnly)
      .map((r) => num(r[4])),
  );
for (const y of ['2023', '2024']) {
  same(cell(spending, '施工合同付款', new RegExp(y)), paidIn(y, true), `表3 施工 ${y} = 附件4`);
  same(cell(spending, '工程建设其他服务合同付款', new RegExp(y)), paidIn(y, false), `表3 服务 ${y} = 附件4`);
}

// ---- 表7 delays; 表8 = 附件7's quarter ends
for (const r of periods.body) same(num(r[5]), D(Math.max(0, days(r[3], r[4]))), `表7 ${r[0]} 延期天数`);
const QN = quarters.head.slice(1);
for (const lot of LOTS) {
  const aud = cell(audit, `施工${lot}`, /审定/);
  const ms = monthly.body.filter((r) => r[0] === lot);
  let acc = D(0);
  for (const r of ms) {
    acc = acc.plus(num(r[2]));
    same(num(r[3]), acc, `附件7 ${lot} ${r[1]} 累计`);
    same(num(r[4]), pct(acc, aud), `附件7 ${lot} ${r[1]} 比例 = 累计 ÷ 表10 审定`);
  }
  same(num(rowOf(monthly, `${lot}小计`)[2]), aud, `附件7 ${lot} 小计 = 表10 审定`);
  QN.forEach((q, k) => {
    const [, y, n] = /(\d{4})年(.)季度/.exec(q);
    const end = `${y}年${'一二三四'.indexOf(n) * 3 + 3}月`;
    const row = ms.find((r) => r[1] === end);
    const stated = num(rowOf(quarters, lot)[k + 1]);
    if (row) same(stated, num(row[4]), `表8 ${lot} ${q} = 附件7 ${end}`);
    else expect(stated.eq(0) || stated.eq(100), `表8 ${lot} ${q}: no month (${stated} is 0 or 100)`);
  });
}

// ---- 表9 against 附件3 (元)
for (const lot of LOTS) {
  const xs = body(changeList)
    .filter((r) => r[2] === lot)
    .map((r) => num(r[4]));
  same(cell(changes, lot, /项数/), D(xs.length), `表9 ${lot} 项数 = 附件3`);
  same(cell(changes, lot, /增加金额/), add(xs.filter((x) => x.gt(0))), `表9 ${lot} 增加 = 附件3`);
  same(cell(changes, lot, /减少金额/), add(xs.filter((x) => x.lt(0))).abs(), `表9 ${lot} 减少 = 附件3`);
  same(
    cell(changes, lot, /净增加/),
    cell(changes, lot, /增加金额/).minus(cell(changes, lot, /减少金额/)),
    `表9 ${lot} 净 = 增 − 减`,
  );
}
same(cell(changes, '合计', /净增加/), num(rowOf(changeList, '合计')[4]), '表9 合计 = 附件3 合计');

// ---- 表12: each month's rates; each year's 小计 (COD the mean of the months)
const rowsOfYear = (y) => plant.body.filter((r) => r[0].startsWith(`${y}年`) && !isSub(r));
for (const r of plant.body) {
  const [, , cin, cout, cr, d, ok, okr] = r.map(num);
  if (!isSub(r)) same(cr, pct(cin.minus(cout), cin), `表12 ${r[0]} 削减率`);
  same(okr, pct(ok, d), `表12 ${r[0]} 达标率`);
}
for (const y of ['2023', '2024']) {
  const ms = rowsOfYear(y);
  expect(ms.length === 12, `表12 ${y}: 12 months`);
  const sub = rowOf(plant, `${y}年小计`);
  same(num(sub[2]), r2(add(ms.map((r) => num(r[2]))).div(12)), `表12 ${y} 进水COD 月均`);
  same(num(sub[3]), r2(add(ms.map((r) => num(r[3]))).div(12)), `表12 ${y} 出水COD 月均`);
}

// ---- scores: 附件1 nested by code, 表13, 表15
const codeRows = scoring.body.filter((r) => /^\d(\.\d)*$/.test(r[0]));
const kids = (code) =>
  codeRows.filter((r) => r[0].startsWith(code + '.') && r[0].split('.').length === code.split('.').length + 1);
for (const r of codeRows) {
  const ks = kids(r[0]);
  if (!ks.length) continue;
  same(num(r[2]), add(ks.map((k) => num(k[2]))), `附件1 ${r[0]} 权重 = 下级之和`);
  same(num(r[4]), add(ks.map((k) => num(k[4]))), `附件1 ${r[0]} 得分 = 下级之和`);
}
const firsts = codeRows.filter((r) => !r[0].includes('.'));
const seconds = codeRows.filter((r) => r[0].split('.').length === 2);
const thirds = codeRows.filter((r) => r[0].split('.').length === 3);
same(num(rowOf(scoring, '合计')[2]), add(firsts.map((r) => num(r[2]))), '附件1 合计 权重');
same(num(rowOf(scoring, '合计')[4]), add(thirds.map((r) => num(r[4]))), '附件1 合计 得分 = 三级之和');
same(num(rowOf(scoring, '合计')[4]), add(firsts.map((r) => num(r[4]))), '附件1 合计 得分 = 一级之和');
for (const r of thirds) {
  const s = system.body.find((x) => x.includes(r[0]));
  expect(s !== undefined, `表13 has ${r[0]}`);
  if (s) same(num(s[s.indexOf(r[0]) + 2]), num(r[2]), `表13 ${r[0]} 分值 = 附件1`);
  expect(num(r[4]).lte(num(r[2])), `附件1 ${r[0]} 得分 ≤ 权重`);
}
for (const r of summary.body.filter((x) => !isTotal(x))) {
  const f = rowOf(scoring, r[0]);
  same(num(r[2]), num(f[2]), `表15 ${r[1]} 权重 = 附件1`);
  same(num(r[3]), add(kids(r[0]).map((k) => num(k[4]))), `表15 ${r[1]} 得分 = 附件1 二级之和`);
  same(num(r[4]), pct(num(r[3]), num(r[2])), `表15 ${r[1]} 得分率`);
}
const TOTAL = add(thirds.map((r) => num(r[4])));
same(num(rowOf(summary, '合计')[3]), TOTAL, '表15 合计 得分 = 附件1 三级之和');
const GRADE = (x) => (x.gte(90) ? '优' : x.gte(80) ? '良' : x.gte(60) ? '中' : '差');
expect(grades.body.length === 4, '表14 four grades');

// ---- sentences
// 一（二）: the count of lots, the totals and each lot's clause
same(grab(/施工共划分为(\d+)个标段/), D(LOTS.length), '一（二） 标段数 = 表1');
same(grab(/批复工程量为新建污水管网([\d.]+)km/), cell(lots, '合计', /新建/), '一（二） 新建 km = 表1');
same(grab(/修复改造管网([\d.]+)km/), cell(lots, '合计', /修复/), '一（二） 修复 km = 表1');
same(grab(/一体化提升泵站(\d+)座、接户/), cell(lots, '合计', /泵站/), '一（二） 泵站 = 表1');
for (const lot of LOTS) {
  const m = new RegExp(
    `${lot}（[^）]+）新建管网([\\d.]+)km、修复管网([\\d.]+)km、提升泵站(\\d+)座、接户([\\d,]+)户`,
  ).exec(text);
  expect(m !== null, `一（二） ${lot} clause`);
  if (!m) continue;
  same(num(m[1]), cell(lots, lot, /新建/), `一（二） ${lot} 新建`);
  same(num(m[2]), cell(lots, lot, /修复/), `一（二） ${lot} 修复`);
  same(num(m[3]), cell(lots, lot, /泵站/), `一（二） ${lot} 泵站`);
  same(num(m[4]), cell(lots, lot, /接户/), `一（二） ${lot} 接户`);
}
// 一（三）: the sources, the arrived money by year
same(grab(/批复概算总投资([\d,.]+)万元，资金来源/), cell(sources, '合计', /计划合计/), '一（三） 概算 = 表2 计划合计');
const srcRow = (re) => sources.body.find((r) => re.test(r[0]));
same(grab(/地方政府专项债券([\d,.]+)万元（2023年/), num(srcRow(/专项债/)[5]), '一（三） 专项债 = 表2');
same(grab(/2023年发行([\d,.]+)万元/), num(srcRow(/专项债/)[1]), '一（三） 专项债 2023');
same(grab(/2024年发行([\d,.]+)万元/), num(srcRow(/专项债/)[3]), '一（三） 专项债 2024');
same(grab(/中央预算内投资([\d,.]+)万元，省级/), num(srcRow(/中央/)[5]), '一（三） 中央 = 表2');
same(grab(/省级财政补助资金([\d,.]+)万元，县级/), num(srcRow(/省级/)[5]), '一（三） 省级 = 表2');
same(grab(/县级财政资金([\d,.]+)万元（含/), num(srcRow(/县级/)[5]), '一（三） 县级 = 表2');
const arrived = grab(/累计到位资金([\d,.]+)万元，资金到位率/);
same(arrived, cell(sources, '合计', /到位合计/), '一（三） 累计到位 = 表2');
same(grab(/资金到位率([\d.]+)%/), pct(arrived, cell(sources, '合计', /计划合计/)), '一（三） 到位率');
const a23 = grab(/其中2023年到位([\d,.]+)万元/);
const a24 = grab(/2023年到位[\d,.]+万元、2024年到位([\d,.]+)万元/);
same(a23, cell(sources, '合计', /2023年到位/), '一（三） 2023年到位 = 表2');
same(a24, cell(sources, '合计', /2024年到位/), '一（三） 2024年到位 = 表2');
same(a23.plus(a24), arrived, '一（三） 2023 + 2024 到位 = 累计到位');
const cPlan = grab(/县级财政资金应到位([\d,.]+)万元/);
const cArr = grab(/县级财政资金应到位[\d,.]+万元，实际到位([\d,.]+)万元/);
same(cArr, num(srcRow(/县级/)[6]), '一（三） 县级 实际到位 = 表2');
same(
  grab(/县级财政资金应到位[\d,.]+万元，实际到位[\d,.]+万元，到位率([\d.]+)%/),
  pct(cArr, cPlan),
  '一（三） 县级 到位率',
);
// 一（四）
const spent = grab(/项目累计支出([\d,.]+)万元/);
same(spent, cell(spending, '合计', /合计/), '一（四） 累计支出 = 表3');
same(grab(/其中2023年支出([\d,.]+)万元/), cell(spending, '合计', /2023/), '一（四） 2023 支出');
same(grab(/2024年支出([\d,.]+)万元；/), cell(spending, '合计', /2024/), '一（四） 2024 支出');
same(grab(/预算执行率（累计支出÷到位资金）([\d.]+)%/), pct(spent, arrived), '一（四） 执行率 = 支出 ÷ 到位');
same(grab(/结余([\d,.]+)万元/), arrived.minus(spent), '一（四） 结余');
// 二
same(grab(/招标控制价合计([\d,.]+)万元/), cell(bids, '合计', /控制价/), '二 控制价合计 = 表5');
same(grab(/中标价合计([\d,.]+)万元/), cell(bids, '合计', /中标价/), '二 中标价合计 = 表5');
same(grab(/中标价合计[\d,.]+万元，节约([\d,.]+)万元，节约率([\d.]+)%/), cell(bids, '合计', /节约率/), '二 节约率');
for (const lot of LOTS) {
  const m = new RegExp(`${lot}招标控制价([\\d,.]+)万元、中标价([\\d,.]+)万元、节约率([\\d.]+)%`).exec(text);
  expect(m !== null, `二 ${lot} clause`);
  if (!m) continue;
  same(num(m[1]), cell(bids, `施工${lot}`, /控制价/), `二 ${lot} 控制价`);
  same(num(m[2]), cell(bids, `施工${lot}`, /中标价/), `二 ${lot} 中标价`);
  same(num(m[3]), pct(num(m[1]).minus(num(m[2])), num(m[1])), `二 ${lot} 节约率`);
}
const paidAll = grab(/9份合同已付款合计([\d,.]+)万元/);
same(paidAll, add(body(contracts).map((r) => num(r[4]))), '二 已付款合计 = 表6 逐项之和');
same(paidAll, num(rowOf(payments, '合计')[4]), '二 已付款合计 = 附件4 合计');
same(grab(/占合同价合计的([\d.]+)%/), pct(paidAll, cell(contracts, '合计', /^合同价$/)), '二 已付款占合同价');
// 三（一）
for (const r of periods.body.filter((x) => num(x[5]).gt(0))) {
  const m = new RegExp(`${r[0]}计划(\\d+)年(\\d+)月(\\d+)日完工、实际(\\d+)年(\\d+)月(\\d+)日完工，延期(\\d+)天`).exec(
    text,
  );
  expect(m !== null, `三（一） ${r[0]} clause`);
  if (m) same(num(m[7]), num(r[5]), `三（一） ${r[0]} 延期 = 表7`);
}
same(
  grab(/个标段中，(\d+)个按合同工期完工/),
  D(periods.body.filter((x) => num(x[5]).eq(0)).length),
  '三（一） 按期完工标段数',
);
// 三（二）: 元 and 万元
const nChg = grab(/设计变更及现场签证(\d+)项/);
same(nChg, cell(changes, '合计', /项数/), '三（二） 项数 = 表9');
same(grab(/设计变更及现场签证\d+项，增加金额([\d,.]+)元/), cell(changes, '合计', /增加金额/), '三（二） 增加 = 表9');
same(grab(/减少金额([\d,.]+)元/), cell(changes, '合计', /减少金额/), '三（二） 减少 = 表9');
const netYuan = grab(/净增加([\d,.]+)元/);
same(netYuan, cell(changes, '合计', /净增加/), '三（二） 净增加 = 表9');
const netWan = grab(/净增加[\d,.]+元（约([\d,.]+)万元）/);
same(netWan, wan(netYuan.div(10000)), '三（二） 元 → 万元');
const lotContracts = add(
  body(contracts)
    .filter((r) => /^施工/.test(r[0]))
    .map((r) => num(r[1])),
);
same(grab(/占施工合同价合计的([\d.]+)%/), pct(netYuan.div(10000), lotContracts), '三（二） 占施工合同价');
same(
  grab(/单项金额30万元以上的变更(\d+)项/),
  D(body(changeList).filter((r) => num(r[4]).abs().gte(300000)).length),
  '三（二） 30万元以上 = 附件3',
);
// 三（三）
same(grab(/送审金额合计([\d,.]+)万元/), add(body(audit).map((r) => num(r[2]))), '三（三） 送审合计 = 表10 逐项');
const audSum = grab(/审定金额合计([\d,.]+)万元/);
same(audSum, add(body(audit).map((r) => num(r[3]))), '三（三） 审定合计 = 表10 逐项');
same(grab(/审定金额合计[\d,.]+万元，核减([\d,.]+)万元/), add(body(audit).map((r) => num(r[4]))), '三（三） 核减合计');
same(
  grab(/综合核减率([\d.]+)%/),
  pct(add(body(audit).map((r) => num(r[4]))), add(body(audit).map((r) => num(r[2])))),
  '三（三） 综合核减率',
);
const lotAudit = body(audit).filter((r) => /^施工/.test(r[0]));
const [ls, la] = [2, 3].map((c) => add(lotAudit.map((r) => num(r[c]))));
same(grab(/5个施工标段送审([\d,.]+)万元/), ls, '三（三） 施工送审');
same(grab(/5个施工标段送审[\d,.]+万元，审定([\d,.]+)万元/), la, '三（三） 施工审定');
same(
  grab(/5个施工标段送审[\d,.]+万元，审定[\d,.]+万元，核减率([\d.]+)%/),
  pct(ls.minus(la), ls),
  '三（三） 施工核减率',
);
for (const lot of LOTS) {
  const m = new RegExp(`${lot}送审([\\d,.]+)万元，审定([\\d,.]+)万元，核减([\\d,.]+)万元，核减率([\\d.]+)%`).exec(text);
  expect(m !== null, `三（三） ${lot} clause`);
  if (!m) continue;
  const [s, a, c, r] = m.slice(1).map(num);
  same(s, cell(audit, `施工${lot}`, /送审/), `三（三） ${lot} 送审 = 表10`);
  same(a, cell(audit, `施工${lot}`, /审定/), `三（三） ${lot} 审定 = 表10`);
  same(c, s.minus(a), `三（三） ${lot} 核减 = 送审 − 审定`);
  same(r, pct(c, s), `三（三） ${lot} 核减率 = 核减 ÷ 送审`);
}
// 三（四）
same(
  grab(/(\d+)个标段完成资产移交/),
  D(assets.body.filter((r) => /^\d{4}-/.test(r[4])).length),
  '三（四） 移交标段数 = 表11',
);
// 四
const sub23 = rowOf(plant, '2023年小计');
const sub24 = rowOf(plant, '2024年小计');
same(grab(/2024年全年处理污水([\d,.]+)万吨/), num(sub24[1]), '四 2024 处理量 = 表12');
same(grab(/较2023年的([\d,.]+)万吨/), num(sub23[1]), '四 2023 处理量 = 表12');
same(grab(/万吨增加([\d,.]+)万吨/), num(sub24[1]).minus(num(sub23[1])), '四 增加');
same(grab(/进水COD月均浓度由2023年的([\d.]+)mg\/L/), num(sub23[2]), '四 2023 进水COD');
same(grab(/提高到2024年的([\d.]+)mg\/L/), num(sub24[2]), '四 2024 进水COD');
same(grab(/出水COD月均浓度([\d.]+)mg\/L/), num(sub24[3]), '四 2024 出水COD');
same(grab(/2024年运行(\d+)天/), num(sub24[5]), '四 运行天数');
same(grab(/出水达标(\d+)天/), num(sub24[6]), '四 达标天数');
same(grab(/全年出水达标率([\d.]+)%/), num(sub24[7]), '四 全年达标率 = 表12');
for (const m of text.matchAll(/(\d+)月达标率([\d.]+)%/g))
  same(num(m[2]), num(rowOf(plant, `2024年${m[1]}月`)[7]), `四 2024年${m[1]}月 达标率 = 表12`);
// 五
same(grab(/下设二级指标(\d+)个/), D(seconds.length), '五（二） 二级指标数 = 附件1');
same(grab(/三级指标(\d+)个，指标编码/), D(thirds.length), '五（二） 三级指标数 = 附件1');
const nRoads = body(roads).length;
const nSample = body(sampled).length;
same(grab(/抽取管网路段(\d+)条/), D(nSample), '五（三） 抽测路段数 = 附件6');
same(grab(/占附件2路段数(\d+)条/), D(nRoads), '五（三） 路段数 = 附件2');
same(grab(/占附件2路段数\d+条的([\d.]+)%/), pct(D(nSample), D(nRoads)), '五（三） 抽测占比');
same(grab(/抽测长度合计([\d,]+)m/), num(rowOf(sampled, '合计')[5]), '五（三） 抽测长度 = 附件6');
same(grab(/结算长度合计([\d,]+)m/), num(rowOf(sampled, '合计')[4]), '五（三） 结算长度 = 附件6');
for (const r of sampled.body) {
  same(num(r[6]), num(r[5]).minus(num(r[4])), `附件6 ${r[0]} 偏差`);
  same(num(r[7]), pct(num(r[6]), num(r[4])), `附件6 ${r[0]} 偏差率`);
  expect(num(r[7]).abs().lte(1), `附件6 ${r[0]} 偏差率在±1%以内`);
  if (!isTotal(r)) {
    const road = body(roads).find((x) => x[1] === r[1] && x[2] === r[2]);
    expect(road !== undefined && num(road[6]).eq(num(r[4])), `附件6 ${r[2]} 结算长度 = 附件2`);
  }
}
const issued = grab(/发放问卷(\d+)份/);
const valid = grab(/回收有效问卷(\d+)份，有效率/);
same(grab(/有效率([\d.]+)%/), pct(valid, issued), '五（三） 有效率');
// 附件5
for (const r of body(survey)) {
  same(add([2, 3, 4].map((c) => num(r[c]))), valid, `附件5 ${r[0]} 三项之和 = 有效问卷`);
  same(num(r[5]), pct(num(r[2]).plus(num(r[3])), valid), `附件5 ${r[0]} 满意度`);
}
const sRow = rowOf(survey, '合计');
const sat = num(sRow[2]).plus(num(sRow[3]));
same(num(sRow[5]), pct(sat, valid.times(body(survey).length)), '附件5 总体满意度');
same(grab(/总体满意度为各题满意及基本满意人次之和÷（有效问卷数×题数）＝([\d,]+)÷/), sat, '附件5 满意人次');
same(grab(/＝[\d,]+÷([\d,]+)＝/), valid.times(body(survey).length), '附件5 有效数×题数');
// 六, 七: the total, first levels, headings and run-ins
const total = grab(/本项目综合得分([\d.]+)分/);
same(total, TOTAL, '六 综合得分 = 附件1 三级之和');
expect(new RegExp(`评价等级为“${GRADE(TOTAL)}”`).test(text), `六 等级 ${GRADE(TOTAL)}`);
for (const f of firsts) {
  const name = f[1];
  const own = add(kids(f[0]).map((k) => num(k[4])));
  same(grab(new RegExp(`(?:其中|，)${name}得([\\d.]+)分`)), own, `六 ${name} 得分`);
  const h = new RegExp(`（.）${name}（权重(\\d+)分，得分([\\d.]+)分）`).exec(text);
  expect(h !== null, `七 ${name} heading`);
  if (h) {
    same(num(h[1]), num(f[2]), `七 ${name} 权重`);
    same(num(h[2]), own, `七 ${name} 得分 = 二级之和`);
  }
  const s = new RegExp(`${name}指标下设(\\d+)个二级指标、(\\d+)个三级指标，得分率([\\d.]+)%`).exec(text);
  expect(s !== null, `七 ${name} 下设`);
  if (s) {
    same(num(s[1]), D(kids(f[0]).length), `七 ${name} 二级数`);
    same(num(s[2]), D(thirds.filter((t) => t[0].startsWith(f[0] + '.')).length), `七 ${name} 三级数`);
    same(num(s[3]), pct(own, num(f[2])), `七 ${name} 得分率`);
  }
}
for (const r of [...seconds, ...thirds]) {
  const m = new RegExp(`${r[0].replace(/\./g, '\\.')} ${r[1]}（权重([\\d.]+)分，得分([\\d.]+)分）`).exec(text);
  expect(m !== null, `七 ${r[0]} heading or run-in`);
  if (!m) continue;
  same(num(m[1]), num(r[2]), `七 ${r[0]} 权重 = 附件1`);
  same(num(m[2]), num(r[4]), `七 ${r[0]} 得分 = 附件1`);
}
// 得分＝权重×率 (2.1.1, 2.1.2, 4.4.1), the rates from the tables
const rateOf = (code) =>
  new RegExp(`得分＝(\\d+)×([\\d.]+)%＝([\\d.]+)分`).exec(text.slice(text.indexOf(`${code} `, text.indexOf('七、'))));
for (const [code, want] of [
  ['2.1.1', pct(arrived, cell(sources, '合计', /计划合计/))],
  ['2.1.2', pct(spent, arrived)],
  ['4.4.1', num(sRow[5])],
]) {
  const m = rateOf(code);
  expect(m !== null, `七 ${code} 得分＝权重×率`);
  if (!m) continue;
  same(num(m[2]), want, `七 ${code} 率`);
  same(num(m[3]), r2(num(m[1]).times(num(m[2])).div(100)), `七 ${code} 得分 = 权重 × 率`);
  same(num(m[3]), num(rowOf(scoring, code)[4]), `七 ${code} = 附件1`);
}
same(
  grab(/已接([\d,]+)户/),
  num(targets.body.find((r) => r.includes('接户数量'))[3].replace('户', '')),
  '3.1.4 已接 = 表4',
);
same(grab(/应接户([\d,]+)户/), cell(lots, '合计', /接户/), '3.1.4 应接户 = 表1');
same(grab(/已接[\d,]+户，完成率([\d.]+)%/), pct(grab(/已接([\d,]+)户/), cell(lots, '合计', /接户/)), '3.1.4 完成率');
same(
  grab(/按期完工率([\d.]+)%/),
  pct(D(periods.body.filter((x) => num(x[5]).eq(0)).length), D(LOTS.length)),
  '3.3.1 按期完工率',
);
// 八: 县级 gap
same(grab(/2024年缺口([\d,.]+)万元/), num(srcRow(/县级/)[3]).minus(num(srcRow(/县级/)[4])), '八（一） 县级 2024 缺口');

// ---- the project's name and the years that date it
const NAME = /项目名称：(\S+?)（2023—2024年）/.exec(text)[1];
expect(NAME === '五华县城镇污水管网建设及提质增效工程', `the cover names the project (${NAME})`);
// every "…县/市…工程" mention is the project's own name (a typo, another county's project or a year inside it is not)
for (const m of text.matchAll(/[\u4e00-\u9fa5\d]{2,4}[县市][\u4e00-\u9fa5\d]{2,24}?工程/g)) {
  const mention = m[0].replace(/^.*?(?=[\u4e00-\u9fa5]{2}[县市])/, '');
  expect(
    mention === NAME || !mention.endsWith('工程') || /^\S*?(?:项目中心)/.test(mention),
    `“${mention}” is the project's name`,
  );
}
for (const m of text.matchAll(/(\d{4})年(?:度)?五华县城镇污水|五华县(\d{4})年(?:度)?城镇污水/g)) {
  const y = Number(m[1] ?? m[2]);
  expect(y >= 2023 && y <= 2024, `a year dating the project: ${m[0]}`);
}

if (errors.length) {
  console.log(
    `${dirty ? 'report' : 'control'}: ${errors.length} errors of ${checks()} checks\n  ${errors.join('\n  ')}`,
  );
  process.exit(dirty ? 0 : 1);
}
console.log(`${dirty ? 'report' : 'control'}: ${checks()} checks, 0 errors`);
