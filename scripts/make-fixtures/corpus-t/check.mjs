// An independent reader of report T's spec (the hand check): recomputes every total, subtotal, rate and ratio of its
// tables, the tables against each other (元 against 万元, the bonds against the repayment schedule, the payments
// against the spending tables), and the sums, rates, scores and counts its sentences state, from the spec's own text
// (not from data.mjs). The clean control must give no error; the report gives exactly the injections that are
// arithmetic (or of the period).
//   node scripts/make-fixtures/corpus-t/check.mjs [--dirty] [-v]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  add,
  col,
  D,
  handCheck,
  num,
  pct,
  rowOf,
  r2,
  subtotalChecks,
  tableTitled,
  titledTables,
  ZERO,
} from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 't-lenglian-2022-2024.spec.md'));
const tables = titledTables(blocks);
const wan = (yuan) => r2(yuan.div(10000));
const T = (re) => tableTitled(tables, re);
const cell = (t, label, re) => num(rowOf(t, label)[col(t, re)]);
const isSub = (r) => r.some((x) => /小计$/.test(x));
const isTotal = (r) => r[0] === '合计' || /合计$/.test(r[0]);
// columns that are not quantities to add up
const NOT_ADDED = /率|进度|程度|比例|倍数|利率|期限|序号|批次|编码|日期|凭证|年度$|月份|累计|备注|^分值$/;

// ---- each table on its own: 小计 and 合计 rows, a 合计 column, row identities
for (const t of tables) {
  const width = t.head.length;
  const added = (c) => !NOT_ADDED.test(t.head[c]) || (/^分值$/.test(t.head[c]) && /附件1/.test(t.title));
  subtotalChecks(t, { isSub, added, same });
  const subs = t.body.filter(isSub);
  t.body.forEach((r, i) => {
    if (!isTotal(r) || isSub(r)) return;
    const settledOnly = /已结算/.test(r[0]);
    const parts = subs.length ? subs : t.body.slice(0, i).filter((x) => !settledOnly || num(x[col(t, /^审定价$/)]));
    for (let c = 1; c < width; c++) {
      if (!added(c) || !num(r[c])) continue;
      const xs = parts.map((x) => num(x[c]));
      if (xs.some((x) => x === null)) continue;
      same(num(r[c]), add(xs), `${t.title} ${r[0]} ${t.head[c]}`);
    }
  });
}

const bonds = T(/^表2 /),
  sources = T(/^表3 /),
  bondSpent = T(/^表4 /),
  countySpent = T(/^表5 /),
  content = T(/^表1 /),
  schedule = T(/^表6 /),
  balance = T(/^表7 /),
  trial = T(/^表8 /),
  system = T(/^表10 /),
  grades = T(/^表11 /),
  sample = T(/^表12 /),
  summary = T(/^表14 /),
  lots = T(/^表15 /),
  assets = T(/^表17 /),
  survey = T(/^表18 /),
  scoring = T(/^附件1 /),
  payments = T(/^附件2 /),
  monthly = T(/^附件3 /),
  questions = T(/^附件4 /);
const YEARS = ['2022', '2023', '2024'];
const SUBS = content.body.filter((r) => !isTotal(r)).map((r) => r[1]);

// 表2: the bonds; 表3: sources by year
const bondRows = bonds.body.filter((r) => !isTotal(r));
const bondTotal = cell(bonds, '合计', /发行金额/);
const bondYear = (y) => add(bondRows.filter((r) => r[4].startsWith(y)).map((r) => num(r[7])));
for (const y of YEARS) {
  same(cell(sources, `${y}年度`, /专项债券/), bondYear(y), `表3 ${y}专项债券 vs 表2`);
  const r = rowOf(sources, `${y}年度`);
  same(num(r[3]), num(r[1]).plus(num(r[2])), `表3 ${y} 合计列`);
}
same(
  cell(sources, '合计', /合计/),
  cell(sources, '合计', /专项债券/).plus(cell(sources, '合计', /县级配套/)),
  '表3 合计列',
);
same(cell(sources, '合计', /专项债券/), bondTotal, '表3 专项债券合计 vs 表2');
// 表1: each sub-project's 概算 = its bonds (表4) + its county funds (表5)
for (const s of SUBS)
  same(
    num(content.body.find((r) => r[1] === s)[4]),
    cell(bondSpent, s, /债券资金安排/).plus(cell(countySpent, s, /配套资金安排/)),
    `表1 ${s} 概算 vs 表4 + 表5`,
  );
