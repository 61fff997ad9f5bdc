// An independent reader of report W's spec (the hand check): recomputes every total, subtotal and rate of its
// tables, the tables against each other (the income against the budget, the spending by 功能分类 against the
// 自评表's 执行数 and the other tables' parts, each programme's areas / months / communities / equipment against its
// own 自评表, the 三公 table against its rows), each 自评表 on its own (its funds row: 执行率 = 全年执行数 ÷ 全年预算数,
// 得分 = 10 × 执行率; its 总分 = the funds row + its indicator rows; 分值 100), and the sums, rates, scores, counts, the
// year and the department's name its sentences state, from the spec's own text (not from data.mjs). The clean
// control must give no error; the report gives exactly its injections and their cascades.
//   node scripts/make-fixtures/corpus-w/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, col, handCheck, num, pct, r2, tableTitled, titledTables } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'w-mudanjiang-2024.spec.md'));
const tables = titledTables(blocks);
const T = (re) => tableTitled(tables, re);
const isTotal = (r) => /合计$/.test(r[0]);
const text = blocks
  .filter((b) => b.type === 'para' || b.type === 'heading')
  .map((b) => b.text)
  .join('\n');
/** the figure of `re`'s group `g` (default the last) in the text, as a Decimal */
const grab = (re, g) => {
  const m = re.exec(text);
  expect(m !== null, `text has ${re}`);
  return m ? num(m[g ?? m.length - 1]) : null;
};
const rowOf = (t, re) => t.body.find((r) => re.test(r[0]));
const at = (t, rowRe, colRe) => num(rowOf(t, rowRe)?.[col(t, colRe)]);
// columns that are not quantities to add up
const NOT_ADDED = /率|比例|占比|满意度|序号|编码|科目|次均|标准|执行时间|完成情况|消防|单位$|^数量$/;

// ---- each table with a 合计 row (not the 自评表s): each added column of the 合计 = its rows above
for (const t of tables.filter((x) => !/自评表|低保标准/.test(x.title))) {
  t.body.forEach((r, i) => {
    if (!isTotal(r)) return;
    for (let c = 1; c < t.head.length; c++) {
      if (NOT_ADDED.test(t.head[c]) || !num(r[c])) continue;
      // 三公: the 其中 rows are parts of the row above them, not of the total
      const parts = t.body.slice(0, i).filter((x) => !/^其中|^公务用车运行维护费$/.test(x[0]));
      const xs = parts.map((x) => num(x[c]));
      if (xs.some((x) => x === null)) continue;
      same(num(r[c]), add(xs), `${t.title.slice(0, 4)} ${r[0]} ${t.head[c]}`);
    }
  });
}
/** each body row of `t`: column `to` = the sum of columns `from` */
const rowSums = (t, to, from, what) => {
  for (const r of t.body)
    if (from.every((c) => num(r[c]) !== null)) same(num(r[to]), add(from.map((c) => num(r[c]))), `${what} ${r[0]}`);
};
/** each body row of `t`: column `rc` = column a ÷ column b */
const rowRates = (t, rc, a, b, what) => {
  for (const r of t.body)
    if (num(r[a]) !== null && num(r[b]) !== null && num(r[rc]) !== null)
      same(num(r[rc]), pct(num(r[a]), num(r[b])), `${what} ${r[0]} ${r[1]}`);
};

// ---- 表2 staff: each 小计 = 行政 + 事业 + 工勤 (编制数 and 实有人数); the prose's figures
const staff = T(/人员编制/);
rowSums(staff, 4, [1, 2, 3], '表2 编制数小计');
rowSums(staff, 8, [5, 6, 7], '表2 实有人数小计');
const staffTotal = rowOf(staff, /^合计$/);
same(grab(/核定编制(\d+)名/), num(staffTotal[4]), '人员 核定编制');
same(grab(/实有在职人员(\d+)名/), num(staffTotal[8]), '人员 实有');
same(grab(/实有在职人员\d+名，其中行政人员(\d+)名/), num(staffTotal[5]), '人员 行政');
same(grab(/空编(\d+)名/), num(staffTotal[4]).minus(num(staffTotal[8])), '人员 空编');
same(grab(/编制使用率([\d.]+)%/), pct(num(staffTotal[8]), num(staffTotal[4])), '人员 编制使用率');

