// An independent reader of report U's spec (the hand check): recomputes every total, subtotal and rate of its
// tables, the tables against each other (the counties against the city, the layers against the sub-funds, 元
// against 万元, the documents of 附件2 against the layers of 表5, the sampled schools against 表14), and the sums,
// rates, scores, counts, the year and the fund's name its sentences state, from the spec's own text (not from
// data.mjs). The clean control must give no error; the report gives exactly its injections and their cascades.
//   node scripts/make-fixtures/corpus-u/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, D, handCheck, num, pct, rowOf, r2, totalChecks, tableTitled, titledTables } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'u-yiwu-2023.spec.md'));
const tables = titledTables(blocks);
const T = (re) => tableTitled(tables, re);
const cell = (t, label, re) => num(rowOf(t, label)?.[col(t, re)]);
const wan = (yuan) => r2(yuan.div(10000));
const isTotal = (r) => r[0] === '合计';
const isSub = (r) => /小计$/.test(r[0]);
// columns that are not quantities to add up
const NOT_ADDED =
  /率|比例|占比|满意度|序号|编码|日期|文号|层级|天数|是否|等级|学段|学校|^权重$|^得分$|目标值|完成值|完成情况|备注|指标/;
const text = blocks
  .filter((b) => b.type === 'para' || b.type === 'heading')
  .map((b) => b.text)
  .join('\n');
/** the figure after `re` (its last group) in the text, as a Decimal; every match when `all` */
const grab = (re) => {
  const m = re.exec(text);
  expect(m !== null, `text has ${re}`);
  return m ? num(m[m.length - 1]) : null;
};

// ---- each table on its own: 小计 and 合计 rows of each added column
for (const t of tables) {
  const added = (c) => !NOT_ADDED.test(t.head[c]);
  totalChecks(t, { isSub, isTotal, added, same, name: t.title.slice(0, 4) });
}

const standards = T(/^表1 /),
  layers = T(/^表2 /),
  years = T(/^表3 /),
  counties = T(/^表4 /),
  byLayer = T(/^表5 /),
  byFund = T(/^表6 /),
  fundSpent = T(/^表7 /),
  y2022 = T(/^表8 /),
  pupils = T(/^表9 /),
  safety = T(/^表10 /),
  targets = T(/^表11 /),
  system = T(/^表12 /),
  grades = T(/^表13 /),
  sample = T(/^表14 /),
  summary = T(/^表15 /),
  countyScores = T(/^表16 /),
  timing = T(/^表17 /),
  countyShare = T(/^表18 /),
  survey = T(/^表19 /),
  scoring = T(/^附件1 /),
  docs = T(/^附件2 /),
  schools = T(/^附件3 /),
  questions = T(/^附件4 /);
const body = (t) => t.body.filter((r) => !isTotal(r) && !isSub(r));
const NAMES = body(byLayer).map((r) => r[0]);
expect(NAMES.length === 16, `16 counties in 表5 (${NAMES.length})`);
const LAYERS = ['中央', '省级', '市级', '县级'];
const FUNDS = body(layers).map((r) => r[0]);

