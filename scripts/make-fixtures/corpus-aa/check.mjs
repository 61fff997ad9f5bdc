// An independent reader of report AA's spec (the hand check): recomputes every total, row sum and rate of its
// tables, the tables against each other (表3 / 表4 / 表2 funds, 表4's four kinds against 表9—表12, 表13 against 表11,
// 表14's 2024 column against them, 表15's cases against 表1's rates, 表7 against 表17, 附件3's months against 表4),
// and the figures, scores, counts, grade, targets, contents, years and the fund's name its sentences state — from the
// spec's own text, not from data.mjs. The clean control must give no error; the report gives its injections and
// their cascades.
//   node scripts/make-fixtures/corpus-aa/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, D, handCheck, num, pct, r2, tableTitled, titledTables, totalChecks } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'aa-baishan-2024.spec.md'));
const tables = titledTables(blocks);
const T = (n) => tableTitled(tables, new RegExp(`^表${n} `));
const isTotal = (r) => r[0] === '合计';
const isSub = () => false;
const NOT_ADDED =
  /率|比例|序号|编号|日期|文号|级次|标准|次均|姓名|类别|方式|限额|等级|月份|县（市、区）$|^项目$|目标|完成|满意度/;
const paras = blocks.filter((b) => b.type === 'para' || b.type === 'heading').map((b) => b.text);
const text = paras.join('\n');
const COUNTIES = ['浑江区', '江源区', '临江市', '抚松县', '靖宇县', '长白朝鲜族自治县'];
const gradeOf = (s) => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');
const row = (t, label, c = 0) => t.body.find((r) => r[c] === label);
const total = (t) => t.body.find(isTotal);
const at = (t, r, re) => num(r[col(t, re)]);
const all = (re) => [...text.matchAll(re)];

// ---- each table on its own: 合计 rows against every row above (a column of quantities)
for (const t of tables) {
  if (/^表(5|6|17) /.test(t.title) || /附件[12]/.test(t.title)) continue; // no quantities to add / checked below
  totalChecks(t, { isSub, isTotal, added: (c) => !NOT_ADDED.test(t.head[c]), same, name: t.title.slice(0, 4) });
}

const [t1, t2, t3, t4, t5, , t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17] = Array.from({ length: 17 }, (_, i) =>
  T(i + 1),
);
const months = tables.find((t) => /^附件3 /.test(t.title));

// ---- 表3: each county's four levels add to its 合计; 表2's documents by level = 表3's level totals
for (const r of t3.body) same(num(r[6]), add([2, 3, 4, 5].map((c) => num(r[c]))), `表3 ${r[1]} 四级合计`);
for (const [c, level] of [
  [2, '中央'],
  [3, '省级'],
  [4, '市级'],
  [5, '县级'],
])
  same(
    add(t2.body.filter((r) => r[3] === level).map((r) => num(r[4]))),
    num(total(t3)[c]),
    `表2 ${level} = 表3 ${level}合计`,
  );
same(num(total(t2)[4]), num(total(t3)[6]), '表2 合计 = 表3 合计');

// ---- 表4: 支出合计 = its four kinds, 下达 = 表3, 结余, 执行率; the kinds = the detail tables
for (const r of t4.body) {
  const [ins, cli, hos, tilt, paid, got, left, rate] = r.slice(1).map(num);
  same(paid, add([ins, cli, hos, tilt]), `表4 ${r[0]} 支出合计`);
  same(left, got.minus(paid), `表4 ${r[0]} 结余`);
  same(rate, pct(paid, got), `表4 ${r[0]} 执行率`);
  if (r[0] === '合计') continue;
  same(got, num(row(t3, r[0], 1)[6]), `表4 ${r[0]} 下达 = 表3`);
  same(ins, num(row(t9, r[0])[6]).div(10000), `表4 ${r[0]} 资助参保 = 表9（元）÷ 10000`);
  same(cli, num(row(t10, r[0], 1)[3]), `表4 ${r[0]} 门诊 = 表10`);
  same(hos, num(row(t11, r[0], 1)[3]), `表4 ${r[0]} 住院 = 表11`);
  same(tilt, num(row(t12, r[0], 1)[3]), `表4 ${r[0]} 倾斜 = 表12`);
  same(paid, num(total(months)[COUNTIES.indexOf(r[0]) + 1]), `附件3 ${r[0]} 全年 = 表4`);
}
const paid = num(total(t4)[5]),
  got = num(total(t4)[6]);
