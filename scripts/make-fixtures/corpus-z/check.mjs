// An independent reader of report Z's spec (the hand check): recomputes every total, subtotal and rate of its
// tables, the tables against each other (表1's 实际拨付 against the detail tables and the 批次 of 表2, the summary
// 表5 against the four first-level tables, 附件3's districts against 表6 / 表7 / 表8), each enterprise's 补助金额 as
// 核定研发投入 × 补助比例, each 增长率 of 表14, and the sums, rates, scores, grade, years and the fund's name its
// sentences state — from the spec's own text, not from data.mjs. The clean control must give no error; the report
// gives exactly its injections and their cascades.
//   node scripts/make-fixtures/corpus-z/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, D, handCheck, num, pct, r2, rowOf, tableTitled, titledTables, totalChecks } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'z-anshan-2024.spec.md'));
const tables = titledTables(blocks);
const T = (re) => tableTitled(tables, re);
const isTotal = (r) => r[0] === '合计';
const isSub = (r) => /小计$/.test(r[0]);
// columns that are not quantities to add up
const NOT_ADDED =
  /率|比例|序号|编码|日期|文号|类别|类型|名称|区县|性质|单位|证书|来源|成果|姓名|乡镇|领域|标准|原因|指标$|^批次$/;
const text = blocks
  .filter((b) => b.type === 'para' || b.type === 'heading')
  .map((b) => b.text)
  .join('\n');
const FUND = '鞍山市科技创新专项资金';
const gradeOf = (s) => (s.gte(90) ? '优秀' : s.gte(80) ? '良好' : s.gte(60) ? '合格' : '不合格');

// ---- each table on its own: 小计 rows (rows since the last 小计) and 合计 rows (the 小计 rows, or every row above)
for (const t of tables) {
  const added = (c) => !NOT_ADDED.test(t.head[c]);
  totalChecks(t, { isSub, isTotal, added, same, name: t.title.slice(0, 4) || t.head.join('|').slice(0, 12) });
}

const lines = T(/^表1 /),
  batches = T(/^表2 /),
  summary = T(/^表5 /),
  firms = T(/^表6 /),
  hitech = T(/^表7 /),
  platforms = T(/^表8 /),
  transfers = T(/^表9 /),
  outputs = T(/^表14 /);
const levelTables = ['A', 'B', 'C', 'D'].map((c) => T(new RegExp(`^表1[0-3] ${c} `)));
const envoys = tables.find((t) => t.head.includes('姓名'));
const districts = tables.find((t) => t.head[0] === '区县');
const sumOf = (t, re) => num(t.body.find(isTotal)[col(t, re)]);

// ---- 表1: 结余 and 执行率 of each row; 实际拨付 = the detail tables' 合计
for (const r of lines.body) {
  const [b, p, left, rate] = [2, 3, 4, 5].map((c) => num(r[c]));
  same(left, b.minus(p), `表1 ${r[1]} 结余`);
  same(rate, pct(p, b), `表1 ${r[1]} 执行率`);
}
const paid = (name) => num(lines.body.find((r) => r[1] === name)[3]);
same(paid('企业研发投入后补助'), sumOf(firms, /补助金额/), '表1 研发后补助 = 表6 合计');
same(paid('高新技术企业认定奖励'), sumOf(hitech, /奖励金额/), '表1 高企奖励 = 表7 合计');
same(paid('科技成果转化补助'), sumOf(transfers, /补助金额/), '表1 成果转化 = 表9 合计');
same(paid('科技创新平台建设补助'), sumOf(platforms, /补助金额/), '表1 平台 = 表8 合计');
same(paid('科技特派员工作经费'), sumOf(envoys, /^合计/), '表1 特派员 = 附件2 合计');

// ---- 表2: each 批次's 合计 = its parts; each column = 表1's line
for (const r of batches.body.filter((x) => !isTotal(x)))
  same(num(r[8]), add([3, 4, 5, 6, 7].map((c) => num(r[c]))), `表2 ${r[0]} 合计`);
const btot = batches.body.find(isTotal);
[
  '企业研发投入后补助',
  '高新技术企业认定奖励',
  '科技成果转化补助',
  '科技创新平台建设补助',
  '科技特派员工作经费',
].forEach((n, k) => same(num(btot[3 + k]), paid(n), `表2 合计 ${n} = 表1`));
same(num(btot[8]), sumOf(lines, /实际拨付/), '表2 合计 = 表1 实际拨付 合计');