// ---- the department's 自评表 and the four programmes' 项目支出绩效自评表
/** a national 自评表: its funds row (年初, 全年, 执行, 分值, 执行率, 得分), its indicator rows, its 总分 */
const selfEval = (t) => {
  const fundsRow = rowOf(t, /^年度资金总额$/);
  const f = fundsRow
    .slice(1)
    .map(num)
    .filter((x) => x !== null);
  const head = t.body.findIndex((r) => r[0] === '一级指标');
  const end = t.body.findIndex((r) => r[0] === '总分');
  const rows = t.body.slice(head + 1, end);
  const totalRow = t.body[end];
  return {
    t,
    plan: f[0],
    full: f[1],
    spent: f[2],
    weight: f[3],
    rate: f[4],
    score: f[5],
    rows,
    total: num(totalRow[6]),
    max: num(totalRow[5]),
  };
};
const checkSelfEval = (s, what) => {
  same(s.rate, pct(s.spent, s.full), `${what} 执行率 = 全年执行数 ÷ 全年预算数`);
  same(s.score, r2(s.weight.times(s.rate).div(100)), `${what} 资金行得分 = 分值 × 执行率`);
  same(s.max, s.weight.plus(add(s.rows.map((r) => num(r[5])))), `${what} 分值 = 10 + 指标分值`);
  same(s.total, s.score.plus(add(s.rows.map((r) => num(r[6])))), `${what} 总分 = 资金行得分 + 指标得分`);
  for (const r of s.rows) expect(num(r[6]).lte(num(r[5])), `${what} ${r[2]} 得分 ≤ 分值`);
  // a row that lost points says why; a row with full points says 无
  for (const r of s.rows) expect(num(r[6]).eq(num(r[5])) === (r[7] === '无'), `${what} ${r[2]} 偏差原因`);
};
const dept = selfEval(T(/部门整体支出绩效自评表/));
checkSelfEval(dept, '部门自评表');
const deptPart = (re) => {
  const r = rowOf(dept.t, re)
    .map(num)
    .filter((x) => x !== null);
  return { plan: r[0], full: r[1], spent: r[2], rate: r[3] };
};
const basic = deptPart(/基本支出/);
const project = deptPart(/^项目支出$/);
for (const k of ['plan', 'full', 'spent']) same(dept[k], basic[k].plus(project[k]), `部门自评表 ${k} = 基本 + 项目`);
same(basic.rate, pct(basic.spent, basic.full), '部门自评表 基本支出执行率');
same(project.rate, pct(project.spent, project.full), '部门自评表 项目支出执行率');

const PROG_NAMES = [
  '城乡最低生活保障市级补助资金',
  '特困人员救助供养补助资金',
  '城乡社区综合服务设施建设项目',
  '市殡仪馆火化设备更新改造项目',
];
const progs = PROG_NAMES.map((name) => {
  const t = T(new RegExp(name + '项目支出绩效自评表'));
  const s = selfEval(t);
  checkSelfEval(s, name);
  // 年度资金总额 = 当年财政拨款 + 上年结转 + 其他, in 年初 and 全年
  const parts = ['当年财政拨款', '上年结转资金', '其他资金'].map((p) => rowOf(t, new RegExp(p)));
  for (const c of [2, 3])
    same(c === 2 ? s.plan : s.full, add(parts.map((r) => num(r[c]))), `${name} 资金来源 col ${c}`);
  return { name, ...s };
});

// ---- 表3 tasks: 执行率, and each row against the 自评表s and 表7
const tasks = T(/主要任务/);
rowRates(tasks, 5, 4, 3, '表3 执行率');
same(at(tasks, /合计/, /全年预算数/), dept.full, '表3 合计 = 自评表 全年预算数');
same(at(tasks, /合计/, /全年执行数/), dept.spent, '表3 合计 = 自评表 全年执行数');
same(num(rowOf(tasks, /合计/)[5]), dept.rate, '表3 合计 执行率');
const taskRow = (name) => tasks.body.find((r) => r[1] === name);
same(num(taskRow('机构正常运转')[3]), basic.full, '表3 机构正常运转 = 基本支出 全年预算');
same(num(taskRow('机构正常运转')[4]), basic.spent, '表3 机构正常运转 = 基本支出 执行');
for (const p of progs) {
  same(num(taskRow(p.name)[3]), p.full, `表3 ${p.name} 全年预算`);
  same(num(taskRow(p.name)[4]), p.spent, `表3 ${p.name} 执行`);
}
const others = T(/其他民政业务项目/);
rowRates(others, 5, 4, 3, '其他项目 执行率');
same(num(taskRow('其他民政业务')[3]), at(others, /合计/, /全年预算数/), '表3 其他民政业务 = 其他项目合计 预算');
same(num(taskRow('其他民政业务')[4]), at(others, /合计/, /全年执行数/), '表3 其他民政业务 = 其他项目合计 执行');
same(
  project.full,
  add(progs.map((p) => p.full)).plus(at(others, /合计/, /全年预算数/)),
  '项目支出全年预算 = 4个项目 + 其他项目',
);