// the kinds' totals: 表4 合计 against the detail tables' 合计 rows
same(num(total(t4)[1]), num(total(t9)[6]).div(10000), '表4 资助参保合计 = 表9');
same(num(total(t4)[2]), num(total(t10)[3]), '表4 门诊合计 = 表10');
same(num(total(t4)[3]), num(total(t11)[3]), '表4 住院合计 = 表11');
same(num(total(t4)[4]), num(total(t12)[3]), '表4 倾斜合计 = 表12');

// ---- 表8 / 表9: persons by category, each amount = persons × 表1's 资助标准, row sums
const std = Object.fromEntries(t1.body.map((r) => [r[1], num(r[2])]));
const caseRate = Object.fromEntries(t1.body.map((r) => [r[1], num(r[4])]));
for (const r of t8.body) same(num(r[6]), add([1, 2, 3, 4, 5].map((c) => num(r[c]))), `表8 ${r[0]} 合计`);
for (const r of t9.body) {
  same(num(r[6]), add([1, 2, 3, 4, 5].map((c) => num(r[c]))), `表9 ${r[0]} 合计`);
  for (let c = 1; c <= 5; c++)
    same(num(r[c]), num(row(t8, r[0])[c]).times(std[t9.head[c]]), `表9 ${r[0]} ${t9.head[c]} = 人数 × 标准`);
}
// ---- 表10 / 表11: 次均 = 金额 × 10000 ÷ 人次
for (const t of [t10, t11])
  for (const r of t.body)
    same(num(r[4]), r2(num(r[3]).times(10000).div(num(r[2]))), `${t.title.slice(0, 4)} ${r[1]} 次均`);
// ---- 表13: 人次 = 表11, 手工 = 人次 − 一站式, 结算率
for (const r of t13.body) {
  same(num(r[1]), num((r[0] === '合计' ? total(t11) : row(t11, r[0], 1))[2]), `表13 ${r[0]} 人次 = 表11`);
  same(num(r[3]), num(r[1]).minus(num(r[2])), `表13 ${r[0]} 手工`);
  same(num(r[4]), pct(num(r[2]), num(r[1])), `表13 ${r[0]} 结算率`);
}
// ---- 表14: 增减, 增长率; the 2024 column = the tables
const kinds = {
  '资助参保人数（人）': num(total(t8)[6]),
  '资助参保金额（万元）': num(total(t4)[1]),
  门诊救助人次: num(total(t10)[2]),
  '门诊救助金额（万元）': num(total(t10)[3]),
  住院救助人次: num(total(t11)[2]),
  '住院救助金额（万元）': num(total(t4)[3]),
  倾斜救助人次: num(total(t12)[2]),
  '倾斜救助金额（万元）': num(total(t12)[3]),
  '支出合计（万元）': paid,
};
for (const r of t14.body) {
  const [a, b, d, g] = r.slice(1).map(num);
  same(d, b.minus(a), `表14 ${r[0]} 增减`);
  same(g, pct(b.minus(a), a), `表14 ${r[0]} 增长率`);
  same(b, kinds[r[0]], `表14 ${r[0]} 2024年 = 表4/表8—表12`);
}
const y23 = num(row(t14, '支出合计（万元）')[1]);
same(y23, add(t14.body.filter((r) => /金额/.test(r[0])).map((r) => num(r[1]))), '表14 2023年 支出合计 = 四项金额');
// ---- 表15: 自付 = 政策范围内 − 报销; 救助 = 自付 × 表1's 比例; the rate column = 表1
for (const r of t15.body.filter((x) => !isTotal(x))) {
  const [tot, pol, reimb, own, rate, aid] = r.slice(4).map(num);
  expect(pol.lte(tot), `表15 ${r[0]} 政策范围内 ≤ 总费用`);
  same(own, pol.minus(reimb), `表15 ${r[0]} 自付`);
  same(rate, caseRate[r[3]], `表15 ${r[0]} 比例 = 表1 ${r[3]}`);
  same(aid, r2(own.times(rate).div(100)), `表15 ${r[0]} 救助金额`);
  const p = paras.find((x) => x.includes(`病例${r[0]}，`));
  const fig = [...p.matchAll(/([\d,]+\.\d{2})元/g)].map((x) => num(x[1]));
  [tot, pol, reimb, own, aid, aid].forEach((v, k) => same(fig[k], v, `附件4 ${r[0]} 第${k + 1}个金额`));
}
const caseOwn = num(total(t15)[7]),
  caseAid = num(total(t15)[9]);
