// An independent reader of report V's spec (the hand check): recomputes every total, subtotal, difference, rate and
// score of its tables, the tables against each other (表3 = 表4 = 表5; 表6 = 表2's 财政补助收入; 表7 = 附件4 and
// 附件5; 表10 = 附件1; 表3's 项目支出 = 附件2's 小计) and the sums, rates, scores, grade, counts, period and name its
// sentences state, from the spec's own text (not from data.mjs). The clean control must give no error; the report
// gives exactly the injections (#1—#10: each breaks one or more checks).
//   node scripts/make-fixtures/corpus-v/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, handCheck, num, pct, r2, tableTitled, titledTables, ZERO } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'v-yiyuan-2022-2024.spec.md'));
const tables = titledTables(blocks);
const T = (n) => tableTitled(tables, new RegExp(`^${n} `));
const colAt = (t, re) => {
  const c = t.head.findIndex((h) => re.test(h));
  if (c < 0) throw new Error(`${t.title}: no column ${re}`);
  return c;
};
const row = (t, label) => {
  const r = t.body.find((x) => x[0] === label || x[1] === label);
  if (!r) throw new Error(`${t.title}: no row ${label}`);
  return r;
};
const n = (s) => num(s);
const growthOf = (now, before) => pct(now.minus(before), before);
const YEARS = ['2022', '2023', '2024'];
const text = blocks
  .filter((b) => b.type === 'para' || b.type === 'heading')
  .map((b) => b.text)
  .join('\n');
/** the first match of `re` in the text (an error when none: the sentence was lost) */
const find = (re) => {
  const m = re.exec(text);
  if (!m) throw new Error('no sentence ' + re);
  return m;
};
const all = (re) => [...text.matchAll(new RegExp(re.source, 'g'))];

// ---- 表1 staff: each year's 合计 column = 编制内 + 编制外; 合计 row = the posts
const t1 = T('表1');
for (const r of t1.body)
  for (let y = 0; y < 3; y++)
    same(n(r[3 + 3 * y]), n(r[1 + 3 * y]).plus(n(r[2 + 3 * y])), `表1 ${r[0]} ${YEARS[y]} 合计`);
for (let c = 1; c < 10; c++)
  same(
    n(row(t1, '合计')[c]),
    add(t1.body.filter((r) => r[0] !== '合计').map((r) => n(r[c]))),
    `表1 合计 ${t1.head[c]}`,
  );

// ---- 表2 income, 表3 spending, 表7 workload: 合计 rows, growth columns
const t2 = T('表2');
for (let c = 1; c <= 3; c++)
  same(
    n(row(t2, '合计')[c]),
    add(t2.body.filter((r) => r[0] !== '合计').map((r) => n(r[c]))),
    `表2 合计 ${t2.head[c]}`,
  );
const growthCol = (t, from) => {
  for (const r of t.body) {
    const g = n(r.at(-1));
    if (g === null) continue;
    same(g, growthOf(n(r[from + 2]), n(r[from + 1])), `${t.title.split(' ')[0]} ${r[0] || r[1]} 增长率`);
  }
};
growthCol(t2, 1);
const t3 = T('表3');
for (let c = 1; c <= 3; c++) {
  same(
    n(row(t3, '基本支出小计')[c]),
    n(row(t3, '人员经费')[c]).plus(n(row(t3, '公用经费')[c])),
    `表3 基本支出小计 ${c}`,
  );
  same(n(row(t3, '支出合计')[c]), n(row(t3, '基本支出小计')[c]).plus(n(row(t3, '项目支出')[c])), `表3 支出合计 ${c}`);
}
growthCol(t3, 1);