// ---- rows: a row's 合计 column, its rates
for (const r of layers.body) {
  same(num(r[5]), add(r.slice(1, 5).map(num)), `表2 ${r[0]} 合计 = 四级`);
  same(num(r[6]), pct(num(r[5]), cell(layers, '合计', /合计/)), `表2 ${r[0]} 占比`);
}
for (const r of years.body) {
  same(num(r[3]), num(r[2]).minus(num(r[1])), `表3 ${r[0]} 增减额`);
  same(num(r[4]), pct(num(r[3]), num(r[1])), `表3 ${r[0]} 增减率`);
}
same(cell(years, '合计', /2023/), cell(layers, '合计', /合计/), '表3 2023 合计 vs 表2');
for (const f of FUNDS) same(cell(years, f, /2023/), cell(layers, f, /合计/), `表3 ${f} 2023 vs 表2`);
const cRow = (name) => counties.body.find((r) => r[1] === name);
for (const r of counties.body) {
  const [alloc, arrived, ar, spent, er] = r.slice(2, 7).map(num);
  same(ar, pct(arrived, alloc), `表4 ${r[1] || r[0]} 到位率`);
  same(er, pct(spent, arrived), `表4 ${r[1] || r[0]} 执行率`);
}
const c4rows = counties.body.filter((r) => !isTotal(r));
for (const r of byLayer.body) {
  same(num(r[5]), add(r.slice(1, 5).map(num)), `表5 ${r[0]} 合计 = 四级`);
  same(num(r[6]), pct(num(r[1]).plus(num(r[2])), num(r[5])), `表5 ${r[0]} 上级资金占比`);
  if (!isTotal(r)) same(num(r[5]), num(cRow(r[0])[2]), `表5 ${r[0]} 合计 vs 表4 下达`);
}
LAYERS.forEach((l, i) =>
  same(cell(byLayer, '合计', new RegExp(l)), cell(layers, '合计', new RegExp(l)), `表5 ${l} vs 表2`),
);
for (const r of byFund.body) {
  same(num(r[5]), add(r.slice(1, 5).map(num)), `表6 ${r[0]} 合计 = 四项`);
  if (!isTotal(r)) same(num(r[5]), num(cRow(r[0])[2]), `表6 ${r[0]} vs 表4 下达`);
}
FUNDS.forEach((f, i) => same(num(rowOf(byFund, '合计')[1 + i]), cell(layers, f, /合计/), `表6 ${f} vs 表2`));
for (const r of fundSpent.body) {
  same(num(r[4]), pct(num(r[3]), num(r[2])), `表7 ${r[0]} 执行率`);
  if (!isTotal(r)) same(num(r[1]), cell(layers, r[0], /合计/), `表7 ${r[0]} 下达 vs 表2`);
}
same(cell(fundSpent, '合计', /到位/), add(c4rows.map((r) => num(r[3]))), '表7 到位 vs 表4 的16县');
same(cell(fundSpent, '合计', /支出/), add(c4rows.map((r) => num(r[5]))), '表7 支出 vs 表4 的16县');
for (const r of y2022.body) {
  same(num(r[3]), pct(num(r[2]), num(r[1])), `表8 ${r[0]} 2022执行率`);
  if (isTotal(r)) continue;
  same(num(r[4]), num(cRow(r[0])[2]), `表8 ${r[0]} 2023下达 vs 表4`);
  same(num(r[5]), pct(num(cRow(r[0])[5]), num(cRow(r[0])[3])), `表8 ${r[0]} 2023执行率 vs 表4`);
}
same(cell(y2022, '合计', /2022年度下达/), cell(years, '合计', /2022/), '表8 2022 合计 vs 表3');
for (const r of pupils.body) {
  same(num(r[3]), num(r[1]).plus(num(r[2])), `表9 ${r[0]} 在校学生合计`);
  same(num(r[6]), pct(num(r[5]), num(r[4])), `表9 ${r[0]} 困难生覆盖率`);
  same(num(r[8]), pct(num(r[7]), num(r[3])), `表9 ${r[0]} 教科书覆盖率`);
  expect(num(r[5]).lte(num(r[4])), `表9 ${r[0]} 补助人数 ≤ 应补`);
}
for (const r of safety.body) {
  same(num(r[6]), pct(num(r[5]), num(r[4])), `表10 ${r[0]} 投资完成率`);
  expect(num(r[2]).lte(num(r[1])), `表10 ${r[0]} 完工 ≤ 项目`);
}
// 表11 targets: the stated 完成值 = the tables'
const P9 = rowOf(pupils, '合计');
const tgt = (name) => targets.body.find((r) => r.includes(name));
same(num(tgt('困难学生生活补助覆盖率').at(-2)), num(P9[6]), '表11 困难生覆盖率 vs 表9');
same(num(tgt('免费教科书发放覆盖率').at(-2)), num(P9[8]), '表11 教科书覆盖率 vs 表9');
const S10 = rowOf(safety, '合计');
same(num(tgt('校舍项目按期完工率').at(-2)), pct(num(S10[2]), num(S10[1])), '表11 按期完工率 vs 表10');
same(num(tgt('学生家长满意度').at(-2)), cell(survey, '合计', /满意度/), '表11 满意度 vs 表19');
// a target "≥N%" met or not as its 完成情况 says (完成 / 基本完成 / 未完成)
for (const r of targets.body) {
  const [goal, got, said] = r.slice(-3);
  const g = /^≥([\d.]+)%$/.exec(goal);
  if (!g || !num(got)) continue;
  expect((said === '未完成') === num(got).lt(D(g[1])), `表11 ${r.at(-4)} ${got} against ${goal}: ${said}`);
}
// 表17: days between the two dates
for (const r of timing.body) {
  const days = (Date.parse(r[2]) - Date.parse(r[1])) / 86400000;
  same(num(r[3]), D(days), `表17 ${r[0]} 间隔天数`);
  expect((r[4] === '是') === days > 30, `表17 ${r[0]} 是否超期 (${days}天)`);
}
// 表18: each county short of its own share = 表5's 县级 column
for (const r of countyShare.body) {
  same(num(r[1]), cell(byLayer, r[0], /县级/), `表18 ${r[0]} 应到位 vs 表5 县级`);
  same(num(r[4]), num(r[1]).minus(num(r[2])), `表18 ${r[0]} 未到位`);
  same(num(r[3]), pct(num(r[2]), num(r[1])), `表18 ${r[0]} 到位率`);
  const c = cRow(r[0]);
  same(num(c[2]).minus(num(c[3])), num(r[4]), `表18 ${r[0]} 未到位 = 表4 下达 − 到位 (上级全部到位)`);
}
// 表19, 附件4: 有效 = three answers, 满意度 = (满意 + 基本满意) ÷ 有效
for (const r of survey.body) {
  same(num(r[2]), add(r.slice(3, 6).map(num)), `表19 ${r[0]} 有效 = 三项`);
  same(num(r[6]), pct(num(r[3]).plus(num(r[4])), num(r[2])), `表19 ${r[0]} 满意度`);
  expect(num(r[2]).lte(num(r[1])), `表19 ${r[0]} 有效 ≤ 发放`);
}
const valid = cell(survey, '合计', /有效/);
for (const r of questions.body) {
  same(add(r.slice(2, 5).map(num)), valid, `附件4 ${r[0]} 三项 = 有效问卷`);
  same(num(r[5]), pct(num(r[2]).plus(num(r[3])), valid), `附件4 ${r[0]} 满意度`);
}