// ---- 表16: 样本 = 四档之和, 满意度 = (满意 + 较满意) ÷ 样本
for (const r of t16.body) {
  const [n, s, f, m, p, rate] = r.slice(1).map(num);
  same(n, add([s, f, m, p]), `表16 ${r[0]} 样本`);
  same(rate, pct(s.plus(f), n), `表16 ${r[0]} 满意度`);
}
const satisfaction = num(total(t16)[6]);

// ---- 表17 and 表7: each first level's weight and score = its third levels; 表7 = 表17; 得分率; 等级 by 表6
const firsts = [];
for (const r of t17.body.filter((x) => !isTotal(x))) {
  // a spanned cell's text stands in each row it covers: a new name starts a new indicator
  if (r[0] !== firsts.at(-1)?.name) firsts.push({ name: r[0], seconds: [], w: [], s: [] });
  const f = firsts.at(-1);
  if (r[1] !== f.seconds.at(-1)?.name) f.seconds.push({ name: r[1], thirds: [] });
  f.seconds.at(-1).thirds.push({ name: r[2], w: num(r[5]), s: num(r[6]) });
  f.w.push(num(r[5]));
  f.s.push(num(r[6]));
  expect(num(r[6]).lte(num(r[5])), `表17 ${r[2]} 得分 ≤ 权重`);
}
const t17total = total(t17).filter((x) => x !== '');
same(num(t17total[1]), add(firsts.flatMap((f) => f.w)), '表17 合计 权重');
same(num(t17total[2]), add(firsts.flatMap((f) => f.s)), '表17 合计 得分');
const bands = t6bands();
function t6bands() {
  const t = T(6);
  expect(t.head.slice(1).join() === '优,良,中,差', '表6 等级');
  return t.body[0].slice(1).map((x) => num(/^(\d+)分/.exec(x)[1]));
}
const grade = (s) => (s.gte(bands[0]) ? '优' : s.gte(bands[1]) ? '良' : s.gte(bands[2]) ? '中' : '差');
expect(grade(D(89.5)) === gradeOf(D(89.5)), '表6 bands 90 / 80 / 60');
for (const f of firsts) {
  const r = row(t7, f.name);
  same(num(r[1]), add(f.w), `表7 ${f.name} 权重 = 表17`);
  same(num(r[2]), add(f.s), `表7 ${f.name} 得分 = 表17`);
  same(num(r[3]), pct(num(r[2]), num(r[1])), `表7 ${f.name} 得分率`);
  expect(r[4] === grade(pct(num(r[2]), num(r[1]))), `表7 ${f.name} 等级 ${r[4]}`);
}
const score = add(firsts.flatMap((f) => f.s));
const t7total = total(t7);
same(num(t7total[1]), add(t7.body.filter((r) => !isTotal(r)).map((r) => num(r[1]))), '表7 合计 权重');
same(num(t7total[2]), add(t7.body.filter((r) => !isTotal(r)).map((r) => num(r[2]))), '表7 合计 得分 = 行之和');
same(num(t7total[2]), score, '表7 合计 得分 = 表17');
same(num(t7total[3]), pct(score, D(100)), '表7 合计 得分率');
expect(t7total[4] === grade(score), '表7 合计 等级');