// ---- 表4 functional classification: 类 and 款 rows = their 项 lines (codes nest by prefix); 合计 = the 类 rows
// = 表3's 支出合计; 表5 economic classification 合计 = its lines = 表3
const t4 = T('表4');
const coded = t4.body.filter((r) => /^\d+$/.test(r[0]));
for (const r of coded.filter((x) => x[0].length < 7))
  for (let c = 2; c <= 4; c++)
    same(
      n(r[c]),
      add(coded.filter((x) => x[0].length === 7 && x[0].startsWith(r[0])).map((x) => n(x[c]))),
      `表4 ${r[0]} ${c}`,
    );
const t5 = T('表5');
for (let c = 2; c <= 4; c++) {
  same(n(row(t4, '合计')[c]), add(coded.filter((x) => x[0].length === 3).map((x) => n(x[c]))), `表4 合计 ${c}`);
  same(n(row(t4, '合计')[c]), n(row(t3, '支出合计')[c - 1]), `表4 合计 = 表3 ${c}`);
  same(n(row(t5, '合计')[c]), add(t5.body.filter((r) => r[0] !== '合计').map((r) => n(r[c]))), `表5 合计 ${c}`);
  same(n(row(t5, '合计')[c]), n(row(t3, '支出合计')[c - 1]), `表5 合计 = 表3 ${c}`);
}

// ---- 表6 budget: 调整额, 执行率; 决算 = 表2's 财政补助收入
const t6 = T('表6');
t6.body.forEach((r, y) => {
  same(n(r[3]), n(r[2]).minus(n(r[1])), `表6 ${r[0]} 调整额`);
  same(n(r[5]), pct(n(r[4]), n(r[2])), `表6 ${r[0]} 执行率`);
  same(n(r[4]), n(row(t2, '财政补助收入')[1 + y]), `表6 ${r[0]} 决算 = 表2 财政补助收入`);
});

// ---- 表7 workload; 附件4 (门诊人次 by department), 附件5 (by month)
const t7 = T('表7');
growthCol(t7, 2);
const a4 = T('附件4');
for (let c = 2; c <= 4; c++) {
  same(n(row(a4, '合计')[c]), add(a4.body.filter((r) => r[0] !== '合计').map((r) => n(r[c]))), `附件4 合计 ${c}`);
  same(n(row(a4, '合计')[c]), n(row(t7, '门诊人次')[c]), `附件4 合计 = 表7 门诊人次 ${c}`);
}
growthCol(a4, 2);
const a5 = T('附件5');
YEARS.forEach((yr) => {
  const months = a5.body.filter((r) => r[0].startsWith(yr + '年') && r[0].endsWith('月'));
  expect(months.length === 12, `附件5 ${yr} 12 months`);
  ['门诊人次', '出院人次', '住院手术台次'].forEach((k, j) => {
    same(n(row(a5, `${yr}年合计`)[1 + j]), add(months.map((m) => n(m[1 + j]))), `附件5 ${yr} ${k}`);
    same(n(row(a5, `${yr}年合计`)[1 + j]), n(row(t7, k)[2 + YEARS.indexOf(yr)]), `附件5 ${yr} ${k} = 表7`);
  });
});

// ---- 表8 assets and liabilities
const t8 = T('表8');
for (let c = 1; c <= 3; c++) {
  const v = (k) => n(row(t8, k)[c]);
  same(v('资产总计'), add(['流动资产', '固定资产净值', '在建工程', '无形资产'].map(v)), `表8 资产总计 ${c}`);
  same(v('负债合计'), v('流动负债').plus(v('非流动负债')), `表8 负债合计 ${c}`);
  same(v('净资产'), v('资产总计').minus(v('负债合计')), `表8 净资产 ${c}`);
  same(v('资产负债率'), pct(v('负债合计'), v('资产总计')), `表8 资产负债率 ${c}`);
}

// ---- 表9 三公: the car row = its 其中 rows; 合计 = 出国 + car + 接待 (the 其中 rows not counted twice)
const t9 = T('表9');
for (let c = 1; c <= 4; c++) {
  const v = (k) => n(row(t9, k)[c]);
  same(
    v('公务用车购置及运行维护费'),
    v('其中：公务用车购置费').plus(v('公务用车运行维护费')),
    `表9 公务用车 ${t9.head[c]}`,
  );
  same(v('合计'), add(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].map(v)), `表9 合计 ${t9.head[c]}`);
}