// ---- 附件2: each layer's documents by county = 表5's layer column (中央 in two batches)
const docRows = body(docs);
for (const n of NAMES)
  for (const l of ['中央', '省级', '市级'])
    same(
      add(docRows.filter((r) => r[4] === n && r[3] === `${l}资金`).map((r) => num(r[5]))),
      cell(byLayer, n, new RegExp(l)),
      `附件2 ${n} ${l} vs 表5`,
    );
docRows.forEach((r, i) => expect(r[0] === String(i + 1), `附件2 序号 ${r[0]} = ${i + 1}`));
same(
  cell(docs, '合计', /金额/),
  ['中央', '省级', '市级'].reduce((a, l) => a.plus(cell(layers, '合计', new RegExp(l))), D(0)),
  '附件2 合计 vs 表2 中央 + 省级 + 市级',
);

// ---- 附件3 and 表14: the sampled schools (元)
for (const r of schools.body) {
  same(num(r[7]), pct(num(r[6]), num(r[5])), `附件3 ${r[0]} ${r[2]} 支出比例`);
}
const sch = body(schools);
for (const r of body(sample)) {
  const mine = sch.filter((s) => s[1] === r[0]);
  same(num(r[1]), D(mine.length), `表14 ${r[0]} 学校数 vs 附件3`);
  same(num(r[2]), add(mine.map((s) => num(s[4]))), `表14 ${r[0]} 学生数 vs 附件3`);
  same(num(r[3]), add(mine.map((s) => num(s[5]))), `表14 ${r[0]} 核查公用经费 vs 附件3`);
  same(num(r[4]), add(mine.map((s) => num(s[6]))), `表14 ${r[0]} 已支出 vs 附件3`);
}
const S14 = rowOf(sample, '合计');