// ---- 表4 income: 增减额, 增减率; 2024's 合计 = the 自评表's 全年预算数; the prose
const income = T(/部门收入情况/);
for (const r of income.body) {
  same(num(r[3]), num(r[2]).minus(num(r[1])), `收入 ${r[0]} 增减额`);
  same(num(r[4]), pct(num(r[2]).minus(num(r[1])), num(r[1])), `收入 ${r[0]} 增减率`);
}
const inc24 = at(income, /收入合计/, /2024/);
const inc23 = at(income, /收入合计/, /2023/);
same(inc24, dept.full, '收入合计 = 全年预算数');
same(grab(/我局收入合计([\d,.]+)万元/), inc24, '收入 prose 合计');
same(grab(/较2023年度的([\d,.]+)万元/), inc23, '收入 prose 2023');
same(grab(/较2023年度的[\d,.]+万元增加([\d,.]+)万元/), inc24.minus(inc23), '收入 prose 增加');
same(grab(/万元增加[\d,.]+万元，增长([\d.]+)%/), pct(inc24.minus(inc23), inc23), '收入 prose 增长');
same(grab(/一般公共预算财政拨款收入([\d,.]+)万元，占/), at(income, /一般公共/, /2024/), '收入 prose 一般公共');
same(
  grab(/一般公共预算财政拨款收入[\d,.]+万元，占([\d.]+)%/),
  pct(at(income, /一般公共/, /2024/), inc24),
  '收入 prose 占',
);
for (const [re, row] of [
  [/（福利彩票公益金）([\d,.]+)万元/, /政府性基金/],
  [/事业收入（殡仪服务收费）([\d,.]+)万元/, /事业收入/],
  [/；其他收入([\d,.]+)万元/, /其他收入/],
  [/上年结转结余([\d,.]+)万元。/, /上年结转/],
])
  same(grab(re), at(income, row, /2024/), `收入 prose ${row}`);

// ---- 表5 功能分类 and 表6 经济分类: rows, totals against the 自评表 and each other
const func = T(/按功能分类/);
rowSums(func, 2, [3, 4], '功能分类 合计 = 基本 + 项目');
same(at(func, /合计/, /^合计$/), dept.spent, '功能分类 合计 = 全年执行数');
same(at(func, /合计/, /基本支出/), basic.spent, '功能分类 基本 = 自评表 基本支出执行');
same(at(func, /合计/, /项目支出/), project.spent, '功能分类 项目 = 自评表 项目支出执行');
const econ = T(/按经济分类/);
rowSums(econ, 3, [1, 2], '经济分类 合计 = 基本 + 项目');
for (const r of econ.body.filter((r) => !isTotal(r)))
  same(num(r[4]), pct(num(r[3]), at(econ, /合计/, /合计/)), `经济分类 ${r[0]} 占比`);
for (const c of [1, 2, 3])
  same(num(rowOf(econ, /合计/)[c]), num(rowOf(func, /合计/)[[3, 4, 2][c - 1]]), `经济分类 = 功能分类 col ${c}`);
const fProj = (code) => num(func.body.find((r) => r[0] === code)[4]);
// each other project = its 功能科目's 项目支出, less the programme in the same 项 (2010804: 社区 programme)
const P3s = progs[2];
for (const r of others.body.filter((r) => !isTotal(r)))
  same(num(r[4]), fProj(r[2]).minus(r[2] === '2010804' ? P3s.spent : 0), `其他项目 ${r[1]} = 功能科目${r[2]}`);
same(fProj('2081901').plus(fProj('2081902')), progs[0].spent, '低保 = 2081901 + 2081902');
same(fProj('2082101').plus(fProj('2082102')), progs[1].spent, '特困 = 2082101 + 2082102');
same(fProj('2081004'), progs[3].spent, '殡葬 项目支出 = 火化设备项目');