// ---- 附件1 the indicator table; 表10 the first levels
const a1 = T('附件1');
const inds = a1.body.filter((r) => r[0] !== '合计');
let l1 = '';
const byL1 = {};
for (const r of inds) {
  if (r[0]) l1 = r[0];
  (byL1[l1] ??= []).push(r);
  expect(n(r[5]).lte(n(r[3])), `附件1 ${r[2]} 得分 ≤ 权重`);
}
same(n(row(a1, '合计')[3]), add(inds.map((r) => n(r[3]))), '附件1 合计 权重');
same(n(row(a1, '合计')[3]), 100, '附件1 权重 100');
same(n(row(a1, '合计')[5]), add(inds.map((r) => n(r[5]))), '附件1 合计 得分');
const t10 = T('表10');
for (const [label, rs] of Object.entries(byL1)) {
  const [, name, w] = /^(.+)（(\d+)）$/.exec(label);
  same(n(w), add(rs.map((r) => n(r[3]))), `附件1 ${name} 权重`);
  same(n(row(t10, name)[1]), n(w), `表10 ${name} 权重`);
  same(n(row(t10, name)[2]), add(rs.map((r) => n(r[5]))), `表10 ${name} 得分 = 附件1`);
  same(n(row(t10, name)[3]), pct(n(row(t10, name)[2]), n(w)), `表10 ${name} 得分率`);
}
same(n(row(t10, '合计')[2]), add(t10.body.filter((r) => r[0] !== '合计').map((r) => n(r[2]))), '表10 合计 得分');
same(n(row(t10, '合计')[2]), n(row(a1, '合计')[5]), '表10 合计 = 附件1');
const total = n(row(a1, '合计')[5]);
const band = (s) => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');

// ---- 表11 survey
const t11 = T('表11');
for (const r of t11.body) same(n(r[4]), pct(n(r[3]), n(r[2])), `表11 ${r[0]} 满意度`);
for (let c = 1; c <= 3; c++)
  same(n(row(t11, '合计')[c]), add(t11.body.filter((r) => r[0] !== '合计').map((r) => n(r[c]))), `表11 合计 ${c}`);

// ---- 附件2 projects: each rate, each year's 小计, 合计; 小计 spent = 表3's 项目支出
const a2 = T('附件2');
const projects = a2.body.filter((r) => /^\d+$/.test(r[0]));
for (const r of projects) same(n(r[5]), pct(n(r[4]), n(r[3])), `附件2 ${r[1]} ${r[2]} 执行率`);
YEARS.forEach((yr, y) => {
  const xs = projects.filter((r) => r[1] === yr);
  const s = row(a2, `${yr}年小计`);
  same(n(s[3]), add(xs.map((r) => n(r[3]))), `附件2 ${yr}年小计 预算`);
  same(n(s[4]), add(xs.map((r) => n(r[4]))), `附件2 ${yr}年小计 支出`);
  same(n(s[5]), pct(n(s[4]), n(s[3])), `附件2 ${yr}年小计 执行率`);
  same(n(s[4]), n(row(t3, '项目支出')[1 + y]), `附件2 ${yr}年小计 = 表3 项目支出`);
});
for (const c of [3, 4])
  same(n(row(a2, '合计')[c]), add(YEARS.map((yr) => n(row(a2, `${yr}年小计`)[c]))), `附件2 合计 ${c}`);
same(n(row(a2, '合计')[5]), pct(n(row(a2, '合计')[4]), n(row(a2, '合计')[3])), '附件2 合计 执行率');