// ---- the indicator system: 附件1's rows nest by code; each parent = its children; 表12 and 表15 agree
const sc = body(scoring).map((r) => ({ code: r[0], name: r[1], weight: num(r[2]), score: num(r[5]) }));
const kids = (code) =>
  sc.filter(
    (x) => (code.length === 1 ? /^[A-D]\d$/.test(x.code) : x.code.startsWith(code + '-')) && x.code.startsWith(code),
  );
const firsts = sc.filter((x) => /^[A-D]$/.test(x.code));
const secs = sc.filter((x) => /^[A-D]\d$/.test(x.code));
const thirds = sc.filter((x) => /^[A-D]\d-\d$/.test(x.code));
for (const p of [...firsts, ...secs]) {
  const ks = kids(p.code);
  same(p.weight, add(ks.map((k) => k.weight)), `附件1 ${p.code} 权重 = 下级`);
  same(p.score, add(ks.map((k) => k.score)), `附件1 ${p.code} 得分 = 下级`);
}
for (const x of sc) expect(x.score.lte(x.weight), `附件1 ${x.code} 得分 ≤ 权重`);
same(cell(scoring, '合计', /权重/), add(firsts.map((f) => f.weight)), '附件1 合计 权重');
same(cell(scoring, '合计', /得分/), add(thirds.map((f) => f.score)), '附件1 合计 得分 = 三级之和');
for (const f of firsts) {
  const r = rowOf(summary, f.code);
  same(num(r[2]), f.weight, `表15 ${f.code} 权重 vs 附件1`);
  same(num(r[3]), add(kids(f.code).map((k) => k.score)), `表15 ${f.code} 得分 vs 附件1 下级之和`);
  same(num(r[4]), pct(num(r[3]), num(r[2])), `表15 ${f.code} 得分率`);
}
const S15 = summary.body.find(isTotal);
same(num(S15[3]), add(body(summary).map((r) => num(r[3]))), '表15 合计 得分 = 四个一级');
same(num(S15[4]), pct(num(S15[3]), num(S15[2])), '表15 合计 得分率');
// 表12: the system's weights = 附件1's; its first- and second-level cells "A 决策（15.00）"
const sys = system.body;
const codeCol = col(system, /^编码$/);
for (const r of sys) {
  const x = sc.find((s) => s.code === r[codeCol]);
  expect(x !== undefined && x.name === r[codeCol + 1], `表12 ${r[codeCol]} ${r[codeCol + 1]} in 附件1`);
  same(num(r[codeCol + 2]), x?.weight, `表12 ${r[codeCol]} 权重 vs 附件1`);
}
for (const r of sys)
  for (const c of [0, 1]) {
    const m = /^([A-D]\d?) \S+（([\d.]+)）$/.exec(r[c] ?? '');
    if (m) same(D(m[2]), sc.find((s) => s.code === m[1]).weight, `表12 ${m[1]} 权重 vs 附件1`);
  }
expect(sys.length === thirds.length, `表12 三级 ${sys.length} = 附件1 ${thirds.length}`);
// rate-derived scores
const C4 = counties.body.find(isTotal);
const third = (code) => sc.find((s) => s.code === code);
same(third('B1-1').score, r2(D(4).times(num(C4[4])).div(100)), 'B1-1 = 4 × 到位率 (表4)');
same(third('B1-3').score, r2(D(5).times(num(C4[6])).div(100)), 'B1-3 = 5 × 执行率 (表4)');
same(
  third('D3-1').score,
  r2(
    D('5.5')
      .times(cell(survey, '合计', /满意度/))
      .div(100),
  ),
  'D3-1 = 5.5 × 满意度 (表19)',
);
// 表16: each county's four first levels add to its 总分, within the maxima, its 等级 by 表13
const gradeOf = (s) => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');
expect(grades.body[0].join('').includes('90（含）—100分'), '表13 优 = 90（含）—100分');
for (const r of countyScores.body) {
  same(num(r[5]), add(r.slice(1, 5).map(num)), `表16 ${r[0]} 总分`);
  [15, 25, 35, 25].forEach((m, i) => expect(num(r[1 + i]).lte(m), `表16 ${r[0]} 一级${i + 1} ≤ ${m}`));
  expect(r[6] === gradeOf(num(r[5])), `表16 ${r[0]} 等级 ${r[6]}`);
}