// ---- 支出 prose
same(grab(/年初预算数([\d,.]+)万元，全年预算数/), dept.plan, '支出 prose 年初');
same(grab(/全年预算数（含年中追加调整和上年结转）([\d,.]+)万元/), dept.full, '支出 prose 全年');
same(grab(/上年结转）[\d,.]+万元，全年执行数([\d,.]+)万元/), dept.spent, '支出 prose 执行');
same(grab(/全年执行数[\d,.]+万元，预算执行率([\d.]+)%/), dept.rate, '支出 prose 执行率');
same(grab(/基本支出全年预算数([\d,.]+)万元/), basic.full, '支出 prose 基本 预算');
same(grab(/基本支出全年预算数[\d,.]+万元，执行([\d,.]+)万元/), basic.spent, '支出 prose 基本 执行');
same(grab(/基本支出全年预算数[\d,.]+万元，执行[\d,.]+万元，执行率([\d.]+)%/), basic.rate, '支出 prose 基本 执行率');
same(grab(/基本支出.*?占总支出的([\d.]+)%/), pct(basic.spent, dept.spent), '支出 prose 基本 占');
same(grab(/项目支出全年预算数([\d,.]+)万元/), project.full, '支出 prose 项目 预算');
same(grab(/项目支出全年预算数[\d,.]+万元，执行([\d,.]+)万元/), project.spent, '支出 prose 项目 执行');
same(grab(/项目支出全年预算数[\d,.]+万元，执行[\d,.]+万元，执行率([\d.]+)%/), project.rate, '支出 prose 项目 执行率');
same(grab(/项目支出全年预算数.*?占总支出的([\d.]+)%/), pct(project.spent, dept.spent), '支出 prose 项目 占');
{
  const m = /全年预算数较年初预算数增加([\d,.]+)万元，主要是：(.*?)。/.exec(text);
  const parts = [...m[2].matchAll(/(追加|调减)([\d,.]+)万元/g)].map((x) =>
    x[1] === '调减' ? num(x[2]).neg() : num(x[2]),
  );
  same(num(m[1]), dept.full.minus(dept.plan), '调整 = 全年 − 年初');
  same(num(m[1]), add(parts), '调整 = 各项追加 − 调减');
  same(grab(/最低生活保障市级补助资金追加([\d,.]+)万元/), progs[0].full.minus(progs[0].plan), '调整 低保');
  same(grab(/供养补助资金追加([\d,.]+)万元/), progs[1].full.minus(progs[1].plan), '调整 特困');
  same(grab(/节约调减([\d,.]+)万元/), progs[3].plan.minus(progs[3].full), '调整 火化');
  same(grab(/基本支出因调资追加([\d,.]+)万元/), basic.full.minus(basic.plan), '调整 基本');
}
for (const [re, row] of [
  [/工资福利支出([\d,.]+)万元/, /工资福利/],
  [/，商品和服务支出([\d,.]+)万元/, /商品和服务/],
  [/，对个人和家庭的补助([\d,.]+)万元/, /对个人和家庭/],
  [/资本性支出([\d,.]+)万元，见/, /资本性/],
])
  same(grab(re), at(econ, row, /^合计$/), `经济分类 prose ${row}`);
same(grab(/其他民政业务项目8个，全年预算数([\d,.]+)万元/), at(others, /合计/, /全年预算数/), '其他项目 prose 预算');
same(
  grab(/其他民政业务项目8个，全年预算数[\d,.]+万元，执行([\d,.]+)万元/),
  at(others, /合计/, /全年执行数/),
  '其他项目 prose 执行',
);
same(grab(/其他民政业务项目8个.*?执行率([\d.]+)%/), num(rowOf(others, /合计/)[5]), '其他项目 prose 执行率');
expect(others.body.filter((r) => !isTotal(r)).length === 8, '其他项目 8个');

// ---- 临时救助: 次均, 合计 = 2082001
const temp = T(/临时救助情况/);
for (const r of temp.body)
  same(num(r[3]), num(r[2]).times(10000).div(num(r[1])).toDecimalPlaces(0), `临时救助 ${r[0]} 次均`);
same(at(temp, /合计/, /拨付资金/), fProj('2082001'), '临时救助 合计 = 2082001');
same(grab(/全年救助([\d,]+)人次/), at(temp, /合计/, /救助人次/), '临时救助 prose 人次');
same(grab(/人次，拨付资金([\d,.]+)万元/), at(temp, /合计/, /拨付资金/), '临时救助 prose 资金');
same(grab(/人均救助(\d+)元/), at(temp, /合计/, /次均/), '临时救助 prose 人均');