// ---- 附件3 procurement: 节约额, 节约率, 小计, 合计
const a3 = T('附件3');
const buys = a3.body.filter((r) => /^\d+$/.test(r[0]));
for (const r of buys) {
  same(n(r[6]), n(r[4]).minus(n(r[5])), `附件3 ${r[0]} 节约额`);
  same(n(r[7]), pct(n(r[6]), n(r[4])), `附件3 ${r[0]} 节约率`);
}
const purTotals = (xs, r, what) => {
  for (const c of [4, 5, 6]) same(n(r[c]), add(xs.map((x) => n(x[c]))), `${what} ${c}`);
  same(n(r[7]), pct(n(r[6]), n(r[4])), `${what} 节约率`);
};
YEARS.forEach((yr) =>
  purTotals(
    buys.filter((r) => r[1] === yr),
    row(a3, `${yr}年小计`),
    `附件3 ${yr}年小计`,
  ),
);
purTotals(buys, row(a3, '合计'), '附件3 合计');

// ---- 附件6 equipment: 金额 = 数量 × 单价; 小计, 合计
const a6 = T('附件6');
const kit = a6.body.filter((r) => /^\d+$/.test(r[0]));
for (const r of kit) same(n(r[5]), r2(n(r[3]).times(n(r[4]))), `附件6 ${r[0]} 金额`);
for (const [label, xs] of [...YEARS.map((yr) => [`${yr}年小计`, kit.filter((r) => r[1] === yr)]), ['合计', kit]]) {
  same(n(row(a6, label)[3]), add(xs.map((r) => n(r[3]))), `附件6 ${label} 数量`);
  same(n(row(a6, label)[5]), add(xs.map((r) => n(r[5]))), `附件6 ${label} 金额`);
}