// ---- the text: scores, grade, counts
for (const m of all(/(?:综合得分|绩效评价得分)(\d+(?:\.\d+)?)分/g)) same(num(m[1]), score, `“${m[0]}”`);
for (const m of all(/评价等级为“(.)”/g)) expect(m[1] === grade(score), `“${m[0]}” (${grade(score)})`);
const nSecond = firsts.reduce((a, f) => a + f.seconds.length, 0),
  nThird = firsts.reduce((a, f) => a + f.w.length, 0);
for (const m of all(/4个一级指标、(\d+)个二级指标、(\d+)个三级指标/g)) {
  same(num(m[1]), nSecond, `“${m[0]}” 二级`);
  same(num(m[2]), nThird, `“${m[0]}” 三级`);
}
for (const m of all(/其中决策指标得([\d.]+)分、过程指标得([\d.]+)分、产出指标得([\d.]+)分、效益指标得([\d.]+)分/g))
  firsts.forEach((f, k) => same(num(m[k + 1]), add(f.s), `三 ${f.name}得分`));
for (const m of all(/一级指标权重为：决策(\d+)分、过程(\d+)分、产出(\d+)分、效益(\d+)分/g))
  firsts.forEach((f, k) => same(num(m[k + 1]), add(f.w), `二（四） ${f.name}权重`));
for (const f of firsts) {
  const m = new RegExp(
    `${f.name}指标下设(\\d+)个二级指标、(\\d+)个三级指标，权重(\\d+)分，评价得分([\\d.]+)分，得分率([\\d.]+)%`,
  ).exec(text);
  expect(!!m, `五 ${f.name} sentence`);
  same(num(m[1]), f.seconds.length, `五 ${f.name} 二级个数`);
  same(num(m[2]), f.w.length, `五 ${f.name} 三级个数`);
  same(num(m[3]), add(f.w), `五 ${f.name} 权重`);
  same(num(m[4]), add(f.s), `五 ${f.name} 得分`);
  same(num(m[5]), pct(add(f.s), add(f.w)), `五 ${f.name} 得分率`);
  expect(text.includes(`${f.name}指标（权重${add(f.w)}分）`), `五 ${f.name} heading 权重`);
  for (const s of f.seconds) {
    const ms = new RegExp(`^${s.name}（权重([\\d.]+)分，得([\\d.]+)分）$`, 'm').exec(text);
    same(num(ms[1]), add(s.thirds.map((t) => t.w)), `五 ${s.name} 权重`);
    same(num(ms[2]), add(s.thirds.map((t) => t.s)), `五 ${s.name} 得分`);
    for (const t of s.thirds) {
      const mt = new RegExp(`\\d+．${t.name}（权重([\\d.]+)分）。.*该指标得([\\d.]+)分。$`, 'm').exec(text);
      same(num(mt[1]), t.w, `五 ${t.name} 权重 = 表17`);
      same(num(mt[2]), t.s, `五 ${t.name} 得分 = 表17`);
      // a deduction it states: 权重 − 扣 = 得
      const ded = /扣([\d.]+)分。该指标得/.exec(mt[0]);
      if (ded) same(t.w.minus(num(ded[1])), t.s, `五 ${t.name} 扣分`);
      const band = /在([\d]+)%（含）—([\d]+)%区间，得([\d.]+)分/.exec(mt[0]);
      if (band) {
        const rule = t17.body.find((r) => r[2] === t.name)[4];
        expect(rule.includes(`${band[1]}%（含）—${band[2]}%得${band[3]}分`), `五 ${t.name} band as 表17's 评分标准`);
      }
    }
  }
}