// ---- 三公: the 小计 row = its 其中 rows, 增减 = 决算 − 预算, the prose, the 自评表's 控制率
const sg = T(/三公/);
for (const c of [1, 2, 4])
  same(num(sg.body[1][c]), num(sg.body[2][c]).plus(num(sg.body[3][c])), `三公 车辆小计 col ${c}`);
for (const r of sg.body) same(num(r[3]), num(r[2]).minus(num(r[1])), `三公 ${r[0]} 增减`);
const sgBud = at(sg, /合计/, /2024年预算/);
const sgAct = at(sg, /合计/, /2024年决算/);
same(grab(/“三公”经费预算([\d,.]+)万元/), sgBud, '三公 prose 预算');
same(grab(/“三公”经费预算[\d,.]+万元，决算([\d,.]+)万元/), sgAct, '三公 prose 决算');
same(grab(/决算[\d,.]+万元，较预算减少([\d,.]+)万元/), sgBud.minus(sgAct), '三公 prose 减少');
same(grab(/较预算减少[\d,.]+万元，下降([\d.]+)%/), pct(sgBud.minus(sgAct), sgBud), '三公 prose 下降');
same(grab(/较2023年决算([\d,.]+)万元/), at(sg, /合计/, /2023/), '三公 prose 2023');
same(grab(/较2023年决算[\d,.]+万元减少([\d,.]+)万元/), at(sg, /合计/, /2023/).minus(sgAct), '三公 prose 较2023');
same(grab(/公务用车运行维护费预算([\d,.]+)万元/), num(sg.body[3][1]), '三公 prose 运行 预算');
same(grab(/公务用车运行维护费预算[\d,.]+万元、决算([\d,.]+)万元/), num(sg.body[3][2]), '三公 prose 运行 决算');
same(grab(/公务接待费预算([\d,.]+)万元/), num(sg.body[4][1]), '三公 prose 接待 预算');
same(grab(/公务接待费预算[\d,.]+万元、决算([\d,.]+)万元/), num(sg.body[4][2]), '三公 prose 接待 决算');
const ctrl = dept.rows.find((r) => r[2] === '三公经费控制率');
same(num(ctrl[4]), pct(sgAct, sgBud), '自评表 三公经费控制率 = 决算 ÷ 预算');
same(grab(/为预算数的([\d.]+)%/), pct(sgAct, sgBud), '三公 为预算数的');
same(grab(/成本指标方面.*?“三公”经费决算([\d,.]+)万元/), sgAct, '产出 prose 三公决算');

// ---- 政府采购 and 资产
const buy = T(/政府采购/);
for (const r of buy.body) same(num(r[5]), pct(num(r[3]).minus(num(r[4])), num(r[3])), `采购 ${r[1]} 节约率`);
same(grab(/政府采购预算([\d,.]+)万元/), at(buy, /合计/, /采购预算/), '采购 prose 预算');
same(grab(/实际采购([\d,.]+)万元/), at(buy, /合计/, /合同金额/), '采购 prose 实际');
same(grab(/节约资金([\d,.]+)万元/), at(buy, /合计/, /采购预算/).minus(at(buy, /合计/, /合同金额/)), '采购 prose 节约');
same(grab(/节约资金[\d,.]+万元，节约率([\d.]+)%/), num(rowOf(buy, /合计/)[5]), '采购 prose 节约率');
const assets = T(/资产变动/);
for (const r of assets.body) same(num(r[4]), num(r[1]).plus(num(r[2])).minus(num(r[3])), `资产 ${r[0]} 年末`);
same(grab(/在建工程原值([\d,.]+)万元/), at(assets, /合计/, /年末/), '资产 prose 原值');
same(grab(/本年新增([\d,.]+)万元/), at(assets, /合计/, /本年增加/), '资产 prose 新增');
same(grab(/处置报废资产([\d,.]+)万元/), at(assets, /合计/, /本年减少/), '资产 prose 减少');