same(num(rowOf(content, '合计')[4]), cell(sources, '合计', /^合计$/), '表1 合计 vs 表3');
same(cell(bondSpent, '合计', /债券资金安排/), bondTotal, '表4 安排 vs 表2');
same(cell(countySpent, '合计', /配套资金安排/), cell(sources, '合计', /县级配套/), '表5 安排 vs 表3');
// 表4, 表5: 累计 = the years, 支出进度 = 累计 ÷ 安排
for (const [t, a] of [
  [bondSpent, /债券资金安排/],
  [countySpent, /配套资金安排/],
])
  for (const r of t.body) {
    const ys = YEARS.map((y) => num(r[col(t, new RegExp(`${y}年度`))]));
    same(num(r[col(t, /累计/)]), add(ys), `${t.title.slice(0, 3)} ${r[0]} 累计`);
    same(
      num(r[col(t, /支出进度/)]),
      pct(num(r[col(t, /累计/)]), num(r[col(t, a)])),
      `${t.title.slice(0, 3)} ${r[0]} 支出进度`,
    );
  }
// 附件2: the payments by sub-project × year × source = 表4 / 表5 (元 → 万元), the year 小计 = both tables' year
const payRows = payments.body.filter((r) => !isSub(r) && !isTotal(r));
for (const r of payRows) expect(num(r[7])?.gt(0), `附件2 ${r[0]} 金额 ${r[7]} > 0`);
payRows.forEach((r, i) => expect(r[0] === String(i + 1), `附件2 序号 ${r[0]} = ${i + 1}`));
for (const y of YEARS) {
  for (const s of SUBS)
    for (const [src, t] of [
      ['专项债券', bondSpent],
      ['县级配套', countySpent],
    ])
      same(
        wan(add(payRows.filter((r) => r[2].startsWith(y) && r[4] === s && r[6] === src).map((r) => num(r[7])))),
        cell(t, s, new RegExp(`${y}年度`)),
        `附件2 ${y} ${s} ${src} vs ${t.title.slice(0, 3)}`,
      );
  const sub = num(payments.body.find((r) => r[0] === `${y}年度小计`)[7]);
  same(
    wan(sub),
    cell(bondSpent, '合计', new RegExp(`${y}年度`)).plus(cell(countySpent, '合计', new RegExp(`${y}年度`))),
    `附件2 ${y}年度小计 vs 表4 + 表5`,
  );
  // 表12: the year's payments and the sampled ones
  const sr = rowOf(sample, `${y}年度`);
  same(num(sr[1]), payRows.filter((r) => r[2].startsWith(y)).length, `表12 ${y} 支付笔数`);
  same(num(sr[2]), sub, `表12 ${y} 支付金额 vs 附件2 小计`);
}
for (const r of sample.body) same(num(r[5]), pct(num(r[4]), num(r[2])), `表12 ${r[0]} 抽查比例`);
// 附件3: each month's bond payments, the running sum, the bonds issued by then, the rate
let cum = ZERO;
for (const r of monthly.body) {
  const [y, m] = /^(\d{4})年(\d+)月$/.exec(r[0]).slice(1);
  const ym = `${y}-${m.padStart(2, '0')}`;
  const month = add(payRows.filter((p) => p[2].startsWith(ym) && p[6] === '专项债券').map((p) => num(p[7])));
  cum = cum.plus(month);
  same(num(r[1]), wan(month), `附件3 ${r[0]} 当月支付`);
  same(num(r[2]), wan(cum), `附件3 ${r[0]} 累计支付`);
  same(num(r[3]), add(bondRows.filter((b) => b[4] <= `${ym}-31`).map((b) => num(b[7]))), `附件3 ${r[0]} 累计发行额`);
  same(num(r[4]), pct(num(r[2]), num(r[3])), `附件3 ${r[0]} 累计支付进度`);
}
same(num(monthly.body.at(-1)[2]), cell(bondSpent, '合计', /累计/), '附件3 累计支付 vs 表4');
// 表6: the interest of each year from 表2 (paid from the year after issue, through maturity), principal at maturity
for (const r of schedule.body.filter((r) => !isTotal(r))) {
  const y = Number(r[0].replace('年', ''));
  const live = bondRows.filter((b) => y > Number(b[4].slice(0, 4)) && y <= Number(b[4].slice(0, 4)) + Number(b[5]));
  same(num(r[1]), r2(add(live.map((b) => num(b[7]).times(num(b[6])).div(100)))), `表6 ${y} 应付利息`);
  same(
    num(r[2]),
    add(bondRows.filter((b) => y === Number(b[4].slice(0, 4)) + Number(b[5])).map((b) => num(b[7]))),
    `表6 ${y} 应还本金`,
  );
  same(num(r[3]), num(r[1]).plus(num(r[2])), `表6 ${y} 本息合计`);
}
same(cell(schedule, '合计', /应还本金/), bondTotal, '表6 本金合计 vs 表2');
// 表7: income, net, cover of each row; its 应还本息 = 表6's of the year
const kinds = balance.head.slice(1, 5);
for (const r of balance.body) {
  same(num(r[5]), add(r.slice(1, 5).map(D)), `表7 ${r[0]} 收入合计 (${kinds.length} kinds)`);
  same(num(r[7]), num(r[5]).minus(num(r[6])), `表7 ${r[0]} 净收益`);
  same(num(r[9]), r2(num(r[7]).div(num(r[8]))), `表7 ${r[0]} 覆盖倍数`);
  if (!isTotal(r)) same(num(r[8]), cell(schedule, r[0], /本息合计/), `表7 ${r[0]} 应还本息 vs 表6`);
}
// 表8: 实现程度
for (const r of trial.body) same(num(r[3]), pct(num(r[2]), num(r[1])), `表8 ${r[0]} 实现程度`);
// 表15: 核减额 = 送审 − 审定, 核减率 = 核减额 ÷ 送审
for (const r of lots.body)
  if (num(r[6])) {
    same(num(r[6]), num(r[4]).minus(num(r[5])), `表15 ${r[0]} 核减额`);
    same(num(r[7]), pct(num(r[6]), num(r[4])), `表15 ${r[0]} 核减率`);
  }