// ---- the text: money, rates, targets
for (const m of all(/预算执行率([\d.]+)%/g)) same(num(m[1]), pct(paid, got), `“${m[0]}”`);
for (const m of all(/下达医疗救助补助资金([\d,.]+)万元/g)) same(num(m[1]), got, `“${m[0]}”`);
for (const m of all(/全年支出([\d,.]+)万元；/g)) same(num(m[1]), paid, `“${m[0]}”`);
same(num(/全市医疗救助资金支出([\d,.]+)万元/.exec(text)[1]), paid, '一（四） 支出');
same(num(/结余([\d,.]+)万元结转/.exec(text)[1]), got.minus(paid), '一（四） 结余');
const kindsText =
  /其中资助参保支出([\d,.]+)万元，门诊救助支出([\d,.]+)万元，住院救助支出([\d,.]+)万元，倾斜救助支出([\d,.]+)万元/.exec(
    text,
  );
[1, 2, 3, 4].forEach((k) => same(num(kindsText[k]), num(total(t4)[k]), `一（四） ${t4.head[k]}`));
const lv = /其中中央财政([\d,.]+)万元、省级财政([\d,.]+)万元、市级财政([\d,.]+)万元、县级财政([\d,.]+)万元/.exec(text);
[1, 2, 3, 4].forEach((k) => same(num(lv[k]), num(total(t3)[k + 1]), `一（三） ${t3.head[k + 1]}`));
for (const m of all(/资助(?:了)?([\d,]+)名困难群众/g)) same(num(m[1]), num(total(t8)[6]), `“${m[0]}”`);
for (const m of all(/实施门诊救助([\d,]+)人次/g)) same(num(m[1]), num(total(t10)[2]), `“${m[0]}”`);
for (const m of all(/实施住院救助([\d,]+)人次[，、]/g)) same(num(m[1]), num(total(t11)[2]), `“${m[0]}”`);
for (const m of all(/倾斜救助([\d,]+)人次[，。]/g)) same(num(m[1]), num(total(t12)[2]), `“${m[0]}”`);
same(
  num(/救助金额([\d,.]+)万元，次均救助([\d,.]+)元。分县（市、区）情况见表10/.exec(text)[1]),
  num(total(t10)[3]),
  '四（二） 门诊金额',
);
same(
  num(/救助金额([\d,.]+)万元，次均救助([\d,.]+)元。分县（市、区）情况见表11/.exec(text)[1]),
  num(total(t11)[3]),
  '四（三） 住院金额',
);
for (const m of all(/自付费用救助比例为([\d.]+)%/g))
  same(num(m[1]), pct(caseOwn.minus(caseOwn).plus(caseAid), caseOwn), `“${m[0]}”`);
for (const m of all(/“一站式”即时结算率(?:为)?([\d.]+)%/g)) same(num(m[1]), num(total(t13)[4]), `“${m[0]}”`);
for (const m of all(/即时结算率([\d.]+)%；/g)) same(num(m[1]), num(total(t13)[4]), `“${m[0]}”`);
for (const m of all(/总体满意度(?:为)?([\d.]+)%/g)) same(num(m[1]), satisfaction, `“${m[0]}”`);
// the targets: 表5's 目标 against the text's, each 完成值 against the tables
const target = (name) => t5.body.find((r) => r.includes(name));
const targetOf = (name) => {
  const r = target(name);
  return r[r.length - 3];
};
for (const m of all(/年度目标值为不低于(\d+)%/g))
  expect(`≥${m[1]}%` === targetOf('住院救助比例'), `“${m[0]}” = 表5 ${targetOf('住院救助比例')}`);