// ---- the department's score and its sentences
const levelOf = (s, l1, c) => add(s.rows.filter((r) => r[0] === l1).map((r) => num(r[c])));
same(grab(/部门整体支出自评得分([\d.]+)分/), dept.total, '部门 prose 自评得分 = 自评表总分');
expect(/评价等级为“优”。其中：预算执行率/.test(text) === dept.total.gte(90), '部门 等级 优');
same(grab(/预算执行率指标分值10分，执行率([\d.]+)%/), dept.rate, '部门 prose 执行率');
same(grab(/预算执行率指标分值10分，执行率[\d.]+%，得分([\d.]+)分/), dept.score, '部门 prose 资金得分');
for (const l1 of ['产出指标', '效益指标', '满意度指标']) {
  same(grab(new RegExp(`；${l1}分值(\\d+)分`)), levelOf(dept, l1, 5), `部门 prose ${l1} 分值`);
  same(grab(new RegExp(`；${l1}分值\\d+分，得分([\\d.]+)分`)), levelOf(dept, l1, 6), `部门 prose ${l1} 得分`);
  same(grab(new RegExp(`\\n${l1}分值(\\d+)分，得分`)), levelOf(dept, l1, 5), `部门 ${l1} 段 分值`);
  same(grab(new RegExp(`\\n${l1}分值\\d+分，得分([\\d.]+)分`)), levelOf(dept, l1, 6), `部门 ${l1} 段 得分`);
}
{
  const l1 = new Set(dept.rows.map((r) => r[0]));
  const l2 = new Set(dept.rows.map((r) => r[0] + '/' + r[1]));
  same(grab(/共设置一级指标(\d+)个/), l1.size, '部门 一级指标数');
  same(grab(/、二级指标(\d+)个/), l2.size, '部门 二级指标数');
  same(grab(/、三级指标(\d+)个/), dept.rows.length, '部门 三级指标数');
  const full = dept.rows.filter((r) => num(r[5]).eq(num(r[6]))).length;
  same(grab(/其中(\d+)个指标全部完成得满分/), full, '部门 满分指标数');
  same(grab(/(\d+)个指标未完全达到/), dept.rows.length - full, '部门 扣分指标数');
}
// the 自评表's 实际完成值 against the programmes' own tables
const actual = (s, name) => num(s.rows.find((r) => r[2] === name)[4].replace(/[^\d.]/g, ''));
const p1areas = T(/最低生活保障市级补助资金分配/);
const p2areas = T(/救助供养补助资金分配/);
const homes = T(/供养服务机构情况/);
same(actual(dept, '城乡低保保障人数'), at(p1areas, /合计/, /合计人数/), '部门 低保人数 = 表 合计');
same(actual(dept, '特困人员救助供养人数'), at(p2areas, /合计/, /^合计（人）$/), '部门 特困人数 = 表 合计');
same(actual(progs[0], '城市低保保障人数'), at(p1areas, /合计/, /城市低保/), '低保 城市人数');
same(actual(progs[0], '农村低保保障人数'), at(p1areas, /合计/, /农村低保/), '低保 农村人数');
same(actual(progs[1], '集中供养特困人员数'), at(p2areas, /合计/, /集中供养/), '特困 集中');
same(actual(progs[1], '分散供养特困人员数'), at(p2areas, /合计/, /分散供养/), '特困 分散');
same(at(homes, /合计/, /集中供养/), at(p2areas, /合计/, /集中供养/), '机构 集中供养 = 各县合计');