// 表18 and 附件4: 有效问卷 = the answers, 满意率 = (很满意 + 满意) ÷ answers; 附件4's last question = 表18 合计
for (const r of survey.body) {
  const v = r.slice(2, 6).map(D);
  same(num(r[1]), add(v), `表18 ${r[0]} 有效问卷`);
  same(num(r[6]), pct(v[0].plus(v[1]), add(v)), `表18 ${r[0]} 满意率`);
}
const nSurvey = cell(survey, '合计', /有效问卷/);
for (const r of questions.body) {
  const v = r.slice(2, 6).map(D);
  same(add(v), nSurvey, `附件4 ${r[1]} 回答数`);
  same(num(r[6]), pct(v[0].plus(v[1]), add(v)), `附件4 ${r[1]} 满意率`);
}
expect(
  questions.body.at(-1).slice(2, 7).join() === rowOf(survey, '合计').slice(2, 7).join(),
  '附件4 总体评价 = 表18 合计',
);

// ---- scores: 附件1 (三级 rows, 小计 per 一级, 合计), 表10 (分值), 表14 (across), the headings and run-ins
const third = new Map();
let first = '';
const firsts = []; // [{ name, weight, score }]
for (const r of scoring.body) {
  if (/小计$/.test(r[0])) {
    firsts.push({ name: r[0].replace(/小计$/, ''), weight: num(r[4]), score: num(r[7]) });
    continue;
  }
  if (isTotal(r)) continue;
  if (r[0]) first = r[0];
  third.set(r[2], { name: r[3], weight: num(r[4]), score: num(r[7]), first });
}
const sysThirds = system.body.filter((r) => /^\d\.\d\.\d$/.test(r[2]));
expect(sysThirds.length === third.size, `表10 三级 ${sysThirds.length} = 附件1 ${third.size}`);
for (const r of sysThirds) same(num(r[4]), third.get(r[2])?.weight, `表10 ${r[2]} 分值 vs 附件1`);
same(num(rowOf(system, '合计')[4]), add(sysThirds.map((r) => num(r[4]))), '表10 合计');
const total = add(firsts.map((f) => f.score));
same(num(rowOf(scoring, '合计')[7]), total, '附件1 合计 = the 小计');
const sumRow = (label) => summary.body.find((r) => r[0] === label);
firsts.forEach((f, i) => {
  same(num(sumRow('分值')[i + 1]), f.weight, `表14 ${f.name} 分值 vs 附件1`);
  same(num(sumRow('得分')[i + 1]), f.score, `表14 ${f.name} 得分 vs 附件1`);
  same(
    num(sumRow('得分率')[i + 1]),
    pct(num(sumRow('得分')[i + 1]), num(sumRow('分值')[i + 1])),
    `表14 ${f.name} 得分率`,
  );
});
for (const k of ['分值', '得分']) same(num(sumRow(k)[5]), add(sumRow(k).slice(1, 5).map(D)), `表14 ${k} 合计`);
same(num(sumRow('得分率')[5]), pct(num(sumRow('得分')[5]), num(sumRow('分值')[5])), '表14 合计 得分率');
same(num(sumRow('得分')[5]), total, '表14 合计 vs 附件1');
const gradeOf = (s) => {
  for (const r of grades.body) {
    const m = /^(\d+)（含）—(\d+)分$/.exec(r[1]);
    if (m && s.gte(m[1]) && s.lt(Number(m[2]) + (m[2] === '100' ? 1 : 0))) return r[0];
    if (/^60分以下$/.test(r[1]) && s.lt(60)) return r[0];
  }
};
// the sentences
const text = blocks.filter((b) => b.type === 'para' || b.type === 'heading').map((b) => b.text);
const allText = text.join('\n');
const periods = [];
const subThird = (code) => [...third.entries()].filter(([c]) => c.startsWith(code + '.')).map(([, t]) => t);
for (const p of text) {
  let m;
  for (const x of p.matchAll(/评价期间[：为](\d{4}年\d+月\d+日)[—至](\d{4}年\d+月\d+日)/g))
    periods.push(x[1] + '—' + x[2]);
  if ((m = /专项债券资金([\d,.]+)万元（([\d.]+)亿元）和县级配套资金([\d,.]+)万元/.exec(p))) {
    same(D(m[1]), bondTotal, '一（三） 专项债券资金 vs 表2');
    same(D(m[2]).times(10000), D(m[1]), '一（三） 亿元 = 万元');
    same(D(m[3]), cell(sources, '合计', /县级配套/), '一（三） 县级配套 vs 表3');
    const n = /共分(\d+)批次发行/.exec(p);
    same(D(n[1]), bondRows.length, '一（三） 批次 vs 表2');
    const yb = /其中2022年度([\d,.]+)万元、2023年度([\d,.]+)万元、2024年度([\d,.]+)万元。县级/.exec(p);
    same(add(yb.slice(1).map(D)), D(m[1]), '一（三） 各年度债券之和 = 专项债券资金');
    YEARS.forEach((y, i) => same(D(yb[i + 1]), bondYear(y), `一（三） ${y}年度债券 vs 表2`));
    const yc = /县级配套资金分年度安排，其中2022年度([\d,.]+)万元、2023年度([\d,.]+)万元、2024年度([\d,.]+)万元/.exec(
      p,
    );
    same(add(yc.slice(1).map(D)), D(m[3]), '一（三） 各年度配套之和');
  }
  if ((m = /项目批复总投资([\d,.]+)万元/.exec(p)))
    same(D(m[1]), cell(sources, '合计', /^合计$/), '一（三） 总投资 vs 表3');
  if (
    (m =
      /累计支出专项债券资金([\d,.]+)万元，支出进度([\d.]+)%，尚未支出([\d,.]+)万元；其中2022年度支出([\d,.]+)万元、2023年度支出([\d,.]+)万元、2024年度支出([\d,.]+)万元。累计支出县级配套资金([\d,.]+)万元，占县级配套资金的([\d.]+)%/.exec(
        p,
      ))
  ) {
    same(D(m[1]), cell(bondSpent, '合计', /累计/), '一（四） 累计支出 vs 表4');
    same(D(m[2]), pct(D(m[1]), bondTotal), '一（四） 支出进度 = 累计支出 ÷ 发行');
    same(D(m[3]), bondTotal.minus(D(m[1])), '一（四） 尚未支出');
    same(add([m[4], m[5], m[6]].map(D)), D(m[1]), '一（四） 各年度之和 = 累计');
    same(D(m[7]), cell(countySpent, '合计', /累计/), '一（四） 配套累计 vs 表5');
    same(D(m[8]), pct(D(m[7]), cell(sources, '合计', /县级配套/)), '一（四） 配套占比');
  }
  if (
    (m =
      /^\d\.(.+?)。该子项目安排专项债券资金([\d,.]+)万元、县级配套资金([\d,.]+)万元，累计支出专项债券资金([\d,.]+)万元，其中2022年度([\d,.]+)万元、2023年度([\d,.]+)万元、2024年度([\d,.]+)万元，支出进度([\d.]+)%；累计支出县级配套资金([\d,.]+)万元/.exec(
        p,
      ))
  ) {
    const s = m[1];
    same(D(m[2]), cell(bondSpent, s, /债券资金安排/), `${s} 债券 vs 表4`);
    same(D(m[3]), cell(countySpent, s, /配套资金安排/), `${s} 配套 vs 表5`);
    same(D(m[4]), cell(bondSpent, s, /累计/), `${s} 累计 vs 表4`);
    same(add([m[5], m[6], m[7]].map(D)), D(m[4]), `${s} 各年度之和`);
    same(D(m[8]), pct(D(m[4]), D(m[2])), `${s} 支出进度`);
    same(D(m[9]), cell(countySpent, s, /累计/), `${s} 配套累计 vs 表5`);
  }
  if (
    (m =
      /已按期支付债券利息([\d,.]+)万元，其中2023年度([\d,.]+)万元、2024年度([\d,.]+)万元.*应付利息合计([\d,.]+)万元，应还本金([\d,.]+)万元，本息合计([\d,.]+)万元，最后一笔本金于(\d{4})年到期/.exec(
        p,
      ))
  ) {
    same(D(m[1]), D(m[2]).plus(D(m[3])), '一（五） 已付利息 = 两年');
    same(D(m[2]), cell(schedule, '2023年', /应付利息/), '一（五） 2023利息 vs 表6');
    same(D(m[3]), cell(schedule, '2024年', /应付利息/), '一（五） 2024利息 vs 表6');
    same(D(m[4]), cell(schedule, '合计', /应付利息/), '一（五） 利息合计 vs 表6');
    same(D(m[5]), bondTotal, '一（五） 本金 vs 表2');
    same(D(m[6]), D(m[4]).plus(D(m[5])), '一（五） 本息合计');
    same(D(m[7]), Math.max(...bondRows.map((b) => Number(b[4].slice(0, 4)) + Number(b[5]))), '一（五） 最后到期年');
  }
  if (
    (m =
      /收入合计([\d,.]+)万元，运营成本合计([\d,.]+)万元，净收益合计([\d,.]+)万元；运营期应还本息合计([\d,.]+)万元（2023、2024年度利息([\d,.]+)万元.*本息覆盖倍数为([\d.]+)倍/.exec(
        p,
      ))
  ) {
    same(D(m[1]), cell(balance, '合计', /收入合计/), '一（六） 收入 vs 表7');
    same(D(m[2]), cell(balance, '合计', /运营成本/), '一（六） 成本 vs 表7');
    same(D(m[3]), D(m[1]).minus(D(m[2])), '一（六） 净收益');
    same(D(m[4]), cell(balance, '合计', /应还本息/), '一（六） 本息 vs 表7');
    same(D(m[4]).plus(D(m[5])), cell(schedule, '合计', /本息合计/), '一（六） 运营期本息 + 已付利息 = 表6');
    same(D(m[6]), r2(D(m[3]).div(D(m[4]))), '一（六） 覆盖倍数');
  }
  if ((m = /一案两书预期收入([\d,.]+)万元，实际实现收入([\d,.]+)万元，收益实现程度([\d.]+)%/.exec(p))) {
    same(D(m[1]), cell(trial, '合计', /预期/), '试运营 预期 vs 表8');
    same(D(m[2]), cell(trial, '合计', /实际/), '试运营 实际 vs 表8');
    same(D(m[3]), pct(D(m[2]), D(m[1])), '试运营 实现程度');
  }
  if ((m = /前期工作经费([\d,.]+)万元，实际支出([\d,.]+)万元，执行率([\d.]+)%/.exec(p)))
    same(D(m[3]), pct(D(m[2]), D(m[1])), '2021 前期经费执行率');
  if ((m = /共设一级指标(\d+)个、二级指标(\d+)个、三级指标(\d+)个/.exec(p))) {
    same(D(m[1]), firsts.length, '二（二） 一级指标个数');
    same(D(m[2]), new Set([...third.keys()].map((c) => c.slice(0, 3))).size, '二（二） 二级指标个数');
    same(D(m[3]), third.size, '二（二） 三级指标个数 vs 附件1');
    const w = /分值分别为([\d分、]+)分/.exec(p)[1].split('分、').map(D);
    w.forEach((x, i) => same(x, firsts[i].weight, `二（二） ${firsts[i].name} 分值`));
  }
  if (
    (m =
      /共抽查支付凭证(\d+)笔，抽查金额([\d,.]+)元（([\d,.]+)万元），占累计支付金额([\d,.]+)万元的([\d.]+)%.*发放满意度调查问卷(\d+)份，收回有效问卷(\d+)份/.exec(
        p,
      ))
  ) {
    same(D(m[1]), cell(sample, '合计', /抽查笔数/), '二（三） 抽查笔数 vs 表12');
    same(D(m[2]), cell(sample, '合计', /抽查金额/), '二（三） 抽查金额 vs 表12');
    same(D(m[3]), wan(D(m[2])), '二（三） 元 = 万元');
    same(D(m[4]), wan(num(rowOf(payments, '合计')[7])), '二（三） 累计支付 vs 附件2');
    same(D(m[5]), pct(D(m[2]), num(rowOf(payments, '合计')[7])), '二（三） 抽查占比');
    same(D(m[7]), nSurvey, '二（三） 有效问卷 vs 表18');
  }
  if (
    (m =
      /综合得分([\d.]+)分，评价等级为“(.)”。其中，决策指标得([\d.]+)分，过程指标得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分/.exec(
        p,
      ))
  ) {
    same(D(m[1]), total, '三 综合得分 vs 附件1');
    same(D(m[1]), add(m.slice(3).map(D)), '三 综合得分 = 一级之和');
    expect(gradeOf(D(m[1])) === m[2], `三 等级 ${m[2]} vs 表11 (${gradeOf(D(m[1]))})`);
    firsts.forEach((f, i) => same(D(m[i + 3]), f.score, `三 ${f.name} vs 附件1`));
  }
  if ((m = /^（.）(.+?)指标（分值(\d+)分，得分([\d.]+)分）$/.exec(p))) {
    const f = firsts.find((x) => x.name === m[1]);
    same(D(m[2]), f.weight, `四 ${m[1]} 标题分值`);
    same(D(m[3]), f.score, `四 ${m[1]} 标题得分`);
  }
  if (
    (m = /^(.+?)指标下设(\d+)个二级指标、(\d+)个三级指标，\1指标分值(\d+)分，得分([\d.]+)分，得分率([\d.]+)%/.exec(p))
  ) {
    const f = firsts.find((x) => x.name === m[1]);
    const ts = [...third.values()].filter((t) => t.first.endsWith(m[1]));
    same(
      D(m[2]),
      new Set([...third.entries()].filter(([, t]) => t.first.endsWith(m[1])).map(([c]) => c.slice(0, 3))).size,
      `四 ${m[1]} 二级个数`,
    );
    same(D(m[3]), ts.length, `四 ${m[1]} 三级个数`);
    same(D(m[4]), f.weight, `四 ${m[1]} 分值`);
    same(D(m[5]), f.score, `四 ${m[1]} 得分`);
    same(D(m[6]), pct(D(m[5]), D(m[4])), `四 ${m[1]} 得分率`);
  }
  if ((m = /^(\d\.\d) (.+?)（分值(\d+)分，得分([\d.]+)分）$/.exec(p))) {
    const ts = subThird(m[1]);
    same(D(m[3]), add(ts.map((t) => t.weight)), `四 ${m[1]} 二级分值 = 三级`);
    same(D(m[4]), add(ts.map((t) => t.score)), `四 ${m[1]} 二级得分 = 三级`);
  }
  if ((m = /^(\d\.\d\.\d) (.+?)（分值(\d+)分，得([\d.]+)分）/.exec(p))) {
    const t = third.get(m[1]);
    expect(t && t.name === m[2], `四 ${m[1]} 名称 ${m[2]}`);
    same(D(m[3]), t.weight, `四 ${m[1]} 分值 vs 附件1`);
    same(D(m[4]), t.score, `四 ${m[1]} 得分 vs 附件1`);
    const f = /得分=(\d+)×([\d.]+)%=([\d.]+)分/.exec(p);
    if (f) same(D(f[3]), r2(D(f[1]).times(D(f[2])).div(100)), `四 ${m[1]} 得分=分值×率`);
  }
  if ((m = /^2\.1\.1 .*累计支出专项债券资金([\d,.]+)万元，支出进度([\d.]+)%/.exec(p))) {
    same(D(m[1]), cell(bondSpent, '合计', /累计/), '2.1.1 累计 vs 表4');
    same(D(m[2]), pct(D(m[1]), bondTotal), '2.1.1 支出进度');
  }
  if (
    (m = /^4\.1\.1 试运营期实际收入([\d,.]+)万元，一案两书预期([\d,.]+)万元，实现程度([\d.]+)%/.exec(
      p.replace(/^4\.1\.1 .*?）。/, '4.1.1 '),
    ))
  )
    same(D(m[3]), pct(D(m[1]), D(m[2])), '4.1.1 实现程度');
  if ((m = /收回有效问卷(\d+)份，满意度([\d.]+)%/.exec(p)))
    same(D(m[2]), cell(survey, '合计', /满意率/), '4.4.1 满意度 vs 表18');
  if (
    (m =
      /^（\d）(.+?)（.+?）。中标单位为(.+?)，合同价([\d,.]+)元（([\d,.]+)万元）(?:，送审价([\d,.]+)元，审定价([\d,.]+)元，核减([\d,.]+)元，核减率([\d.]+)%)?/.exec(
        p,
      ))
  ) {
    const r = rowOf(lots, m[1]);
    expect(r && r[2] === m[2], `${m[1]} 中标单位`);
    same(D(m[3]), num(r[3]), `${m[1]} 合同价 vs 表15`);
    same(D(m[4]), wan(D(m[3])), `${m[1]} 元 = 万元`);
    if (m[5]) {
      same(D(m[5]), num(r[4]), `${m[1]} 送审价 vs 表15`);
      same(D(m[6]), num(r[5]), `${m[1]} 审定价 vs 表15`);
      same(D(m[7]), D(m[5]).minus(D(m[6])), `${m[1]} 核减`);
      same(D(m[8]), pct(D(m[7]), D(m[5])), `${m[1]} 核减率`);
    } else expect(r[5] === '未结算', `${m[1]} 未结算`);
  }
  if (
    (m = /^施工1标合同价([\d,.]+)元.*送审价([\d,.]+)元.*审定为([\d,.]+)元，核减([\d,.]+)元，核减率([\d.]+)%/.exec(p))
  ) {
    const r = rowOf(lots, '施工1标');
    [3, 4, 5, 6, 7].forEach((c, i) => same(D(m[i + 1]), num(r[c]), `施工1标 sentence ${lots.head[c]}`));
  }
  if ((m = /移交资产原值合计([\d,.]+)万元/.exec(p))) same(D(m[1]), num(rowOf(assets, '合计')[4]), '资产原值 vs 表17');
  if ((m = /试运营期实现收入([\d,.]+)万元，其中冷库租赁收入([\d,.]+)万元/.exec(p))) {
    same(D(m[1]), cell(trial, '合计', /实际/), '五（四） 收入 vs 表8');
    same(D(m[2]), cell(trial, '冷库租赁收入', /实际/), '五（四） 冷库租赁 vs 表8');
  }
  if ((m = /实际收入([\d,.]+)万元，仅为一案两书预期的([\d.]+)%/.exec(p))) {
    same(D(m[1]), cell(trial, '合计', /实际/), '六（四） 收入 vs 表8');
    same(D(m[2]), cell(trial, '合计', /实现程度/), '六（四） 实现程度 vs 表8');
  }
  if ((m = /仍有专项债券资金([\d,.]+)万元未支出/.exec(p)))
    same(D(m[1]), bondTotal.minus(cell(bondSpent, '合计', /累计/)), '六（一） 未支出');
  if ((m = /专项债券资金发行([\d,.]+)万元与实际使用([\d,.]+)万元之间的差额([\d,.]+)万元/.exec(p)))
    same(D(m[3]), D(m[1]).minus(D(m[2])), '一（四） 发行与使用之差');
}
// the evaluated period is one, wherever it is stated, and ends before the report's date
expect(periods.length >= 2 && periods.every((x) => x === periods[0]), `评价期间 stated alike: ${periods.join(' / ')}`);
const reportDate = /报告日期：(\d{4})年(\d+)月(\d+)日/.exec(allText);
for (const p of periods) {
  const [, y, mo, d] = /—(\d{4})年(\d+)月(\d+)日$/.exec(p);
  expect(
    Number(y) * 10000 + Number(mo) * 100 + Number(d) <
      Number(reportDate[1]) * 10000 + Number(reportDate[2]) * 100 + Number(reportDate[3]),
    `评价期间 ${p} ends before the report's date`,
  );
}

for (const e of errors) console.log('ERROR ' + e);
console.log(`${dirty ? 'report' : 'control'}: ${tables.length} tables, ${checks()} checks, ${errors.length} errors`);
process.exit(dirty || !errors.length ? 0 : 1);