for (const m of all(/达到不低于(\d+)%的年度目标/g)) expect(`≥${m[1]}%` === targetOf('住院救助比例'), `“${m[0]}” = 表5`);
const done = (name) => {
  const r = target(name);
  return num(r[r.length - 2].replace(/人次?$/, ''));
};
same(done('资助参保人数'), num(total(t8)[6]), '表5 资助参保人数');
same(done('门诊救助人次'), num(total(t10)[2]), '表5 门诊救助人次');
same(done('住院救助人次'), num(total(t11)[2]), '表5 住院救助人次');
same(done('住院救助比例'), pct(caseAid, caseOwn), '表5 住院救助比例 = 表15');
same(done('“一站式”即时结算率'), num(total(t13)[4]), '表5 一站式 = 表13');
same(done('救助对象满意度'), satisfaction, '表5 满意度 = 表16');
for (const name of [
  '资助参保人数',
  '门诊救助人次',
  '住院救助人次',
  '住院救助比例',
  '“一站式”即时结算率',
  '救助对象满意度',
]) {
  const goal = num(targetOf(name).replace(/^≥|人次?$/g, ''));
  expect(done(name).gte(goal), `表5 ${name} 完成 ≥ 目标 (已完成)`);
}
// 表14's sentence: 2023 → 2024 and the growth
const g = /支出总额由([\d,.]+)万元增加到([\d,.]+)万元，增长([\d.]+)%/.exec(text);
same(num(g[1]), y23, '四（六） 2023年支出');
same(num(g[2]), paid, '四（六） 2024年支出');
same(num(g[3]), pct(paid.minus(y23), y23), '四（六） 增长');
// each county's paragraph = 表3 / 表4 / 表8 / 表10—表13
for (const c of COUNTIES) {
  const p = paras.find((x) => x.startsWith(`${COUNTIES.indexOf(c) + 1}．${c}。`));
  const f = [...p.matchAll(/([\d,]+(?:\.\d+)?)(万元|人次|人|%)/g)].map((x) => num(x[1]));
  const r3 = row(t3, c, 1),
    r4 = row(t4, c);
  const want = [
    r3[6],
    r3[2],
    r3[3],
    r3[4],
    r3[5],
    r4[5],
    r4[8],
    row(t8, c)[6],
    r4[1],
    row(t10, c, 1)[2],
    row(t10, c, 1)[3],
    row(t11, c, 1)[2],
    row(t11, c, 1)[3],
    row(t12, c, 1)[2],
    row(t12, c, 1)[3],
    row(t13, c)[4],
  ].map(num);
  want.forEach((w, k) => same(f[k], w, `四（九） ${c} 第${k + 1}个数`));
}
// 附件3: each month's 合计 = its counties (totalChecks did the columns)
for (const r of months.body) same(num(r[7]), add([1, 2, 3, 4, 5, 6].map((c) => num(r[c]))), `附件3 ${r[0]} 合计`);
const q4 = /10月至12月支出([\d,.]+)万元，占全年支出的([\d.]+)%/.exec(text);
same(num(q4[1]), add(months.body.filter((r) => /^1[0-2]月$/.test(r[0])).map((r) => num(r[7]))), '附件3 四季度');
same(num(q4[2]), pct(num(q4[1]), paid), '附件3 四季度占比');

// ---- identity and contents
for (const m of all(/(\S{2})市医疗救助补助资金/g)) expect(m[1] === '白山', `“${m[0]}”`);
for (const m of all(/(\d{4})年度白山市医疗救助补助资金/g)) expect(m[1] === '2024', `“${m[0]}”`);
const contents = paras.filter((x) => /…{3,}\d+$/.test(x)).map((x) => x.replace(/…+\d+$/, ''));
const headings = blocks.filter((b) => b.type === 'heading').map((b) => b.text);
for (const c of contents) expect(c === '报告摘要' || headings.includes(c), `目录 “${c}” has its heading`);
const pages = paras.filter((x) => /…{3,}\d+$/.test(x)).map((x) => Number(/(\d+)$/.exec(x)[1]));
expect(
  pages.every((p, k) => k === 0 || p > pages[k - 1]),
  '目录 pages increase',
);

const n = checks();
if (errors.length) {
  console.log(`${dirty ? 'report' : 'control'}: ${errors.length} errors of ${n} checks\n  ${errors.join('\n  ')}`);
  process.exit(dirty ? 0 : 1);
}
console.log(`${dirty ? 'report' : 'control'}: ${n} checks, 0 errors`);
