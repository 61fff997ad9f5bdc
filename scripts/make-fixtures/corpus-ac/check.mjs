// An independent reader of report AC's spec (the hand check): recomputes every total, subtotal and rate of its
// tables, the tables against each other (表1's rows against the four 自评表, 表5 against 表6 / 表7 and the 支出
// sentence, 表4's 收入总计 against the department's 全年预算数, each programme's own table against its 自评表, the
// annex against 表3 / 表11), each 自评表 on its own (funds rows, 执行率 → 得分, 分值 100, 总分, 自评等级), and the
// sums, rates, scores, grades, counts, years and the bureau's name its sentences state — from the spec's own text,
// not from data.mjs. The clean control must give no error; the report gives its injections and their cascades.
//   node scripts/make-fixtures/corpus-ac/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, D, handCheck, num, pct, r2, titledTables } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'ac-qiongshan-2024.spec.md'));
const tables = titledTables(blocks);
const text = blocks
  .filter((b) => b.type === 'para' || b.type === 'heading')
  .map((b) => b.text)
  .join('\n');
const T = (n) => {
  const t = tables.find((x) => x.title.startsWith(`表${n} `));
  if (!t) throw new Error('no 表' + n);
  return t;
};
const annex = tables.slice(-3); // 附表1—3: captioned by centred lines, not 表N
const gradeOf = (s) => (s.gte(90) ? '优' : s.gte(80) ? '良' : s.gte(60) ? '中' : '差');
const pctS = (a, b) => pct(a, b).toFixed(2) + '%';
/** a figure the text states right after `before` (a regex source), as a Decimal; null when absent */
const stated = (before, all = false) => {
  const re = new RegExp(before + '([\\d,]+(?:\\.\\d+)?)', 'g');
  const hits = [...text.matchAll(re)].map((m) => D(m[1]));
  return all ? hits : (hits[0] ?? null);
};
const sumCol = (rows, c) => add(rows.map((r) => num(r[c])));
const body = (t) => t.body.filter((r) => r[0] !== '合计');
const total = (t) => t.body.find((r) => r[0] === '合计');

// ---- 表2 staff
{
  const t = T(2);
  for (const r of t.body) {
    same(num(r[3]), num(r[1]).minus(num(r[2])), `表2 ${r[0]} 空编`);
    same(num(r[4]), pct(num(r[2]), num(r[1])), `表2 ${r[0]} 使用率`);
  }
  for (const c of [1, 2, 3]) same(num(total(t)[c]), sumCol(body(t), c), `表2 合计 ${t.head[c]}`);
  same(stated('核定编制'), num(total(t)[1]), '二（二）核定编制 = 表2');
  same(stated('实有在编人员'), num(total(t)[2]), '二（二）实有 = 表2');
  same(stated('空编'), num(total(t)[3]), '二（二）空编 = 表2');
  same(stated('编制使用率'), num(total(t)[4]), '二（二）使用率 = 表2');
}
// ---- 表3 schools
const schools = body(T(3));
{
  const t = T(3);
  for (const c of [3, 4, 5]) same(num(total(t)[c]), sumCol(schools, c), `表3 合计 ${t.head[c]}`);
  same(stated('全区公办义务教育学校'), D(schools.length), '二（三）学校数');
  same(stated('其中初级中学'), D(schools.filter((r) => r[2] === '初中').length), '二（三）初中数');
  same(stated('、小学'), D(schools.filter((r) => r[2] === '小学').length), '二（三）小学数');
  same(stated('共有教学班'), sumCol(schools, 3), '二（三）班级');
  same(stated('在校学生约'), r2(sumCol(schools, 4).div(10000)), '二（三）学生（万人）');
  same(stated('教职工'), sumCol(schools, 5), '二（三）教职工');
  same(stated('管理公办义务教育学校'), D(schools.length), '二（一）学校数');
  same(stated('所属'), D(schools.length), '一 所属学校数');
}
const STD = { 初中: D(1000), 小学: D(800) };
// ---- 表4 income
const inc = (label, c = 1) => num(T(4).body.find((r) => r[0] === label)[c]);
{
  const t = T(4);
  for (const c of [1, 2]) {
    const year = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '事业收入', '其他收入'].map((l) =>
      inc(l, c),
    );
    same(inc('本年收入合计', c), add(year), `表4 本年收入合计 ${t.head[c]}`);
    same(inc('收入总计', c), inc('本年收入合计', c).plus(inc('上年结转结余', c)), `表4 收入总计 ${t.head[c]}`);
  }
  for (const r of t.body) {
    same(num(r[3]), num(r[1]).minus(num(r[2])), `表4 ${r[0]} 增减额`);
    if (r[4] !== '—') same(num(r[4]), pct(num(r[1]).minus(num(r[2])), num(r[2])), `表4 ${r[0]} 增减率`);
  }
  same(stated('我局收入总计'), inc('收入总计'), '三（一）收入总计');
  same(stated('其中本年收入'), inc('本年收入合计'), '三（一）本年收入');
  same(stated('、上年结转结余'), inc('上年结转结余'), '三（一）结转');
  same(stated('一般公共预算财政拨款收入'), inc('一般公共预算财政拨款收入'), '三（一）一般公共预算');
  same(stated('政府性基金预算财政拨款收入'), inc('政府性基金预算财政拨款收入'), '三（一）政府性基金');
  same(stated('，其他收入'), inc('其他收入'), '三（一）其他收入');
  same(stated('与2023年度收入总计'), inc('收入总计', 2), '三（一）2023 收入总计');
  same(stated('万元相比，增加'), inc('收入总计').minus(inc('收入总计', 2)), '三（一）增加');
  same(stated('万元，增长'), pct(inc('收入总计').minus(inc('收入总计', 2)), inc('收入总计', 2)), '三（一）增长率');
}
// ---- 表5 功能分类, 表6 经济分类, 表7 projects
const t5 = T(5),
  t6 = T(6),
  t7 = T(7);