// ---- 表6: 补助金额 = 核定研发投入 × 补助比例, 核定 ≤ 申报
const [cDecl, cAppr, cRate, cSub] = [/申报/, /核定/, /比例/, /补助金额/].map((re) => col(firms, re));
for (const r of firms.body.filter((x) => !isTotal(x) && !isSub(x))) {
  same(num(r[cSub]), r2(num(r[cAppr]).times(num(r[cRate])).div(100)), `表6 ${r[1]} 补助金额 = 核定 × 比例`);
  expect(num(r[cAppr]).lte(num(r[cDecl])), `表6 ${r[1]} 核定 ≤ 申报`);
}

// ---- the score tables: each first level's 小计 (totalChecks above) = 表5's row; 表5's 得分率
levelTables.forEach((t, k) => {
  const sub = t.body.find(isSub);
  const row = summary.body[k];
  same(num(row[2]), num(sub[col(t, /^分值$/)]), `表5 ${row[1]} 分值 = ${t.title.slice(0, 4)} 小计`);
  same(num(row[3]), num(sub[col(t, /^得分$/)]), `表5 ${row[1]} 得分 = ${t.title.slice(0, 4)} 小计`);
  same(num(row[4]), pct(num(row[3]), num(row[2])), `表5 ${row[1]} 得分率`);
});
const total = num(summary.body.find(isTotal)[3]);
same(
  total,
  add(levelTables.map((t) => add(t.body.filter((r) => !isSub(r)).map((r) => num(r[col(t, /^得分$/)]))))),
  '表5 合计 = the third levels',
);

// ---- sentences: scores and grade
// "综合得分90分（含）以上为优秀" is a band of 表4's, no score
for (const m of text.matchAll(/综合得分([\d.]+)分(?!（含）)/g)) same(num(m[1]), total, `"${m[0]}" = 表5 合计`);
for (const m of text.matchAll(/评价等级为“(.+?)”/g))
  expect(m[1] === gradeOf(total), `"${m[0]}" for ${total}: ${gradeOf(total)}`);
// each first level's score in the text against its own third levels (neither 表5 nor a table's 小计)
const thirdsOf = (t) => add(t.body.filter((r) => !isSub(r)).map((r) => num(r[col(t, /^得分$/)])));
for (const [k, n] of ['决策', '过程', '产出', '效益'].entries()) {
  const s = thirdsOf(levelTables[k]);
  for (const m of text.matchAll(new RegExp(`${n}(?:指标)?得分([\\d.]+)分`, 'g'))) same(num(m[1]), s, `"${m[0]}"`);
}
for (const t of levelTables)
  for (const r of t.body.filter((x) => !isSub(x))) {
    // the run-in's own paragraph: its last "得X分。" (the bands it quotes hold other "得X分")
    const m = new RegExp(`^${r[1]} ${r[2]}（([\\d.]+)分）.*得([\\d.]+)分。$`, 'm').exec(text);
    expect(m !== null, `run-in ${r[1]}`);
    if (m) {
      same(num(m[1]), num(r[3]), `run-in ${r[1]} 分值`);
      same(num(m[2]), num(r[5]), `run-in ${r[1]} 得分`);
    }
  }

// ---- the counts of the system: "13个二级指标…26个三级指标", "X指标下设N个二级指标、M个三级指标"
// a second level's cell spans its rows (titledTables writes its text in each): distinct names
const seconds = (t) => new Set(t.body.filter((r) => !isSub(r)).map((r) => r[0])).size;
const thirdRows = (t) => t.body.filter((r) => !isSub(r)).length;
for (const m of text.matchAll(/(\d+)个二级指标[、和](\d+)个三级指标/g))
  if (!/下设/.test(text.slice(m.index - 8, m.index))) {
    same(num(m[1]), D(add(levelTables.map((t) => D(seconds(t))))), `"${m[0]}" 二级`);
    same(num(m[2]), D(add(levelTables.map((t) => D(thirdRows(t))))), `"${m[0]}" 三级`);
  }
for (const [k, n] of ['决策', '过程', '产出', '效益'].entries()) {
  const m = new RegExp(
    `${n}指标下设(\\d+)个二级指标、(\\d+)个三级指标，满分([\\d.]+)分，评价得分([\\d.]+)分，得分率([\\d.]+)%`,
  ).exec(text);
  expect(m !== null, `${n} heading paragraph`);
  if (!m) continue;
  same(num(m[1]), D(seconds(levelTables[k])), `${n} 二级指标数`);
  same(num(m[2]), D(thirdRows(levelTables[k])), `${n} 三级指标数`);
  same(num(m[4]), thirdsOf(levelTables[k]), `${n} 评价得分`);
  same(num(m[5]), pct(num(m[4]), num(m[3])), `${n} 得分率`);
}