// ---- the sentences
const money = (s) => n(s);
// 摘要 and 三: the total, the first levels, the grade
same(money(find(/综合得分为([\d.]+)分/)[1]), total, '摘要 综合得分');
const firsts = find(/其中投入([\d.]+)分、过程([\d.]+)分、产出([\d.]+)分、效益([\d.]+)分/);
['投入', '过程', '产出', '效益'].forEach((k, i) => same(n(firsts[1 + i]), n(row(t10, k)[2]), `摘要 ${k}得分`));
expect(find(/其中投入[^。]*评价等级为“(.)”/)[1] === band(total), '摘要 等级');
const concl = find(/单位整体支出绩效评价综合得分([\d.]+)分，评价等级为“(.)”/);
same(money(concl[1]), total, '三 综合得分');
expect(concl[2] === band(total), `三 等级: stated ${concl[2]}, band of ${total} is ${band(total)}`);
// 二（四） and 四: counts of indicators, each first level's weight, score and rate
const l2Count = (rs) => new Set(rs.map((r, i) => r[1] || rs.slice(0, i).findLast((x) => x[1])?.[1])).size;
const counts = find(/设二级指标(\d+)个、三级指标(\d+)个，总权重100/);
// 二级 names repeat across first levels (none here), so the count is the rows that open a 二级 span
same(n(counts[1]), add(Object.values(byL1).map((rs) => n(l2Count(rs)))), '二（四） 二级指标个数');
same(n(counts[2]), inds.length, '二（四） 三级指标个数');
for (const [label, rs] of Object.entries(byL1)) {
  const name = label.replace(/（.*/, '');
  const m = find(
    new RegExp(`${name}指标权重(\\d+)，设二级指标(\\d+)个、三级指标(\\d+)个，得([\\d.]+)分，得分率([\\d.]+)%`),
  );
  same(n(m[1]), n(row(t10, name)[1]), `四 ${name} 权重`);
  same(n(m[2]), l2Count(rs), `四 ${name} 二级个数`);
  same(n(m[3]), rs.length, `四 ${name} 三级个数`);
  same(n(m[4]), add(rs.map((r) => n(r[5]))), `四 ${name} 得分 = 附件1`);
  same(n(m[5]), pct(n(m[4]), n(m[1])), `四 ${name} 得分率`);
}
// 一（二） staff
const staff = find(
  /2024年末(在职职工)?([\d,]+)人，其中编制内(\d+)人、编制外(\d+)人；2023年末([\d,]+)人，2022年末([\d,]+)人/,
);
same(n(staff[2]), n(row(t1, '合计')[9]), '一（二） 2024年末在职职工 = 表1');
same(n(staff[2]), n(staff[3]).plus(n(staff[4])), '一（二） 在职职工 = 编制内 + 编制外');
same(n(staff[3]), n(row(t1, '合计')[7]), '一（二） 编制内');
same(n(staff[5]), n(row(t1, '合计')[6]), '一（二） 2023年末');
same(n(staff[6]), n(row(t1, '合计')[3]), '一（二） 2022年末');
for (const [k, c] of [
  ['医师', 0],
  ['护理', 1],
  ['医技', 2],
]) {
  const m = find(new RegExp(`按岗位分[^。]*${k}(\\d+)人`));
  same(n(m[1]), n(row(t1, k)[9]), `一（二） ${k}`);
}
// 一（三） income
const inc = find(/收入合计分别为([\d,.]+)万元、([\d,.]+)万元、([\d,.]+)万元，2024年比2023年增长([\d.]+)%/);
YEARS.forEach((_, y) => same(money(inc[1 + y]), n(row(t2, '合计')[1 + y]), `一（三） 收入合计 ${YEARS[y]}`));
same(n(inc[4]), growthOf(money(inc[3]), money(inc[2])), '一（三） 增长率');
const fis = find(
  /财政补助收入分别为([\d,.]+)万元、([\d,.]+)万元、([\d,.]+)万元，占收入合计的比重在([\d.]+)%至([\d.]+)%/,
);
YEARS.forEach((_, y) =>
  same(money(fis[1 + y]), n(row(t2, '财政补助收入')[1 + y]), `一（三） 财政补助收入 ${YEARS[y]}`),
);
const shares = YEARS.map((_, y) => pct(n(row(t2, '财政补助收入')[1 + y]), n(row(t2, '合计')[1 + y])));
same(
  n(fis[4]),
  shares.reduce((a, b) => (a.lt(b) ? a : b)),
  '一（三） 最低比重',
);
same(
  n(fis[5]),
  shares.reduce((a, b) => (a.gt(b) ? a : b)),
  '一（三） 最高比重',
);
const biz = find(/2024年达([\d,.]+)万元，约合([\d.]+)亿元，占([\d.]+)%/);
same(money(biz[1]), n(row(t2, '事业收入')[3]), '一（三） 事业收入');
same(n(biz[2]), money(biz[1]).div(10000).toDecimalPlaces(2), '一（三） 亿元');
same(n(biz[3]), pct(money(biz[1]), n(row(t2, '合计')[3])), '一（三） 事业收入占比');
// 一（四） spending
for (const [re, label] of [
  [/支出合计分别为([\d,.]+)万元、([\d,.]+)万元、([\d,.]+)万元/, '支出合计'],
  [/基本支出分别为([\d,.]+)万元、([\d,.]+)万元、([\d,.]+)万元/, '基本支出小计'],
  [/人员经费([\d,.]+)万元、([\d,.]+)万元、([\d,.]+)万元/, '人员经费'],
  [/公用经费([\d,.]+)万元、([\d,.]+)万元、([\d,.]+)万元/, '公用经费'],
  [/项目支出分别为([\d,.]+)万元、([\d,.]+)万元、([\d,.]+)万元/, '项目支出'],
]) {
  const m = find(re);
  YEARS.forEach((_, y) => same(money(m[1 + y]), n(row(t3, label)[1 + y]), `一（四） ${label} ${YEARS[y]}`));
}
same(n(find(/人员经费比2023年增长([\d.]+)%/)[1]), n(row(t3, '人员经费')[4]), '一（四） 人员经费增长');
same(n(find(/公用经费增长([\d.]+)%/)[1]), n(row(t3, '公用经费')[4]), '一（四） 公用经费增长');
const fn = find(/综合医院），2024年为([\d,.]+)万元，占支出合计的([\d.]+)%/);
same(money(fn[1]), n(row(t4, '2100201')[4]), '一（四） 综合医院');
same(n(fn[2]), pct(money(fn[1]), n(row(t3, '支出合计')[3])), '一（四） 综合医院占比');
same(money(find(/工资福利支出2024年为([\d,.]+)万元/)[1]), n(row(t5, '301')[4]), '一（四） 工资福利支出');
same(money(find(/商品和服务支出([\d,.]+)万元。见表4/)[1]), n(row(t5, '302')[4]), '一（四） 商品和服务支出');
// 一（五） budget
const b24 = find(/2024年年初预算([\d,.]+)万元，[^。]*?调整为([\d,.]+)万元，全年执行([\d,.]+)万元，执行率([\d.]+)%/);
const b23 = find(/2023年年初预算([\d,.]+)万元，调整为([\d,.]+)万元，执行率([\d.]+)%/);
same(money(b24[1]), n(row(t6, '2024年')[1]), '一（五） 2024 年初');
same(money(b24[2]), n(row(t6, '2024年')[2]), '一（五） 2024 调整');
same(money(b24[3]), n(row(t6, '2024年')[4]), '一（五） 2024 执行');
same(n(b24[4]), n(row(t6, '2024年')[5]), '一（五） 2024 执行率');
same(money(b23[1]), n(row(t6, '2023年')[1]), '一（五） 2023 年初');
same(money(b23[2]), n(row(t6, '2023年')[2]), '一（五） 2023 调整');
same(n(b23[3]), n(row(t6, '2023年')[5]), '一（五） 2023 执行率');
same(n(find(/2022年执行率([\d.]+)%/)[1]), n(row(t6, '2022年')[5]), '一（五） 2022 执行率');
same(money(find(/2024年财政拨款预算调整额达([\d,.]+)万元/)[1]), n(row(t6, '2024年')[3]), '四（一） 调整额');
same(n(find(/2024年财政拨款预算执行率([\d.]+)%/)[1]), n(row(t6, '2024年')[5]), '四（二） 执行率');
// 一（六） workload
const wk = find(
  /2024年门诊人次([\d,]+)人次，比2023年的([\d,]+)人次增长([\d.]+)%；急诊人次([\d,]+)人次；出院人次([\d,]+)人次；住院手术([\d,]+)台次，比2022年的([\d,]+)台次增长([\d.]+)%/,
);
same(n(wk[1]), n(row(t7, '门诊人次')[4]), '一（六） 门诊 2024');
same(n(wk[2]), n(row(t7, '门诊人次')[3]), '一（六） 门诊 2023');
same(n(wk[3]), growthOf(n(wk[1]), n(wk[2])), '一（六） 门诊增长');
same(n(wk[4]), n(row(t7, '急诊人次')[4]), '一（六） 急诊');
same(n(wk[5]), n(row(t7, '出院人次')[4]), '一（六） 出院');
same(n(wk[6]), n(row(t7, '住院手术台次')[4]), '一（六） 手术 2024');
same(n(wk[7]), n(row(t7, '住院手术台次')[2]), '一（六） 手术 2022');
same(n(wk[8]), growthOf(n(wk[6]), n(wk[7])), '一（六） 手术增长');
const bed = find(/病床使用率由2022年的([\d.]+)%提高到2024年的([\d.]+)%，平均住院日由([\d.]+)天缩短到([\d.]+)天/);
same(n(bed[1]), n(row(t7, '病床使用率')[2]), '一（六） 病床使用率 2022');
same(n(bed[2]), n(row(t7, '病床使用率')[4]), '一（六） 病床使用率 2024');
same(n(bed[3]), n(row(t7, '平均住院日')[2]), '一（六） 住院日 2022');
same(n(bed[4]), n(row(t7, '平均住院日')[4]), '一（六） 住院日 2024');
const beds = find(/开放床位由(\d+)张增至(\d+)张/);
same(n(beds[1]), n(row(t7, '实际开放床位')[2]), '一（一） 床位 2022');
same(n(beds[2]), n(row(t7, '实际开放床位')[3]), '一（一） 床位 2023');
const sm = find(/门诊人次由([\d,]+)人次增至([\d,]+)人次，出院人次由([\d,]+)人次增至([\d,]+)人次/);
same(n(sm[1]), n(row(t7, '门诊人次')[2]), '摘要 门诊 2022');
same(n(sm[2]), n(row(t7, '门诊人次')[4]), '摘要 门诊 2024');
same(n(sm[3]), n(row(t7, '出院人次')[2]), '摘要 出院 2022');
same(n(sm[4]), n(row(t7, '出院人次')[4]), '摘要 出院 2024');
const smm = find(/收入合计由2022年的([\d,.]+)万元增至2024年的([\d,.]+)万元，支出合计由([\d,.]+)万元增至([\d,.]+)万元/);
same(money(smm[1]), n(row(t2, '合计')[1]), '摘要 收入 2022');
same(money(smm[2]), n(row(t2, '合计')[3]), '摘要 收入 2024');
same(money(smm[3]), n(row(t3, '支出合计')[1]), '摘要 支出 2022');
same(money(smm[4]), n(row(t3, '支出合计')[3]), '摘要 支出 2024');
// 一（七） assets
const as = find(
  /2024年末医院资产总计([\d,.]+)万元，负债合计([\d,.]+)万元，净资产([\d,.]+)万元，资产负债率([\d.]+)%，比2022年末的([\d.]+)%下降([\d.]+)个百分点/,
);
same(money(as[1]), n(row(t8, '资产总计')[3]), '一（七） 资产');
same(money(as[2]), n(row(t8, '负债合计')[3]), '一（七） 负债');
same(money(as[3]), n(row(t8, '净资产')[3]), '一（七） 净资产');
same(n(as[4]), n(row(t8, '资产负债率')[3]), '一（七） 资产负债率');
same(n(as[5]), n(row(t8, '资产负债率')[1]), '一（七） 2022 资产负债率');
same(n(as[6]), n(as[5]).minus(n(as[4])), '一（七） 下降');
const repaid = money(find(/每年归还本金([\d,.]+)万元/)[1]);
for (let c = 2; c <= 3; c++)
  same(n(row(t8, '非流动负债')[c - 1]).minus(n(row(t8, '非流动负债')[c])), repaid, `一（七） 归还本金 ${c}`);