const SPENT = num(total(t5)[2]);
const FULL = stated('全年预算');
{
  for (const r of t5.body) same(num(r[2]), num(r[3]).plus(num(r[4])), `表5 ${r[1]} 合计 = 基本 + 项目`);
  for (const c of [2, 3, 4]) same(num(total(t5)[c]), sumCol(body(t5), c), `表5 合计 ${t5.head[c]}`);
  same(FULL, inc('收入总计'), '三（二）全年预算 = 表4 收入总计');
  same(stated('全年支出'), SPENT, '三（二）全年支出 = 表5');
  same(stated('预算执行率为'), pct(SPENT, FULL), '三（二）预算执行率');
  same(stated('年末结转'), FULL.minus(SPENT), '三（二）年末结转');
  same(stated('其中基本支出'), num(total(t5)[3]), '三（二）基本支出');
  same(stated('占支出总额的'), pct(num(total(t5)[3]), SPENT), '三（二）基本占比');
  same(stated('项目支出占'), pct(num(total(t5)[4]), SPENT), '三（二）项目占比');
  // 表6: each 小计 the rows since the last; 合计 the 小计s; = 表5 基本
  let run = [];
  const subs = [];
  for (const r of t6.body) {
    if (/小计$/.test(r[1])) {
      same(num(r[2]), add(run), `表6 ${r[1]}`);
      subs.push(num(r[2]));
      run = [];
    } else if (r[0] !== '合计') run.push(num(r[2]));
  }
  same(num(total(t6)[2]), add(subs), '表6 合计 = 小计');
  same(num(total(t6)[2]), num(total(t5)[3]), '表6 合计 = 表5 基本支出');
  same(stated('基本支出中，人员经费'), num(t6.body.find((r) => r[1] === '人员经费小计')[2]), '三（二）人员经费');
  same(stated('，公用经费'), num(t6.body.find((r) => r[1] === '公用经费小计')[2]), '三（二）公用经费');
  // 表7
  for (const r of t7.body) same(num(r[5]), pct(num(r[4]), num(r[3])), `表7 ${r[1]} 执行率`);
  for (const c of [3, 4]) same(num(total(t7)[c]), sumCol(body(t7), c), `表7 合计 ${t7.head[c]}`);
  same(num(total(t7)[4]), num(total(t5)[4]), '表7 执行合计 = 表5 项目支出');
  same(stated('项目支出共'), D(body(t7).length), '三（二）项目个数');
  same(stated('全年预算数合计'), num(total(t7)[3]), '三（二）项目预算合计');
  same(stated('执行数合计'), num(total(t7)[4]), '三（二）项目执行合计');
  same(D(body(t7).filter((r) => r[6] === '是').length), D(3), '表7 重点自评 3个');
  // each 功能科目's 项目支出 = the projects of 表7 in it (P1 split by 学段 with 表11)
  const byCode = (code) =>
    add(
      body(t7)
        .filter((r) => r[2] === code)
        .map((r) => num(r[4])),
    );
  const t11 = T(11);
  const p1Stage = (stage) =>
    add(
      body(t11)
        .filter((r) => schools.find((s) => s[1] === r[1])[2] === stage)
        .map((r) => num(r[5])),
    );
  for (const r of body(t5)) {
    const extra = r[0] === '2050202' ? p1Stage('小学') : r[0] === '2050203' ? p1Stage('初中') : D(0);
    same(num(r[4]), byCode(r[0]).plus(extra), `表5 ${r[0]} 项目支出 = 表7`);
  }
}
// ---- 表8 三公
{
  const t = T(8);
  const row = (l) => t.body.find((r) => r[0] === l);
  for (const c of [1, 2, 3]) {
    same(
      num(row('公务用车购置及运行维护费')[c]),
      num(row('其中：公务用车购置费')[c]).plus(num(row('公务用车运行维护费')[c])),
      `表8 车 小计 ${t.head[c]}`,
    );
    same(
      num(row('合计')[c]),
      add(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].map((l) => num(row(l)[c]))),
      `表8 合计 ${t.head[c]}`,
    );
  }
  for (const r of t.body) {
    same(num(r[4]), num(r[2]).minus(num(r[1])), `表8 ${r[0]} 决算比预算`);
    same(num(r[5]), num(r[2]).minus(num(r[3])), `表8 ${r[0]} 比上年`);
  }
  const [b, s, l] = [1, 2, 3].map((c) => num(row('合计')[c]));
  same(stated('“三公”经费预算'), b, '三（三）预算');
  same(stated('万元，决算'), s, '三（三）决算');
  same(stated('完成预算的'), pct(s, b), '三（三）完成率');
  same(stated('较2023年度决算'), l, '三（三）2023');
  same(stated('万元减少'), l.minus(s), '三（三）减少');
  same(stated('公务用车购置及运行维护费'), num(row('公务用车购置及运行维护费')[2]), '三（三）车');
  same(stated('公务接待费'), num(row('公务接待费')[2]), '三（三）接待');
  same(stated('“三公”经费决算'), s, '四（四）三公决算');
}
// ---- 表9 采购
{
  const t = T(9);
  for (const r of t.body) {
    same(num(r[3]), num(r[1]).minus(num(r[2])), `表9 ${r[0]} 节约额`);
    same(num(r[4]), pct(num(r[3]), num(r[1])), `表9 ${r[0]} 节约率`);
  }
  for (const c of [1, 2, 3]) same(num(total(t)[c]), sumCol(body(t), c), `表9 合计 ${t.head[c]}`);
  same(stated('政府采购预算'), num(total(t)[1]), '三（四）预算');
  same(stated('签订采购合同'), num(total(t)[2]), '三（四）合同');
  same(stated('节约资金'), num(total(t)[3]), '三（四）节约');
  same(stated('节约率'), num(total(t)[4]), '三（四）节约率');
}
// ---- the four 自评表 (表10, 12, 14, 16), each on its own
const selfOf = (n) => {
  const t = T(n);
  const r = (label) => t.body.find((x) => x[0] === label);
  const funds = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'].map(r);
  const start = t.body.findIndex((x) => x[0] === '一级指标');
  const rows = t.body.slice(start + 1).filter((x) => x[0] !== '总分' && x[0] !== '自评等级');
  const name = t.head[1];
  for (const c of [2, 3, 4])
    same(
      num(funds[0][c]),
      add(funds.slice(1).map((f) => num(f[c]))),
      `表${n} 年度资金总额 ${['年初', '全年', '执行'][c - 2]} = 三项`,
    );
  const rate = pct(num(funds[0][4]), num(funds[0][3]));
  same(num(funds[0][6]), rate, `表${n} 执行率`);
  const fundsScore = r2(rate.div(10));
  same(num(funds[0][7]), fundsScore, `表${n} 资金得分 = 10 × 执行率`);
  same(D(10).plus(add(rows.map((x) => num(x[5])))), D(100), `表${n} 分值 = 100`);
  const tot = fundsScore.plus(add(rows.map((x) => num(x[6]))));
  same(num(r('总分')[6]), tot, `表${n} 总分`);
  expect(r('自评等级')[5] === gradeOf(tot), `表${n} 自评等级 ${r('自评等级')[5]} for ${tot}`);
  for (const x of rows) {
    expect(num(x[6]).lte(num(x[5])), `表${n} ${x[2]} 得分 ≤ 分值`);
    expect(num(x[6]).eq(num(x[5])) === (x[7] === '—'), `表${n} ${x[2]} 扣分 ⇔ 偏差原因`);
    // a target met or not: ≥ / ≤ / = on the figures
    const tv = /^([≥≤]?)([\d.]+)/.exec(x[3]);
    const av = /^([\d.]+)/.exec(x[4]);
    if (tv && av) {
      const ok = tv[1] === '≥' ? D(av[1]).gte(tv[2]) : tv[1] === '≤' ? D(av[1]).lte(tv[2]) : D(av[1]).eq(tv[2]);
      expect(ok === num(x[6]).eq(num(x[5])), `表${n} ${x[2]} 达标 ${x[4]} vs ${x[3]} ⇔ 满分 ${x[6]}/${x[5]}`);
    }
  }
  const level = (l1) => add(rows.filter((x) => x[0] === l1).map((x) => num(x[6])));
  const weight = (l1) => add(rows.filter((x) => x[0] === l1).map((x) => num(x[5])));
  return { t, name, funds, rows, rate, fundsScore, tot, level, weight };
};
const dept = selfOf(10);
const progs = [12, 14, 16].map(selfOf);
// 表10 against the bureau's tables
same(num(dept.funds[0][3]), FULL, '表10 全年预算 = 收入总计');
same(num(dept.funds[0][4]), SPENT, '表10 全年执行 = 表5 合计');
same(num(dept.funds[0][2]), stated('年初预算'), '表10 年初 = 三（二）');
same(
  num(dept.funds[1][3]),
  inc('一般公共预算财政拨款收入').plus(inc('政府性基金预算财政拨款收入')),
  '表10 当年财政拨款 = 表4',
);
same(num(dept.funds[2][3]), inc('上年结转结余'), '表10 上年结转 = 表4');
same(num(dept.funds[3][3]), inc('事业收入').plus(inc('其他收入')), '表10 其他资金 = 表4');
// the department's score sentences
same(stated('部门整体支出绩效自评得分为'), dept.tot, '一 自评得分 = 表10 总分');
same(stated('部门整体支出绩效自评表总分'), dept.tot, '四（三）总分');
same(stated('执行率[\\d.]+%，得分'), dept.fundsScore, '四（三）预算执行得分');
for (const l1 of ['部门管理', '履职效能', '社会效应']) {
  same(stated(`${l1}指标分值`), dept.weight(l1), `四（三）${l1} 分值`);
  same(stated(`${l1}指标分值\\d+分，得分`), dept.level(l1), `四（三）${l1} 得分`);
  same(stated(`${l1}分值`), dept.weight(l1), `四（二）${l1} 分值`);
}
same(stated('部门管理得分'), dept.level('部门管理'), '四（四）部门管理得分');
same(stated('社会效应得分'), dept.level('社会效应'), '四（四）社会效应得分');
same(stated('下设二级指标'), D(new Set(dept.rows.map((x) => x[1])).size), '四（二）二级指标数');
same(stated('、三级指标'), D(dept.rows.length), '四（二）三级指标数');
// 表1 against the four
{
  const t = T(1);
  const all = [dept, ...progs];
  t.body.forEach((r, i) => {
    const s = all[i];
    same(num(r[2]), num(s.funds[0][3]), `表1 ${r[1]} 全年预算`);
    same(num(r[3]), num(s.funds[0][4]), `表1 ${r[1]} 执行`);
    same(num(r[4]), pct(num(r[3]), num(r[2])), `表1 ${r[1]} 执行率`);
    same(num(r[5]), s.tot, `表1 ${r[1]} 得分`);
    expect(r[6] === gradeOf(num(r[5])), `表1 ${r[1]} 等级`);
  });
}
// every "自评得分X分，自评等级为“Y”" and "自评得分为X分（…），自评等级为“Y”"
for (const m of text.matchAll(/自评得分为?([\d.]+)分(?:（满分100分）)?，自评等级为“(.)”/g))
  expect(gradeOf(D(m[1])) === m[2], `自评等级“${m[2]}” for ${m[1]}`);