// ---- sentences: money
const wanOf = (re) => {
  const m = re.exec(text);
  expect(m !== null, `text has ${re}`);
  return m ? num(m[1]) : null;
};
same(wanOf(/研发投入后补助资金([\d,.]+)万元/), sumOf(firms, /补助金额/), '"研发投入后补助资金X万元" = 表6 合计');
for (const m of text.matchAll(/(第[一二三四]批次)于\d+年\d+月\d+日拨付([\d,.]+)万元/g))
  same(num(m[2]), num(rowOf(batches, m[1])[8]), `"${m[0]}" = 表2`);
same(wanOf(/实际拨付([\d,.]+)万元，预算执行率/), sumOf(lines, /实际拨付/), '"实际拨付X万元" = 表1');
for (const m of text.matchAll(/预算执行率([\d.]+)%/g))
  same(num(m[1]), num(lines.body.find(isTotal)[5]), `"${m[0]}" = 表1`);
{
  const m = /核定研发投入([\d,.]+)万元，较2022年度([\d,.]+)万元增长([\d.]+)%/.exec(text);
  same(num(m[1]), sumOf(firms, /核定/), '受补助企业核定研发投入 = 表6 合计');
  same(num(m[3]), pct(num(m[1]).minus(num(m[2])), num(m[2])), '受补助企业研发投入增长率');
}

// ---- 表14 and its sentence: 增长率 = (2024 − 2023) ÷ 2023, 增减
for (const r of outputs.body) {
  same(num(r[3]), num(r[2]).minus(num(r[1])), `表14 ${r[0]} 增减`);
  same(num(r[4]), pct(num(r[2]).minus(num(r[1])), num(r[1])), `表14 ${r[0]} 增长率`);
}
{
  const m = /技术合同成交额([\d.]+)亿元，较上年([\d.]+)亿元增长([\d.]+)%/.exec(text);
  same(num(m[3]), pct(num(m[1]).minus(num(m[2])), num(m[2])), '技术合同成交额 增长率');
  const row = outputs.body.find((r) => r[0].startsWith('技术合同成交额'));
  same(num(m[1]), num(row[2]), '技术合同成交额 = 表14');
  same(num(m[2]), num(row[1]), '技术合同成交额 上年 = 表14');
}
{
  const m = /发明专利授权(\d+)件，较上年(\d+)件增长([\d.]+)%/.exec(text);
  same(num(m[3]), pct(num(m[1]).minus(num(m[2])), num(m[2])), '发明专利授权 增长率');
}

// ---- 附件3: each district = its rows of 表6 / 表7 / 表8
for (const r of districts.body.filter((x) => !isTotal(x))) {
  const fs = firms.body.filter((x) => x[2] === r[0]);
  const hs = hitech.body.filter((x) => x[2] === r[0]);
  const ps = platforms.body.filter((x) => x[4] === r[0]);
  same(num(r[1]), D(fs.length), `附件3 ${r[0]} 研发后补助企业数`);
  same(num(r[2]), add(fs.map((x) => num(x[cSub]))), `附件3 ${r[0]} 研发后补助`);
  same(num(r[3]), D(hs.length), `附件3 ${r[0]} 高企数`);
  same(num(r[4]), add(hs.map((x) => num(x[5]))), `附件3 ${r[0]} 高企奖励`);
  same(num(r[5]), D(ps.length), `附件3 ${r[0]} 平台数`);
  same(num(r[6]), add(ps.map((x) => num(x[6]))), `附件3 ${r[0]} 平台补助`);
  same(num(r[7]), add([2, 4, 6].map((c) => num(r[c]))), `附件3 ${r[0]} 小计`);
}

// ---- 附件1: each enterprise's 核定 and 补助 = 表6
for (const m of text.matchAll(/\d+\. (\S+?公司)（.*?核定([\d,.]+)万元.*?按(\d+)%比例补助([\d,.]+)万元/g)) {
  const r = firms.body.find((x) => x[1] === m[1]);
  expect(r !== undefined, `附件1 ${m[1]} in 表6`);
  if (!r) continue;
  same(num(m[2]), num(r[cAppr]), `附件1 ${m[1]} 核定 = 表6`);
  same(num(m[4]), num(r[cSub]), `附件1 ${m[1]} 补助 = 表6`);
}

// ---- the fund's name and year: every "…市科技创新…资金" is this fund's, dated 2024
for (const m of text.matchAll(/(\S{2,3}[市县])科技创新(\S{2})资金/g))
  expect(m[0].endsWith(FUND) || m[0] === FUND, `fund name "${m[0]}" = ${FUND}`);
for (const m of text.matchAll(/(\d{4})年度鞍山市科技创新专项资金/g)) expect(m[1] === '2024', `"${m[0]}" dated 2024`);

console.log(
  `${dirty ? 'report' : 'control'}: ${checks()} checks, ${errors.length} errors${errors.length ? '\n  ' + errors.join('\n  ') : ''}`,
);
process.exitCode = dirty ? 0 : errors.length ? 1 : 0;