// 一（八） projects
const pj = find(/共实施重点项目(\d+)个（每年10个），预算合计([\d,.]+)万元，实际支出([\d,.]+)万元/);
same(n(pj[1]), projects.length, '一（八） 项目个数');
same(money(pj[2]), n(row(a2, '合计')[3]), '一（八） 预算合计');
same(money(pj[3]), n(row(a2, '合计')[4]), '一（八） 支出合计');
for (const yr of YEARS) {
  const m = find(new RegExp(`${yr}年(\\d+)个项目预算([\\d,.]+)万元，支出([\\d,.]+)万元，执行率([\\d.]+)%`));
  same(n(m[1]), projects.filter((r) => r[1] === yr).length, `一（八） ${yr} 个数`);
  same(money(m[2]), n(row(a2, `${yr}年小计`)[3]), `一（八） ${yr} 预算`);
  same(money(m[3]), n(row(a2, `${yr}年小计`)[4]), `一（八） ${yr} 支出`);
  same(n(m[4]), pct(money(m[3]), money(m[2])), `一（八） ${yr} 执行率`);
}
for (const m of all(/\d\.([^。]+?项目)。该项目(\d{4})年预算([\d,.]+)万元，实际支出([\d,.]+)万元，执行率([\d.]+)%/)) {
  const r = projects.find((x) => x[1] === m[2] && x[2] === m[1]);
  expect(!!r, `一（八） ${m[1]} in 附件2`);
  same(money(m[3]), n(r[3]), `一（八） ${m[1]} 预算`);
  same(money(m[4]), n(r[4]), `一（八） ${m[1]} 支出`);
  same(n(m[5]), pct(money(m[4]), money(m[3])), `一（八） ${m[1]} 执行率`);
  same(n(m[5]), n(r[5]), `一（八） ${m[1]} 执行率 = 附件2`);
}
// 一（九） 三公
const sg = find(
  /“三公”经费预算([\d,.]+)万元，决算([\d,.]+)万元，其中公务用车运行维护费([\d,.]+)万元，公务接待费([\d,.]+)万元（即([\d,]+)元）/,
);
same(money(sg[1]), n(row(t9, '合计')[3]), '一（九） 2024 预算');
same(money(sg[2]), n(row(t9, '合计')[4]), '一（九） 2024 决算');
same(money(sg[3]), n(row(t9, '公务用车运行维护费')[4]), '一（九） 运行维护');
same(money(sg[4]), n(row(t9, '公务接待费')[4]), '一（九） 接待');
same(n(sg[5]), money(sg[4]).times(10000), '一（九） 元');
const sg23 = find(/2023年“三公”经费决算([\d,.]+)万元，其中公务用车购置费([\d,.]+)万元/);
same(money(sg23[1]), n(row(t9, '合计')[2]), '一（九） 2023 决算');
same(money(sg23[2]), n(row(t9, '其中：公务用车购置费')[2]), '一（九） 2023 购置');
// 一（十） procurement
same(n(find(/共实施政府采购(\d+)项/)[1]), buys.length, '一（十） 采购项数');
for (const yr of YEARS) {
  const m = find(new RegExp(`${yr}年(\\d+)项，采购预算([\\d,.]+)万元，合同金额([\\d,.]+)万元，节约率([\\d.]+)%`));
  const s = row(a3, `${yr}年小计`);
  same(n(m[1]), buys.filter((r) => r[1] === yr).length, `一（十） ${yr} 项数`);
  same(money(m[2]), n(s[4]), `一（十） ${yr} 预算`);
  same(money(m[3]), n(s[5]), `一（十） ${yr} 合同`);
  same(n(m[4]), n(s[7]), `一（十） ${yr} 节约率`);
}
// 四（四） survey
const sv = find(/总体满意度为([\d.]+)%，其中住院患者满意度([\d.]+)%，医院职工满意度([\d.]+)%/);
same(n(sv[1]), n(row(t11, '合计')[4]), '四（四） 总体满意度');
same(n(sv[2]), n(row(t11, '住院患者')[4]), '四（四） 住院患者');
same(n(sv[3]), n(row(t11, '医院职工')[4]), '四（四） 职工');
same(n(find(/发放满意度调查问卷([\d,]+)份/)[1]), n(row(t11, '合计')[1]), '二（五） 问卷份数');
// 二（二） the period: the title's years
const [, from, to] = /(\d{4})—(\d{4})年度/.exec(blocks[0].text);
const period = find(/评价时段为(\d{4})年1月1日至(\d{4})年12月31日/);
expect(period[1] === from && period[2] === to, `二（二） 评价时段 ${period[1]}—${period[2]}, title ${from}—${to}`);
// the name: every "重庆市綦江区人民医?" is the title's name
const name = /^(.+?医院)/.exec(blocks[0].text)[1];
for (const m of all(/重庆市綦江区人民医./)) expect(m[0] === name, `name ${m[0]} = ${name}`);
expect(all(/綦江区人民医院古南院区/).length >= 3, 'the campus named the same way each time');

if (errors.length) {
  console.log(
    `${dirty ? 'report' : 'control'}: ${errors.length} errors in ${checks()} checks\n  ${errors.join('\n  ')}`,
  );
  process.exit(dirty ? 0 : 1);
}
console.log(`${dirty ? 'report' : 'control'}: ${checks()} checks, 0 errors`);
if (dirty) process.exit(1);