// ---- each programme: its area / month / item tables against its own 自评表, its sentences
rowSums(p1areas, 3, [1, 2], '低保 合计人数');
for (const r of p1areas.body) same(num(r[5]), pct(num(r[4]), progs[0].spent), `低保 ${r[0]} 资金占比`);
same(at(p1areas, /合计/, /分配资金/), progs[0].spent, '低保 分配合计 = 执行数');
for (const a of p1areas.body.filter((r) => !isTotal(r))) {
  same(grab(new RegExp(`${a[0]}([\\d,.]+)万元，保障`)), num(a[4]), `低保 prose ${a[0]} 资金`);
  same(grab(new RegExp(`${a[0]}[\\d,.]+万元，保障([\\d,]+)人`)), num(a[3]), `低保 prose ${a[0]} 人数`);
}
const months = T(/月度保障人数/);
rowSums(months, 5, [3, 4], '低保月度 发放合计');
same(at(months, /合计/, /城市低保金/), fProj('2081901'), '低保月度 城市 = 2081901');
same(at(months, /合计/, /农村低保金/), fProj('2081902'), '低保月度 农村 = 2081902');
same(num(rowOf(months, /^12月$/)[1]), at(p1areas, /合计/, /城市低保/), '低保 12月城市人数 = 各县合计');
same(num(rowOf(months, /^12月$/)[2]), at(p1areas, /合计/, /农村低保/), '低保 12月农村人数 = 各县合计');
same(grab(/全年发放城市低保金([\d,.]+)万元/), fProj('2081901'), '低保 prose 城市低保金');
same(grab(/农村低保金([\d,.]+)万元，合计/), fProj('2081902'), '低保 prose 农村低保金');
same(grab(/农村低保金[\d,.]+万元，合计([\d,.]+)万元/), progs[0].spent, '低保 prose 合计');
same(grab(/12月末全市城市低保对象([\d,]+)人/), at(p1areas, /合计/, /城市低保/), '低保 prose 12月城市');
same(
  grab(/12月末全市城市低保对象[\d,]+人、农村低保对象([\d,]+)人/),
  at(p1areas, /合计/, /农村低保/),
  '低保 prose 12月农村',
);
rowSums(p2areas, 3, [1, 2], '特困 合计人数');
same(at(p2areas, /合计/, /分配资金/), progs[1].spent, '特困 分配合计 = 执行数');
for (const a of [p2areas.body[0], p2areas.body[9]]) {
  same(grab(new RegExp(`${a[0]}集中供养(\\d+)人`)), num(a[1]), `特困 prose ${a[0]} 集中`);
  same(grab(new RegExp(`${a[0]}集中供养\\d+人、分散供养(\\d+)人`)), num(a[2]), `特困 prose ${a[0]} 分散`);
  same(
    grab(new RegExp(`${a[0]}集中供养\\d+人、分散供养\\d+人，分配资金([\\d,.]+)万元`)),
    num(a[4]),
    `特困 prose ${a[0]} 资金`,
  );
}
{
  const [beds, people, dis, carers] = [/床位/, /集中供养/, /失能/, /护理人员/].map((re) => at(homes, /合计/, re));
  same(grab(/共有床位([\d,]+)张/), beds, '机构 prose 床位');
  same(grab(/床位[\d,]+张，集中供养特困人员([\d,]+)人/), people, '机构 prose 集中供养');
  same(grab(/床位使用率([\d.]+)%/), pct(people, beds), '机构 prose 床位使用率');
  same(grab(/失能、半失能特困人员(\d+)人/), dis, '机构 prose 失能');
  same(grab(/配备护理人员(\d+)人/), carers, '机构 prose 护理人员');
  same(grab(/失能特困人员配比为1:([\d.]+)。/), dis.div(carers).toDecimalPlaces(1), '机构 prose 配比');
  const ok = homes.body.filter((r) => r[6] === '是').length;
  same(num(rowOf(homes, /合计/)[6].replace(/\D/g, '')), ok, '机构 达标数');
  same(
    actual(progs[1], '供养服务机构达标率'),
    pct(num(String(ok)), num(String(homes.body.length - 1))),
    '特困 供养服务机构达标率 = 达标 ÷ 机构数',
  );
}
const p3items = T(/设施建设项目实施情况/);
const done = p3items.body.filter((r) => r[5] === '已完工').length;
same(num(rowOf(p3items, /合计/)[5].replace(/\D/g, '')), done, '社区 已完工数');
same(at(p3items, /合计/, /预算/), progs[2].full, '社区 预算合计 = 全年预算');
same(at(p3items, /合计/, /支出/), progs[2].spent, '社区 支出合计 = 执行数');
same(actual(progs[2], '新建改造社区综合服务设施'), done, '社区 自评表 完成数');
same(actual(dept, '新建改造城乡社区综合服务设施数'), done, '部门 自评表 社区完成数');
for (const s of [progs[2], dept]) {
  const r = s.rows.find((x) => /按期完/.test(x[2]));
  same(num(r[4]), pct(num(String(done)), num(String(p3items.body.length - 1))), '按期完工率 = 完工 ÷ 项目数');
}
same(grab(/新建改造城乡社区综合服务设施(\d+)个完工/), done, '部门 prose 社区完工');
for (const m of text.matchAll(/完成率([\d.]+)%/g))
  same(num(m[1]), pct(num(String(done)), num(String(p3items.body.length - 1))), '社区 完成率');