// ---- sentences
const W = (s) => num(s);
const TOT = cell(layers, '合计', /合计/);
{
  const m =
    /全市共下达城乡义务教育补助经费([\d,.]+)万元，其中中央资金([\d,.]+)万元、省级资金([\d,.]+)万元、市级资金([\d,.]+)万元、县级资金([\d,.]+)万元，分别占([\d.]+)%、([\d.]+)%、([\d.]+)%和([\d.]+)%/.exec(
      text,
    );
  expect(!!m, 'the layers sentence');
  same(W(m[1]), TOT, '一（二） 全市下达 vs 表2');
  same(W(m[1]), add(m.slice(2, 6).map(W)), '一（二） 四级之和 = 全市下达');
  LAYERS.forEach((l, i) => same(W(m[2 + i]), cell(layers, '合计', new RegExp(l)), `一（二） ${l} vs 表2`));
  LAYERS.forEach((l, i) => same(W(m[6 + i]), pct(cell(layers, '合计', new RegExp(l)), TOT), `一（二） ${l} 占比`));
}
{
  const m =
    /2022年度全市下达城乡义务教育补助经费([\d,.]+)万元，资金全部到位，实际支出([\d,.]+)万元，执行率([\d.]+)%。2023年度下达资金较2022年度增加([\d,.]+)万元，增长([\d.]+)%/.exec(
      text,
    );
  same(W(m[1]), cell(years, '合计', /2022/), '一（二） 2022 下达 vs 表3');
  same(W(m[2]), cell(y2022, '合计', /2022年度支出/), '一（二） 2022 支出 vs 表8');
  same(W(m[3]), pct(W(m[2]), W(m[1])), '一（二） 2022 执行率');
  same(W(m[4]), TOT.minus(W(m[1])), '一（二） 增加额');
  same(W(m[5]), pct(W(m[4]), W(m[1])), '一（二） 增长率');
}
{
  const m =
    /全市下达城乡义务教育补助经费([\d,.]+)万元，实际到位([\d,.]+)万元，到位率([\d.]+)%；截至2023年12月31日，实际支出([\d,.]+)万元，预算执行率（实际支出÷到位资金）([\d.]+)%，结转([\d,.]+)万元。中央、省级和市级资金全部到位，县级资金应到位([\d,.]+)万元，实际到位([\d,.]+)万元，到位率([\d.]+)%/.exec(
      text,
    );
  const rows16 = c4rows;
  same(W(m[1]), TOT, '一（三） 下达 vs 表2');
  same(W(m[2]), add(rows16.map((r) => num(r[3]))), '一（三） 到位 = 16县');
  same(W(m[3]), pct(W(m[2]), W(m[1])), '一（三） 到位率');
  same(W(m[4]), add(rows16.map((r) => num(r[5]))), '一（三） 支出 = 16县');
  same(W(m[5]), pct(W(m[4]), W(m[2])), '一（三） 执行率');
  same(W(m[6]), W(m[2]).minus(W(m[4])), '一（三） 结转');
  same(W(m[7]), cell(layers, '合计', /县级/), '一（三） 县级应到位 vs 表2');
  same(W(m[1]).minus(W(m[2])), W(m[7]).minus(W(m[8])), '一（三） 未到位的都是县级');
  same(W(m[9]), pct(W(m[8]), W(m[7])), '一（三） 县级到位率');
  same(W(m[7]).minus(W(m[8])), add(countyShare.body.map((r) => num(r[4]))), '一（三） 县级未到位 = 表18');
  const six = /合计未到位([\d,.]+)万元/.exec(text);
  same(W(six[1]), W(m[7]).minus(W(m[8])), '六（一） 未到位');
  same(grab(/(\d+)个县（市、区）县级分担资金未足额到位/), D(countyShare.body.length), '六（一） 县数 = 表18');
}
// each county's clause: its amounts = 表4, its 执行率 = 支出 ÷ 到位
for (const n of NAMES) {
  const m = new RegExp(
    `[：；]${n}下达资金([\\d,.]+)万元，到位资金([\\d,.]+)万元，实际支出([\\d,.]+)万元，执行率([\\d.]+)%`,
  ).exec(text);
  expect(!!m, `一（三） ${n} clause`);
  const r = cRow(n);
  same(W(m[1]), num(r[2]), `一（三） ${n} 下达 vs 表4`);
  same(W(m[2]), num(r[3]), `一（三） ${n} 到位 vs 表4`);
  same(W(m[3]), num(r[5]), `一（三） ${n} 支出 vs 表4`);
  same(W(m[4]), pct(W(m[3]), W(m[2])), `一（三） ${n} 执行率`);
}
for (const f of FUNDS) {
  const m = new RegExp(`${f}到位([\\d,.]+)万元，支出([\\d,.]+)万元，执行率([\\d.]+)%`).exec(text);
  same(W(m[1]), cell(fundSpent, f, /到位/), `一（三） ${f} 到位 vs 表7`);
  same(W(m[2]), cell(fundSpent, f, /支出/), `一（三） ${f} 支出 vs 表7`);
  same(W(m[3]), pct(W(m[2]), W(m[1])), `一（三） ${f} 执行率`);
}
{
  const m =
    /全市([\d,]+)名义务教育学生全部享受生均公用经费补助和免学杂费政策，免费教科书发放([\d,]+)人，覆盖率([\d.]+)%；家庭经济困难学生生活补助应补([\d,]+)人，实际补助([\d,]+)人，覆盖率([\d.]+)%/.exec(
      text,
    );
  same(W(m[1]), num(P9[3]), '一（四） 学生 vs 表9');
  same(W(m[2]), num(P9[7]), '一（四） 教科书 vs 表9');
  same(W(m[3]), pct(W(m[2]), W(m[1])), '一（四） 教科书覆盖率');
  same(W(m[4]), num(P9[4]), '一（四） 应补 vs 表9');
  same(W(m[5]), num(P9[5]), '一（四） 补助 vs 表9');
  same(W(m[6]), pct(W(m[5]), W(m[4])), '一（四） 困难生覆盖率');
  const s = /在校学生([\d,]+)人，其中小学([\d,]+)人、初中([\d,]+)人/.exec(text);
  same(W(s[1]), num(P9[3]), '一（一） 在校学生 vs 表9');
  same(W(s[2]).plus(W(s[3])), W(s[1]), '一（一） 小学 + 初中');
  same(grab(/全市实际资助家庭经济困难学生([\d,]+)人/), num(P9[5]), '五（二） 资助人数 vs 表9');
  same(grab(/“C1-1[\s\S]*?|全市([\d,]+)名学生全部享受公用经费补助/), num(P9[3]), '四 C1-1 学生数 vs 表9');
}
{
  const m =
    /维修改造项目(\d+)个，截至2023年底完工(\d+)个，按期完工率([\d.]+)%；计划投资([\d,.]+)万元（含县级自筹），完成投资([\d,.]+)万元，投资完成率([\d.]+)%/.exec(
      text,
    );
  same(W(m[1]), num(S10[1]), '一（四） 校舍项目 vs 表10');
  same(W(m[2]), num(S10[2]), '一（四） 完工 vs 表10');
  same(W(m[3]), pct(W(m[2]), W(m[1])), '一（四） 按期完工率');
  same(W(m[4]), num(S10[4]), '一（四） 计划投资 vs 表10');
  same(W(m[5]), num(S10[5]), '一（四） 完成投资 vs 表10');
  same(W(m[6]), pct(W(m[5]), W(m[4])), '一（四） 投资完成率');
  same(grab(/维修改造校舍([\d,]+)平方米/), num(S10[3]), '五（三） 面积 vs 表10');
}
{
  const m = /共抽查学校(\d+)所，核查公用经费([\d,.]+)元（([\d,.]+)万元），占抽查县公用经费下达额的([\d.]+)%/.exec(text);
  same(W(m[1]), num(S14[1]), '二（三） 学校数 vs 表14');
  same(W(m[2]), num(S14[3]), '二（三） 核查金额 vs 表14');
  same(W(m[3]), wan(W(m[2])), '二（三） 元 = 万元');
  const sampled = body(sample).map((r) => r[0]);
  same(W(m[4]), pct(W(m[3]), add(sampled.map((n) => cell(byFund, n, /公用经费/)))), '二（三） 占抽查县公用经费');
  const q = /共发放问卷([\d,]+)份，回收有效问卷([\d,]+)份，有效率([\d.]+)%/.exec(text);
  same(W(q[1]), cell(survey, '合计', /发放/), '二（三） 发放 vs 表19');
  same(W(q[2]), valid, '二（三） 有效 vs 表19');
  same(W(q[3]), pct(W(q[2]), W(q[1])), '二（三） 有效率');
}
// the indicator counts, the weights, the first levels
{
  const m = /共设一级指标(\d+)个、二级指标(\d+)个、三级指标(\d+)个/.exec(text);
  same(W(m[1]), D(firsts.length), '二（二） 一级指标数');
  same(W(m[2]), D(secs.length), '二（二） 二级指标数');
  same(W(m[3]), D(thirds.length), '二（二） 三级指标数');
  const w = /权重分别为(\d+)分、(\d+)分、(\d+)分、(\d+)分/.exec(text);
  firsts.forEach((f, i) => same(W(w[1 + i]), f.weight, `二（二） ${f.name} 权重`));
}
const overall = grab(/综合得分([\d.]+)分/);
same(overall, add(firsts.map((f) => f.score)), '三 综合得分 = 一级之和 (附件1)');
same(overall, num(S15[3]), '三 综合得分 vs 表15');
expect(new RegExp(`评价等级为“${gradeOf(overall)}”`).test(text), '三 等级 by 表13');
for (const f of firsts) {
  same(grab(new RegExp(`${f.name}指标得([\\d.]+)分`)), f.score, `三 ${f.name} vs 附件1`);
  const h = new RegExp(`（[一二三四]）${f.name}指标（权重(\\d+)分，得分([\\d.]+)分）`).exec(text);
  same(W(h[1]), f.weight, `四 ${f.name} 标题权重`);
  same(W(h[2]), f.score, `四 ${f.name} 标题得分 vs 附件1`);
  const s = new RegExp(
    `${f.name}指标下设(\\d+)个二级指标、(\\d+)个三级指标，${f.name}指标权重(\\d+)分，得分([\\d.]+)分，得分率([\\d.]+)%`,
  ).exec(text);
  same(W(s[1]), D(kids(f.code).length), `四 ${f.name} 二级数`);
  same(W(s[2]), D(thirds.filter((t) => t.code[0] === f.code).length), `四 ${f.name} 三级数`);
  same(W(s[3]), f.weight, `四 ${f.name} 权重`);
  same(W(s[4]), add(kids(f.code).map((k) => k.score)), `四 ${f.name} 得分 vs 附件1 下级`);
  same(W(s[5]), pct(W(s[4]), W(s[3])), `四 ${f.name} 得分率`);
}
for (const x of [...secs, ...thirds]) {
  const m = new RegExp(`${x.code} ${x.name}（权重([\\d.]+)分，得分([\\d.]+)分）`).exec(text);
  same(W(m?.[1]), x.weight, `四 ${x.code} 权重 vs 附件1`);
  same(W(m?.[2]), x.score, `四 ${x.code} 得分 vs 附件1`);
}
for (const [code, re, wt] of [
  ['B1-1', /到位率([\d.]+)%，得分=4\.00×([\d.]+)%=([\d.]+)分/, '4'],
  ['B1-3', /预算执行率([\d.]+)%，得分=5\.00×([\d.]+)%=([\d.]+)分/, '5'],
  ['D3-1', /学生家长满意度([\d.]+)%，得分=5\.50×([\d.]+)%=([\d.]+)分/, '5.5'],
]) {
  const m = re.exec(text);
  same(W(m[3]), r2(D(wt).times(W(m[2])).div(100)), `四 ${code} 得分=权重×率`);
  same(W(m[3]), third(code).score, `四 ${code} vs 附件1`);
}
same(grab(/全市下达资金([\d,.]+)万元，实际到位/), TOT, '四 B1-1 下达');
same(grab(/全市实际支出([\d,.]+)万元，预算执行率/), add(c4rows.map((r) => num(r[5]))), '四 B1-3 支出 = 16县');
// the county scores' sentence
{
  const m =
    /各县得分在([\d.]+)分至([\d.]+)分之间，其中任丘市得分([\d.]+)分，评价等级为“(.)”；(\d+)个县（市、区）为“优”，(\d+)个为“良”/.exec(
      text,
    );
  const totals = countyScores.body.map((r) => num(r[5]));
  same(
    W(m[1]),
    totals.reduce((a, b) => (b.lt(a) ? b : a)),
    '三 各县最低分',
  );
  same(
    W(m[2]),
    totals.reduce((a, b) => (b.gt(a) ? b : a)),
    '三 各县最高分',
  );
  same(W(m[3]), cell(countyScores, '任丘市', /总分/), '三 任丘市得分 vs 表16');
  expect(m[4] === gradeOf(W(m[3])), '三 任丘市等级');
  same(W(m[5]), D(totals.filter((t) => t.gte(90)).length), '三 优的县数');
  same(W(m[6]), D(totals.filter((t) => t.lt(90) && t.gte(80)).length), '三 良的县数');
  same(W(m[5]).plus(W(m[6])), D(NAMES.length), '三 县数');
}
{
  const m = /学生家长总体满意度([\d.]+)%，各县满意度在([\d.]+)%至([\d.]+)%之间/.exec(text);
  same(W(m[1]), cell(survey, '合计', /满意度/), '四 D3 满意度 vs 表19');
  const rates = body(survey).map((r) => num(r[6]));
  same(
    W(m[2]),
    rates.reduce((a, b) => (b.lt(a) ? b : a)),
    '四 D3 最低',
  );
  same(
    W(m[3]),
    rates.reduce((a, b) => (b.gt(a) ? b : a)),
    '四 D3 最高',
  );
}
{
  const m = /校舍安全保障长效机制资金到位([\d,.]+)万元，支出([\d,.]+)万元，执行率([\d.]+)%，低于/.exec(text);
  same(W(m[1]), cell(fundSpent, '校舍安全保障长效机制资金', /到位/), '六（二） 到位 vs 表7');
  same(W(m[2]), cell(fundSpent, '校舍安全保障长效机制资金', /支出/), '六（二） 支出 vs 表7');
  same(W(m[3]), pct(W(m[2]), W(m[1])), '六（二） 执行率');
  same(
    grab(/中央、省级和市级资金([\d,.]+)万元全部到位/),
    ['中央', '省级', '市级'].reduce((a, l) => a.plus(cell(layers, '合计', new RegExp(l))), D(0)),
    '五（一） 上级及市级资金',
  );
  same(grab(/全市(\d+)个县（市、区）全部落实/), D(NAMES.length), '五（一） 县数');
  same(grab(/覆盖全市(\d+)个县（市、区）的资金分配/), D(NAMES.length), '二（一） 县数');
  same(grab(/包括中央、省级、市级补助资金和县级分担资金共计([\d,.]+)万元/), TOT, '二（一） 评价资金');
}
// the year: the cover's 评价年度 everywhere the fund is dated, the report dated after it
{
  const year = /评价年度：(\d{4})年度/.exec(text)[1];
  const dated = [...text.matchAll(/沧州市(\d{4})年度城乡义务教育补助经费/g)].map((m) => m[1]);
  for (const y of dated) expect(y === year, `沧州市${y}年度城乡义务教育补助经费 = 评价年度 ${year}`);
  expect(/评价年度为2023年1月1日至2023年12月31日/.test(text), '二（一） 评价年度 2023');
  expect(Number(/报告日期：(\d{4})年/.exec(text)[1]) > Number(year), '报告日期 after the year');
}
// the fund's name: every "沧州市…经费/资金" is the fund, dated or not (a sub-fund is written without 沧州市)
for (const m of text.matchAll(/沧州市(?:\d{4}年度)?([\u4e00-\u9fff]{2,14}?(?:经费|资金))/g))
  expect(m[1] === '城乡义务教育补助经费', `the fund named ${m[0]}`);

const n = checks();
if (errors.length) {
  console.log(`U ${dirty ? 'report' : 'control'}: ${errors.length} errors of ${n} checks`);
  for (const e of errors) console.log('  ' + e);
  process.exit(dirty ? 0 : 1);
}
console.log(`U ${dirty ? 'report' : 'control'}: ${n} checks, 0 errors`);