// programmes: their tables and sentences
const [s1, s2, s3] = progs;
/** a programme's own section: from its heading to the next programme's (or 六、) */
const pText = (name) => {
  const k = progs.findIndex((p) => p.name === name);
  const from = text.indexOf(`\n（${['一', '二', '三'][k]}）${name}项目`);
  const to = k < 2 ? text.indexOf(`\n（${['二', '三'][k]}）${progs[k + 1].name}项目`) : text.indexOf('\n六、');
  return text.slice(from, to);
};
/** the leading figure of a cell ("21066人" → 21066) */
const lead = (s) => D(/^[\d,.]+/.exec(s)[0]);
const statedIn = (txt, before) => {
  const m = new RegExp(before + '([\\d,]+(?:\\.\\d+)?)').exec(txt);
  return m ? D(m[1].replace(/,/g, '')) : null;
};
for (const s of progs) {
  const txt = pText(s.name);
  if (s !== s1) same(statedIn(txt, '全年预算'), num(s.funds[0][3]), `${s.name} 全年预算`);
  same(statedIn(txt, '执行率'), s.rate, `${s.name} 执行率`);
  same(statedIn(txt, '三级绩效指标'), D(s.rows.length), `${s.name} 指标数`);
  same(statedIn(txt, '该项目自评得分'), s.tot, `${s.name} 自评得分`);
  same(num(s.funds[0][4]), num(t7.body.find((r) => r[1] === s.name)[4]), `${s.name} 执行 = 表7`);
  same(num(s.funds[0][3]), num(t7.body.find((r) => r[1] === s.name)[3]), `${s.name} 全年预算 = 表7`);
}
{
  // P1: 表11
  const t = T(11);
  body(t).forEach((r, i) => {
    const sc = schools[i];
    expect(r[1] === sc[1], `表11 ${r[1]} 次序同表3`);
    same(num(r[2]), num(sc[4]), `表11 ${r[1]} 学生 = 表3`);
    same(num(r[3]), STD[sc[2]], `表11 ${r[1]} 标准`);
    same(num(r[4]), num(r[2]).times(num(r[3])).div(10000), `表11 ${r[1]} 核拨 = 学生 × 标准`);
    same(num(r[6]), pct(num(r[5]), num(r[4])), `表11 ${r[1]} 执行率`);
  });
  for (const c of [2, 4, 5]) same(num(total(t)[c]), sumCol(body(t), c), `表11 合计 ${t.head[c]}`);
  same(num(total(t)[4]), num(s1.funds[0][3]), '表11 核拨 = 表12 全年预算');
  same(num(total(t)[5]), num(s1.funds[0][4]), '表11 支出 = 表12 执行');
  const txt = pText(s1.name);
  same(statedIn(txt, '调整为'), num(total(t)[4]), 'P1 调整为');
  same(statedIn(txt, '各校实际支出'), num(total(t)[5]), 'P1 实际支出');
  same(statedIn(txt, '惠及在校学生'), num(total(t)[2]), 'P1 惠及学生');
  same(statedIn(txt, '全年补助学校'), D(body(t).length), 'P1 学校数');
  same(lead(s1.rows.find((x) => x[2] === '惠及在校学生数')[4]), num(total(t)[2]), '表12 惠及学生 = 表11');
  same(lead(s1.rows.find((x) => x[2] === '补助学校数')[4]), D(body(t).length), '表12 补助学校数');
}
{
  // P2: 表13
  const t = T(13);
  for (const r of body(t)) same(num(r[5]), pct(num(r[4]), num(r[3])), `表13 ${r[0]} 支付比例`);
  for (const c of [3, 4]) same(num(total(t)[c]), sumCol(body(t), c), `表13 合计 ${t.head[c]}`);
  same(num(total(t)[4]), num(s2.funds[0][4]), '表13 已支付 = 表14 执行');
  const txt = pText(s2.name);
  same(statedIn(txt, '签订施工合同'), num(total(t)[3]), 'P2 合同');
  same(statedIn(txt, '已支付'), num(total(t)[4]), 'P2 已支付');
  same(statedIn(txt, '年中追加'), num(s2.funds[0][3]).minus(num(s2.funds[0][2])), 'P2 追加');
  same(statedIn(txt, '其中上年结转资金'), num(s2.funds[2][3]), 'P2 结转');
  same(statedIn(txt, '当年财政拨款'), num(s2.funds[1][3]), 'P2 当年');
  same(D(body(t).length), D(12), 'P2 12 个项目');
  same(D(body(t).filter((r) => !D(num(r[4])).eq(num(r[3]))).length), D(3), 'P2 3个项目预留尾款');
}
{
  // P3: 表15
  const t = T(15);
  for (const r of body(t)) same(num(r[5]), r2(num(r[4]).div(num(r[2]))), `表15 ${r[1]} 人均`);
  same(num(total(t)[5]), r2(num(total(t)[4]).div(num(total(t)[2]))), '表15 人均 合计');
  for (const c of [2, 4]) same(num(total(t)[c]), sumCol(body(t), c), `表15 合计 ${t.head[c]}`);
  same(num(total(t)[4]), num(s3.funds[0][4]), '表15 经费 = 表16 执行');
  const people = num(total(t)[2]);
  same(lead(s3.rows.find((x) => x[2] === '培训人次')[4]), people, '表16 培训人次 = 表15');
  same(lead(dept.rows.find((x) => x[2] === '教师培训人次')[4]), people, '表10 教师培训人次 = 表15');
  same(lead(s3.rows.find((x) => x[2] === '培训班次')[4]), D(body(t).length), '表16 班次 = 表15');
  const txt = pText(s3.name);
  same(statedIn(txt, '年中调减'), num(s3.funds[0][2]).minus(num(s3.funds[0][3])), 'P3 调减');
  same(statedIn(txt, '其他资金（培训协作单位分担）'), num(s3.funds[3][3]), 'P3 其他资金');
  same(statedIn(txt, '全年举办培训班'), D(body(t).length), 'P3 班次');
  same(statedIn(txt, '培训'), people, 'P3 人次');
  same(stated('全年举办教师培训班8期，培训'), people, '四（四）培训人次');
}
// ---- annex
{
  const [sv, cmp, last] = annex;
  for (const r of sv.body) {
    same(num(r[3]), pct(num(r[2]), num(r[1])), `附表1 ${r[0]} 有效率`);
    same(num(r[5]), pct(num(r[4]), num(r[2])), `附表1 ${r[0]} 满意度`);
  }
  for (const c of [1, 2, 4]) same(num(total(sv)[c]), sumCol(body(sv), c), `附表1 合计 ${sv.head[c]}`);
  const r1 = (x) => x.toDecimalPlaces(1).toString();
  expect(
    r1(num(sv.body[0][5])) + '%' === dept.rows.find((x) => x[2] === '学生家长满意度')[4],
    '表10 家长满意度 = 附表1',
  );
  expect(
    r1(num(sv.body[1][5])) + '%' === dept.rows.find((x) => x[2] === '教职工满意度')[4],
    '表10 教职工满意度 = 附表1',
  );
  [dept, ...progs].forEach((s, i) => {
    same(num(cmp.body[i][2]), s.tot, `附表2 ${cmp.body[i][0]} 2024`);
    same(num(cmp.body[i][3]), num(cmp.body[i][2]).minus(num(cmp.body[i][1])), `附表2 ${cmp.body[i][0]} 增减`);
  });
  body(last).forEach((r, i) => {
    const st = STD[schools[i][2]];
    same(num(r[2]), num(schools[i][4]), `附表3 ${r[0]} 2024 学生 = 表3`);
    same(num(r[3]), num(r[1]).times(st).div(10000), `附表3 ${r[0]} 2023 核拨`);
    same(num(r[4]), num(body(T(11))[i][4]), `附表3 ${r[0]} 2024 核拨 = 表11`);
    same(num(r[5]), num(r[4]).minus(num(r[3])), `附表3 ${r[0]} 增减`);
  });
  for (const c of [1, 2, 3, 4, 5]) same(num(total(last)[c]), sumCol(body(last), c), `附表3 合计 ${last.head[c]}`);
}
// ---- years and the bureau's name
for (const m of text.matchAll(/(\d{4})年度部门整体支出/g)) expect(m[1] === '2024', `“${m[0]}” is 2024`);
for (const m of text.matchAll(/海口市(\S\S)区教育局/g)) expect(m[1] === '琼山', `“${m[0]}” is 琼山区's`);
// the 等级 a sentence states for a 总分 (“自评得分94.26分，自评等级为“良””) against the 自评表's own
for (const s of progs)
  for (const m of pText(s.name).matchAll(/自评等级为“(.)”/g))
    expect(m[1] === gradeOf(s.tot), `${s.name} 正文等级“${m[1]}” for ${s.tot}`);

console.log(`${dirty ? 'report' : 'control'}: ${checks()} checks, ${errors.length} errors`);
for (const e of errors) console.log('  ' + e);
if (!dirty && errors.length) process.exit(1);