const p4items = T(/设备购置及支付/);
rowRates(p4items, 6, 5, 4, '火化设备 支付比例');
same(at(p4items, /合计/, /合同金额/), progs[3].full, '火化设备 合同合计 = 全年预算');
same(at(p4items, /合计/, /已支付/), progs[3].spent, '火化设备 已支付合计 = 执行数');
same(grab(/未支付资金([\d,.]+)万元/), progs[3].full.minus(progs[3].spent), '火化设备 未支付');
expect(
  p4items.body.filter((r) => !isTotal(r) && !/火化机$|改造$/.test(r[1])).reduce((a, r) => a + Number(r[2]), 0) === 19,
  '火化设备 配套设备19台（套）',
);
// each programme's funds sentence and its score sentence
const sections = text.split(/\n（[一二三四]）(?=城乡最低|特困人员救助|城乡社区综合|市殡仪馆)/).slice(1);
progs.forEach((p, i) => {
  const s = sections[i];
  const g = (re) => {
    const m = re.exec(s);
    expect(m !== null, `${p.name} text has ${re}`);
    return m ? num(m[1]) : null;
  };
  same(g(/年初预算数([\d,.]+)万元/), p.plan, `${p.name} prose 年初`);
  same(g(/全年预算数([\d,.]+)万元/), p.full, `${p.name} prose 全年`);
  same(g(/全年执行数([\d,.]+)万元/), p.spent, `${p.name} prose 执行`);
  same(
    g(/全年执行数[\d,.]+万元，执行率([\d.]+)%/),
    pct(g(/全年执行数([\d,.]+)万元/), g(/全年预算数([\d,.]+)万元/)),
    `${p.name} prose 执行率 = 执行 ÷ 全年预算`,
  );
  same(g(/预算执行率指标得分([\d.]+)分/), p.score, `${p.name} prose 资金得分 = 自评表资金行`);
  same(g(/预算执行率指标得分([\d.]+)分/), r2(p.rate.div(10)), `${p.name} prose 资金得分 = 10 × 执行率`);
  const adj = /（(年中追加|调减)([\d,.]+)万元）/.exec(s);
  if (adj) same(num(adj[2]), p.full.minus(p.plan).abs(), `${p.name} prose 调整`);
  const carry = /其中上年结转资金([\d,.]+)万元/.exec(s);
  same(carry ? num(carry[1]) : num(0), num(rowOf(p.t, /上年结转/)[3]), `${p.name} prose 上年结转`);
  same(g(/自评得分([\d.]+)分/), p.total, `${p.name} prose 自评得分 = 自评表总分`);
  same(
    g(/自评得分([\d.]+)分/),
    p.score.plus(add(p.rows.map((r) => num(r[6])))),
    `${p.name} prose 自评得分 = 自评表各行`,
  );
  same(g(/设置(?:产出、效益、满意度三类)?绩效指标(\d+)个/), p.rows.length, `${p.name} 指标数`);
  same(grab(new RegExp(`${p.name}(\\d+\\.\\d+)分[，。]`)), p.total, `四 ${p.name} 得分`);
});
same(grab(/纳入重点自评的项目共4个，全年预算数合计([\d,.]+)万元/), add(progs.map((p) => p.full)), '四 预算合计');
same(grab(/占项目支出全年预算数的([\d.]+)%/), pct(add(progs.map((p) => p.full)), project.full), '四 占项目支出');
same(grab(/；全年执行数合计([\d,.]+)万元/), add(progs.map((p) => p.spent)), '四 执行合计');
same(grab(/社区综合服务设施未能按期完工，执行率([\d.]+)%/), progs[2].rate, '五 社区执行率');
same(grab(/调减预算([\d,.]+)万元，执行率/), progs[3].plan.minus(progs[3].full), '五 火化调减');
same(grab(/调减预算[\d,.]+万元，执行率([\d.]+)%/), progs[3].rate, '五 火化执行率');

// ---- the survey annex
const survey = T(/满意度调查/);
for (const r of survey.body) same(num(r[5]), pct(num(r[4]), num(r[3])), `问卷 ${r[1]} 满意度`);

// ---- the year and the department: the report evaluates 2024 (the title), by 牡丹江市民政局 only
const title = blocks.find((b) => b.type === 'para').text;
const year = /(\d{4})年度/.exec(title)[1];
expect(year === '2024', 'title year 2024');
same(grab(/对(\d{4})年度部门整体支出及/), num(year), 'opening 评价年度 = title');
// the two or three characters before 市民政局 (a city's name, or a word and a two-character name) end in 牡丹江
for (const m of text.matchAll(/([\u4e00-\u9fa5]{2,3})市民政局/g))
  expect(m[1].endsWith('牡丹江'), `部门名称 ${m[1]}市民政局`);

console.log(
  `${dirty ? 'report' : 'control'}: ${checks()} checks, ${errors.length} errors${errors.length ? '\n  ' + errors.join('\n  ') : ''}`,
);
process.exit(errors.length && !dirty ? 1 : 0);
