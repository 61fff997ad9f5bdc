// An independent reader of report S's spec (the hand check): recomputes every total, subtotal, rate and score of its
// tables, the tables against each other (表6 = 表7 = 表8 = 附件1; 表9 = 表8's 三公 lines; 表10 = 附件8; 表13 = 附件7 =
// 附件2—6; 附件9 = the 农机 form and text) and the sums, rates, scores and counts its sentences state, from the
// spec's own text (not from data.mjs). The clean control must give no error; the report gives exactly the
// injections that are arithmetic.
//   node scripts/make-fixtures/corpus-s/check.mjs [--dirty] [-v]
import Decimal from 'decimal.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { add, D, grid, handCheck, NUM, num, pct, r2, ZERO } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 's-nongye-2024.spec.md'));

// ---- tables: each logical table (a split table's pieces are one), spans spread over the cells they cover; titled
// by the caption "表N …" above it or the heading "附件N …"
const tables = [];
let title = '';
for (const b of blocks) {
  if (b.type === 'para' && /^表\d+ /.test(b.text)) title = b.text.split(' ')[0];
  if (b.type === 'heading' && /^附件\d+ /.test(b.text)) title = b.text.split(' ')[0];
  if (b.type !== 'table' || (b.piece ?? 0) > 0) continue;
  const whole = b.of ?? b;
  const nHead = whole.rows.filter((r) => r.head).length;
  const placed = whole.rows.map(() => ({ cells: [] }));
  // place cells as HTML lays them out (grid() wants each cell's col)
  const taken = [];
  whole.rows.forEach((r, i) => {
    taken[i] ??= [];
    let c = 0;
    for (const cell of r.cells) {
      while (taken[i][c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) (taken[i + dr] ??= [])[c + dc] = true;
      placed[i].cells.push({ ...cell, col: c });
      c += cell.colspan;
    }
  });
  const g = grid({ rows: placed });
  tables.push({ title, head: g.slice(0, nHead), body: g.slice(nHead), g });
}
const T = (t) => {
  const x = tables.find((y) => y.title === t);
  if (!x) throw new Error('no table ' + t);
  return x;
};
const colOf = (t, name) => t.head[t.head.length - 1].indexOf(name);
const rowOf = (t, label) => t.body.find((r) => r[0] === label || r[1] === label);
const totalRow = (t) => t.body.find((r) => r[0] === '合计');
const lines = (t) => t.body.filter((r) => r[0] !== '合计');
const cell = (t, label, name) => rowOf(t, label)[colOf(t, name)];

/** The 合计 row of a plain table = the sum of the rows above it, for each column given. */
function totals(t, cols, rows = lines(t)) {
  const tot = totalRow(t);
  for (const c of cols) {
    const k = colOf(t, c);
    same(num(tot[k]), add(rows.map((r) => num(r[k]) ?? ZERO)), `${t.title} 合计 ${c}`);
  }
}
/** A column that is the sum (or difference) of others in every row, 合计 included. */
function rowsAdd(t, target, plus, minus = []) {
  for (const r of t.body) {
    const v = add(plus.map((c) => num(r[colOf(t, c)]))).minus(add(minus.map((c) => num(r[colOf(t, c)]))));
    same(num(r[colOf(t, target)]), v, `${t.title} ${r[0]} ${target}`);
  }
}
/** A rate column = a ÷ b (or (b − a) ÷ b for a saving), every row. */
function rates(t, target, a, b, saving = false) {
  for (const r of t.body) {
    const x = num(r[colOf(t, a)]),
      y = num(r[colOf(t, b)]);
    if (x === null || y === null || y.isZero()) continue;
    same(num(r[colOf(t, target)]), pct(saving ? y.minus(x) : x, y), `${t.title} ${r[0]} ${r[1]} ${target}`);
  }
}

// ---- 表2, 表3: staff
const t2 = T('表2'),
  t3 = T('表3');
rowsAdd(t2, '编制合计', ['行政编制', '参公编制', '事业编制']);
totals(t2, t2.head.at(-1).slice(1)); // every column after 单位名称 is a count of people
totals(t3, ['核定编制数', '2024年末实有人数', '2023年末实有人数', '空编数']);
rowsAdd(t3, '空编数', ['核定编制数'], ['2024年末实有人数']);
same(num(cell(t3, '合计', '核定编制数')), num(cell(t2, '合计', '编制合计')), '表3 = 表2 编制');
same(num(cell(t3, '合计', '2024年末实有人数')), num(cell(t2, '合计', '年末实有在职人数')), '表3 = 表2 实有');
for (const [label, c] of [
  ['行政编制', '行政编制'],
  ['参照公务员法管理事业编制', '参公编制'],
  ['事业编制', '事业编制'],
]) {
  same(num(cell(t3, label, '核定编制数')), num(cell(t2, '合计', c)), `表3 ${label} = 表2`);
  const units = lines(t2).filter((r) => num(r[colOf(t2, c)]).gt(0));
  same(
    num(cell(t3, label, '2024年末实有人数')),
    add(units.map((r) => num(r[colOf(t2, '年末实有在职人数')]))),
    `表3 ${label} 实有 = 表2 by unit`,
  );
  same(
    num(cell(t3, label, '2023年末实有人数')),
    add(units.map((r) => num(r[colOf(t2, '2023年末实有人数')]))),
    `表3 ${label} 2023 = 表2 by unit`,
  );
}

// ---- 表4—表6: income, carry-over, spending
const t4 = T('表4'),
  t5 = T('表5'),
  t6 = T('表6');
rowsAdd(t4, '本年收入合计', ['财政拨款收入', '事业收入', '其他收入']);
totals(t4, ['财政拨款收入', '事业收入', '其他收入', '本年收入合计', '2023年收入合计']);
for (const r of t4.body)
  same(
    num(r[colOf(t4, '增减率')]),
    pct(
      num(r[colOf(t4, '本年收入合计')]).minus(num(r[colOf(t4, '2023年收入合计')])),
      num(r[colOf(t4, '2023年收入合计')]),
    ),
    `表4 ${r[0]} 增减率`,
  );
rowsAdd(t5, '年末结转和结余', ['年初结转和结余', '本年收入'], ['本年支出']);
totals(t5, ['年初结转和结余', '本年收入', '本年支出', '年末结转和结余']);
// 表6's header: two rows; its columns by the lower row where it names one
const c6 = (name) => t6.head[1].indexOf(name);
for (const r of t6.body) {
  same(num(r[c6('小计')]), num(r[c6('人员经费')]).plus(num(r[c6('公用经费')])), `表6 ${r[0]} 基本支出小计`);
  same(num(r[c6('本年支出合计')]), num(r[c6('小计')]).plus(num(r[c6('项目支出')])), `表6 ${r[0]} 合计`);
}
for (const name of ['人员经费', '公用经费', '小计', '项目支出', '本年支出合计', '2023年支出'])
  same(num(totalRow(t6)[c6(name)]), add(lines(t6).map((r) => num(r[c6(name)]))), `表6 合计 ${name}`);
for (const r of lines(t5)) {
  same(num(r[colOf(t5, '本年收入')]), num(rowOf(t4, r[0])[colOf(t4, '本年收入合计')]), `表5 ${r[0]} 收入 = 表4`);
  same(num(r[colOf(t5, '本年支出')]), num(rowOf(t6, r[0])[c6('本年支出合计')]), `表5 ${r[0]} 支出 = 表6`);
}
const SPENT = num(totalRow(t6)[c6('本年支出合计')]);
const BASIC = num(totalRow(t6)[c6('小计')]);
const PROJ = num(totalRow(t6)[c6('项目支出')]);

// ---- 表7, 表8: classifications (a 类 or 款 row = its lines; 合计 = every line; = 表6)
for (const [t, lineLen] of [
  [T('表7'), 7],
  [T('表8'), 5],
]) {
  rowsAdd(t, '本年支出合计', ['基本支出', '项目支出']);
  const ls = t.body.filter((r) => r[0].length === lineLen);
  for (const r of t.body.filter((x) => x[0] !== '合计' && x[0].length < lineLen))
    for (const c of ['本年支出合计', '基本支出', '项目支出', '2023年决算数'])
      same(
        num(r[colOf(t, c)]),
        add(ls.filter((x) => x[0].startsWith(r[0])).map((x) => num(x[colOf(t, c)]))),
        `${t.title} ${r[0]} ${r[1]} ${c}`,
      );
  totals(t, ['本年支出合计', '基本支出', '项目支出', '2023年决算数'], ls);
  same(num(cell(t, '合计', '基本支出')), BASIC, `${t.title} 基本支出 = 表6`);
  same(num(cell(t, '合计', '项目支出')), PROJ, `${t.title} 项目支出 = 表6`);
}

// ---- 表9: 三公 (其中 rows inside 公务用车; 合计 = the three kinds; = 表8's lines)
const t9 = T('表9');
const g9 = (label, c) => num(t9.body.find((r) => r[0].trim().replace(/^其中：/, '') === label)[colOf(t9, c)]);
for (const c of ['2024年预算数', '2024年决算数', '2023年决算数', '决算比预算增减', '比上年增减']) {
  same(
    g9('公务用车购置及运行维护费', c),
    g9('公务用车购置费', c).plus(g9('公务用车运行维护费', c)),
    `表9 公务用车 ${c}`,
  );
  same(
    g9('合计', c),
    add(['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].map((l) => g9(l, c))),
    `表9 合计 ${c}`,
  );
}
for (const r of t9.body) {
  same(
    num(r[colOf(t9, '决算比预算增减')]),
    num(r[colOf(t9, '2024年决算数')]).minus(num(r[colOf(t9, '2024年预算数')])),
    `表9 ${r[0].trim()} 决算比预算`,
  );
  same(
    num(r[colOf(t9, '比上年增减')]),
    num(r[colOf(t9, '2024年决算数')]).minus(num(r[colOf(t9, '2023年决算数')])),
    `表9 ${r[0].trim()} 比上年`,
  );
}
const t8 = T('表8');
same(g9('公务接待费', '2024年决算数'), num(cell(t8, '公务接待费', '本年支出合计')), '表9 公务接待费 = 表8 30217');
same(
  g9('公务用车运行维护费', '2024年决算数'),
  num(cell(t8, '公务用车运行维护费', '本年支出合计')),
  '表9 运行维护 = 表8 30231',
);
same(g9('公务用车购置费', '2024年决算数'), num(cell(t8, '公务用车购置', '本年支出合计')), '表9 购置 = 表8 31013');

// ---- 表10 and 附件8: procurement
const t10 = T('表10'),
  a8 = T('附件8');
rowsAdd(t10, '节约金额', ['采购预算'], ['合同金额']);
rates(t10, '节约率', '合同金额', '采购预算', true);
totals(t10, ['项数', '采购预算', '合同金额', '节约金额']);
rates(a8, '节约率', '合同金额', '采购预算', true);
totals(a8, ['采购预算', '合同金额'], lines(a8));
for (const r of lines(t10)) {
  const xs = lines(a8).filter((x) => x[colOf(a8, '采购类别')] === r[0]);
  same(num(r[colOf(t10, '项数')]), new Decimal(xs.length), `表10 ${r[0]} 项数 = 附件8`);
  same(num(r[colOf(t10, '采购预算')]), add(xs.map((x) => num(x[colOf(a8, '采购预算')]))), `表10 ${r[0]} 预算 = 附件8`);
  same(num(r[colOf(t10, '合同金额')]), add(xs.map((x) => num(x[colOf(a8, '合同金额')]))), `表10 ${r[0]} 合同 = 附件8`);
}
const SME = add(
  lines(a8)
    .filter((x) => x[colOf(a8, '是否授予中小企业')] === '是')
    .map((x) => num(x[colOf(a8, '合同金额')])),
);

// ---- 表11, 表12: assets
const t11 = T('表11'),
  t12 = T('表12');
rowsAdd(t11, '2024年末原值', ['2023年末原值', '本年增加'], ['本年减少']);
rowsAdd(t11, '净值', ['2024年末原值'], ['累计折旧']);
totals(t11, ['2023年末原值', '本年增加', '本年减少', '2024年末原值', '累计折旧', '净值']);
rowsAdd(t12, '2024年末数', ['2023年末数', '本年增加'], ['本年减少']);
totals(t12, ['2023年末数', '本年增加', '本年减少', '2024年末数']);

// ---- 附件7 and 表13: programmes
const a7 = T('附件7'),
  t13 = T('表13');
rates(a7, '执行率', '全年执行', '调整后预算');
totals(a7, ['年初预算', '调整后预算', '全年执行', '2023年执行'], lines(a7));
same(num(cell(a7, '合计', '全年执行')), PROJ, '附件7 全年执行 = 表6 项目支出');
for (const r of lines(t6)) {
  const short = r[0].replace('沛县', '');
  same(
    num(r[c6('项目支出')]),
    add(
      lines(a7)
        .filter((x) => x[2] === short)
        .map((x) => num(x[colOf(a7, '全年执行')])),
    ),
    `表6 ${r[0]} 项目支出 = 附件7`,
  );
}
rates(t13, '执行率', '全年执行', '调整后预算');
totals(t13, ['年初预算', '调整后预算', '全年执行', '2023年执行']);
for (const r of lines(t13)) {
  const x = rowOf(a7, r[0]);
  for (const c of ['年初预算', '调整后预算', '全年执行', '2023年执行'])
    same(num(r[colOf(t13, c)]), num(x[colOf(a7, c)]), `表13 ${r[0]} ${c} = 附件7`);
}

// ---- 附件1—6: the forms (funds rows, the indicators, 总分)
const forms = {};
for (const t of tables.filter((x) => /^附件[1-6]$/.test(x.title))) {
  const g = t.g;
  const fh = g.findIndex((r) => r.includes('年初预算数'));
  const fc = (name) => g[fh].indexOf(name);
  const funds = (label) => g.find((r) => r[1] === label);
  const total = funds('年度资金总额');
  const f = {
    title: t.title,
    name: g[0][1],
    initial: num(total[fc('年初预算数')]),
    budget: num(total[fc('全年预算数')]),
    spent: num(total[fc('全年执行数')]),
    rate: num(total[fc('执行率')]),
    funds: num(total[fc('得分')]),
  };
  for (const r of g.slice(fh + 1).filter((x) => /预算|资金|拨款|支出/.test(x[1]) && num(x[fc('全年预算数')]))) {
    const b = num(r[fc('全年预算数')]),
      s = num(r[fc('全年执行数')]);
    if (!b.isZero()) same(num(r[fc('执行率')]), pct(s, b), `${t.title} ${r[1]} 执行率`);
  }
  same(f.funds, r2(f.rate.div(100).times(num(total[fc('分值')]))), `${t.title} 资金得分 = 执行率 × 分值`);
  const parts = (labels) =>
    ['年初预算数', '全年预算数', '全年执行数'].forEach((c) =>
      same(
        num(total[fc(c)]),
        add(labels.map((l) => num(funds(l)[fc(c)]) ?? ZERO)),
        `${t.title} ${labels.join('+')} ${c}`,
      ),
    );
  if (t.title === '附件1') {
    parts(['其中：财政拨款', '其他资金']);
    parts(['其中：基本支出', '项目支出']);
  } else parts(['其中：当年财政拨款', '上年结转资金', '其他资金']);
  const ih = g.findIndex((r) => r[0] === '一级指标');
  const ind = g.slice(ih + 1).filter((r) => r[0] !== '总分');
  const cw = g[ih].indexOf('分值'),
    cs = g[ih].indexOf('得分');
  for (const r of ind) expect(num(r[cs]).lte(num(r[cw])), `${t.title} ${r[2]} 得分 ≤ 分值`);
  const tot = g.find((r) => r[0] === '总分');
  same(num(tot[cw]), add(ind.map((r) => num(r[cw]))).plus(10), `${t.title} 总分 分值`);
  same(num(tot[cs]), add(ind.map((r) => num(r[cs]))).plus(f.funds), `${t.title} 总分`);
  f.total = num(tot[cs]);
  f.l1 = (name) => add(ind.filter((r) => r[0] === name).map((r) => num(r[cs])));
  f.count = [new Set(ind.map((r) => r[0])).size, new Set(ind.map((r) => r[0] + r[1])).size, ind.length];
  f.l2count = (name) => new Set(ind.filter((r) => r[0] === name).map((r) => r[1])).size;
  f.l3count = (name) => ind.filter((r) => r[0] === name).length;
  f.actual = (l3) => ind.find((r) => r[2] === l3)[g[ih].indexOf('实际完成值')];
  f.src = (label, c) => num(funds(label)[fc(c)]);
  forms[t.title] = f;
}
const dept = forms['附件1'];
same(dept.spent, SPENT, '附件1 执行 = 表6');
same(dept.src('其中：基本支出', '全年执行数'), BASIC, '附件1 基本支出 = 表6');
same(dept.src('项目支出', '全年执行数'), PROJ, '附件1 项目支出 = 表6');
same(dept.src('项目支出', '全年预算数'), num(cell(a7, '合计', '调整后预算')), '附件1 项目预算 = 附件7');
same(dept.src('项目支出', '年初预算数'), num(cell(a7, '合计', '年初预算')), '附件1 项目年初 = 附件7');
same(
  dept.src('其他资金', '全年执行数'),
  num(cell(t4, '合计', '事业收入')).plus(num(cell(t4, '合计', '其他收入'))),
  '附件1 其他资金执行 = 表4 事业 + 其他收入',
);
const progForms = ['附件2', '附件3', '附件4', '附件5', '附件6'].map((k) => forms[k]);
for (const f of progForms) {
  const r = rowOf(a7, f.name);
  same(f.initial, num(r[colOf(a7, '年初预算')]), `${f.title} 年初 = 附件7`);
  same(f.budget, num(r[colOf(a7, '调整后预算')]), `${f.title} 全年 = 附件7`);
  same(f.spent, num(r[colOf(a7, '全年执行')]), `${f.title} 执行 = 附件7`);
}

// ---- 附件9: the 农机 list (元): 标准 × 数量, 小计 by town, 合计 = the 小计
const a9 = T('附件9');
const cq = colOf(a9, '数量（台）'),
  ca = colOf(a9, '补贴金额'),
  cstd = colOf(a9, '补贴标准（元/台）');
let from = 0;
const subs = [];
a9.body.forEach((r, i) => {
  if (/小计$/.test(r[0])) {
    const xs = a9.body.slice(from, i);
    same(num(r[cq]), add(xs.map((x) => num(x[cq]))), `附件9 ${r[0]} 数量`);
    same(num(r[ca]), add(xs.map((x) => num(x[ca]))), `附件9 ${r[0]} 金额`);
    subs.push(r);
    from = i + 1;
  } else if (r[0] !== '合计') same(num(r[ca]), num(r[cstd]).times(num(r[cq])), `附件9 ${r[0]} 标准×数量`);
});
same(num(totalRow(a9)[cq]), add(subs.map((x) => num(x[cq]))), '附件9 合计 数量');
same(num(totalRow(a9)[ca]), add(subs.map((x) => num(x[ca]))), '附件9 合计 金额');
const MACHINES = num(totalRow(a9)[cq]);
const SUBSIDY = num(totalRow(a9)[ca]);
const BUYERS = a9.body.filter((r) => /^\d+$/.test(r[0])).length;
const nong = forms['附件5'];
same(D(nong.actual('补贴机具数量').replace(/台$/, '')), MACHINES, '附件5 补贴机具数量 = 附件9');
same(D(nong.actual('受益购机户').replace(/户次$/, '')), new Decimal(BUYERS), '附件5 受益购机户 = 附件9 rows');
same(D(dept.actual('农机购置补贴机具数量').replace(/台$/, '')), MACHINES, '附件1 机具数量 = 附件9');

// ---- sentences
const paras = blocks.filter((b) => b.type === 'para').map((b) => b.text);
const para = (re) => {
  const p = paras.find((x) => re.test(x));
  if (!p) throw new Error('no paragraph ' + re);
  return p;
};
const m = (p, re) => {
  const x = re.exec(p);
  if (!x) throw new Error(`no ${re} in ${p.slice(0, 30)}`);
  return x.slice(1).map((v) => (NUM.test(v) ? D(v) : v));
};
const tot2 = totalRow(t2);
{
  const p = para(/^截至2024年12月31日，我局及所属单位核定编制/);
  const [posts, a, b, c, staff, staff23, less, hired, retired] = m(
    p,
    /核定编制(\d+)名，其中行政编制(\d+)名、参照公务员法管理事业编制(\d+)名、事业编制(\d+)名；年末实有在职人员(\d+)人，较2023年末的(\d+)人减少(\d+)人；另有编外聘用人员(\d+)人，离退休人员(\d+)人/,
  );
  same(posts, num(tot2[colOf(t2, '编制合计')]), '正文 核定编制');
  same(a.plus(b).plus(c), posts, '正文 编制 by category');
  same(a, num(tot2[colOf(t2, '行政编制')]), '正文 行政编制');
  same(staff, num(tot2[colOf(t2, '年末实有在职人数')]), '正文 年末实有在职人员 = 表2');
  same(staff, add(lines(t2).map((r) => num(r[colOf(t2, '年末实有在职人数')]))), '正文 年末实有在职人员 = 表2 rows');
  same(staff23, num(tot2[colOf(t2, '2023年末实有人数')]), '正文 2023年末');
  same(less, staff23.minus(staff), '正文 减少');
  same(hired, num(tot2[colOf(t2, '编外聘用人员')]), '正文 编外');
  same(retired, num(tot2[colOf(t2, '离退休人员')]), '正文 离退休');
}
// each unit's paragraph: its row of 表2, 表4, 表6 and its programmes in 附件7
for (const p of paras.filter((x) => /^\d\.沛县.+。该单位为/.test(x))) {
  const [unit, posts, staff, income, spent, pers, off, proj, n, spent23] = m(
    p,
    /^\d\.(沛县[^。]+)。该单位为.+?核定编制(\d+)名，年末实有在职(\d+)人。2024年度本年收入([\d,.]+)万元，本年支出([\d,.]+)万元，其中人员经费([\d,.]+)万元、公用经费([\d,.]+)万元、项目支出([\d,.]+)万元，承担.+等(\d+)个项目；2023年度支出([\d,.]+)万元/,
  );
  const r2_ = rowOf(t2, unit),
    r4 = rowOf(t4, unit),
    r6 = rowOf(t6, unit);
  same(posts, num(r2_[colOf(t2, '编制合计')]), `${unit} 编制`);
  same(staff, num(r2_[colOf(t2, '年末实有在职人数')]), `${unit} 实有`);
  same(income, num(r4[colOf(t4, '本年收入合计')]), `${unit} 收入`);
  same(spent, num(r6[c6('本年支出合计')]), `${unit} 支出`);
  same(pers, num(r6[c6('人员经费')]), `${unit} 人员经费`);
  same(off, num(r6[c6('公用经费')]), `${unit} 公用经费`);
  same(proj, num(r6[c6('项目支出')]), `${unit} 项目支出`);
  same(n, new Decimal(lines(a7).filter((x) => x[2] === unit.replace('沛县', '')).length), `${unit} 项目个数`);
  same(spent23, num(r6[c6('2023年支出')]), `${unit} 2023年支出`);
}
{
  const p = para(/^2024年度我局年初预算/);
  const [ini, iniB, iniP, bud, budB, budP, more, fis, oth] = m(
    p,
    /年初预算([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元。.+全年预算调整为([\d,.]+)万元，其中基本支出([\d,.]+)万元、项目支出([\d,.]+)万元，较年初预算增加([\d,.]+)万元。按资金来源分，财政拨款([\d,.]+)万元，其他资金([\d,.]+)万元/,
  );
  same(ini, dept.initial, '正文 年初预算 = 附件1');
  same(ini, iniB.plus(iniP), '正文 年初 = 基本 + 项目');
  same(iniP, dept.src('项目支出', '年初预算数'), '正文 项目年初 = 附件1');
  same(bud, dept.budget, '正文 全年预算 = 附件1');
  same(bud, budB.plus(budP), '正文 全年 = 基本 + 项目');
  same(budB, dept.src('其中：基本支出', '全年预算数'), '正文 基本全年 = 附件1');
  same(more, bud.minus(ini), '正文 增加');
  same(fis.plus(oth), bud, '正文 财政 + 其他');
  same(fis, dept.src('其中：财政拨款', '全年预算数'), '正文 财政拨款 = 附件1');
}
{
  const p = para(/^2024年度我局本年收入/);
  const [inc, inc23, g, fis, share, fee, oth] = m(
    p,
    /本年收入([\d,.]+)万元，较2023年度的([\d,.]+)万元增长([\d.]+)%。其中财政拨款收入([\d,.]+)万元，占([\d.]+)%；事业收入([\d,.]+)万元.+其他收入([\d,.]+)万元/,
  );
  const t = totalRow(t4);
  same(inc, num(t[colOf(t4, '本年收入合计')]), '正文 本年收入 = 表4');
  same(inc23, num(t[colOf(t4, '2023年收入合计')]), '正文 2023收入 = 表4');
  same(g, pct(inc.minus(inc23), inc23), '正文 收入增长');
  same(fis, num(t[colOf(t4, '财政拨款收入')]), '正文 财政拨款收入 = 表4 合计');
  same(fis, add(lines(t4).map((r) => num(r[colOf(t4, '财政拨款收入')]))), '正文 财政拨款收入 = 表4 rows');
  same(share, pct(fis, inc), '正文 财政拨款占比');
  same(fee, num(t[colOf(t4, '事业收入')]), '正文 事业收入');
  same(oth, num(t[colOf(t4, '其他收入')]), '正文 其他收入');
  same(inc, fis.plus(fee).plus(oth), '正文 收入 = 三项');
}
{
  const p = para(/^加上年初结转和结余/);
  const [cin, sp, cout] = m(p, /年初结转和结余([\d,.]+)万元，扣除本年支出([\d,.]+)万元，年末结转和结余([\d,.]+)万元/);
  const t = totalRow(t5);
  same(cin, num(t[colOf(t5, '年初结转和结余')]), '正文 年初结转');
  same(sp, SPENT, '正文 本年支出');
  same(cout, num(t[colOf(t5, '年末结转和结余')]), '正文 年末结转');
}
{
  const p = para(/^2024年度我局本年支出/);
  const [sp, sp23, g, b, bs, pers, off, pj, ps, rt, rb, rp] = m(
    p,
    /本年支出([\d,.]+)万元，较2023年度的([\d,.]+)万元增长([\d.]+)%.+基本支出([\d,.]+)万元，占([\d.]+)%，包括人员经费([\d,.]+)万元和公用经费([\d,.]+)万元；项目支出([\d,.]+)万元，占([\d.]+)%。全年预算执行率([\d.]+)%，其中基本支出执行率([\d.]+)%，项目支出执行率([\d.]+)%/,
  );
  same(sp, SPENT, '正文 支出 = 表6');
  same(sp23, num(totalRow(t6)[c6('2023年支出')]), '正文 2023支出');
  same(g, pct(sp.minus(sp23), sp23), '正文 支出增长');
  same(b, BASIC, '正文 基本支出');
  same(bs, pct(b, sp), '正文 基本占比');
  same(pers, num(totalRow(t6)[c6('人员经费')]), '正文 人员经费');
  same(off, num(totalRow(t6)[c6('公用经费')]), '正文 公用经费');
  same(pj, PROJ, '正文 项目支出');
  same(ps, pct(pj, sp), '正文 项目占比');
  same(rt, dept.rate, '正文 执行率 = 附件1');
  same(rb, pct(BASIC, dept.src('其中：基本支出', '全年预算数')), '正文 基本执行率');
  same(rp, pct(PROJ, dept.src('项目支出', '全年预算数')), '正文 项目执行率');
}
{
  const p = para(/^2024年度“三公”经费预算/);
  const [bud, act, done, less, a23, more, car, buy, run, rec, recYuan] = m(
    p,
    /预算([\d,.]+)万元，决算([\d,.]+)万元，完成预算的([\d.]+)%，决算比预算减少([\d,.]+)万元；比2023年度决算([\d,.]+)万元增加([\d,.]+)万元.+公务用车购置及运行维护费([\d,.]+)万元（公务用车购置费([\d,.]+)万元，公务用车运行维护费([\d,.]+)万元）；公务接待费([\d,.]+)万元，即([\d,.]+)元/,
  );
  same(bud, g9('合计', '2024年预算数'), '正文 三公预算');
  same(
    act,
    g9('公务用车购置及运行维护费', '2024年决算数')
      .plus(g9('公务接待费', '2024年决算数'))
      .plus(g9('因公出国（境）费', '2024年决算数')),
    '正文 三公决算 = 表9 rows',
  );
  same(act, g9('合计', '2024年决算数'), '正文 三公决算 = 表9 合计');
  same(done, pct(act, bud), '正文 三公完成预算');
  same(less, bud.minus(act), '正文 三公减少');
  same(a23, g9('合计', '2023年决算数'), '正文 三公2023');
  same(more, act.minus(a23), '正文 三公增加');
  same(car, buy.plus(run), '正文 公务用车');
  same(buy, g9('公务用车购置费', '2024年决算数'), '正文 购置');
  same(rec, g9('公务接待费', '2024年决算数'), '正文 接待');
  same(recYuan, rec.times(10000), '正文 接待 元 = 万元 × 10,000');
}
{
  const p = para(/^2024年度我局共实施政府采购/);
  const [n, bud, con, save, sr, sme, smeShare] = m(
    p,
    /政府采购(\d+)项，采购预算([\d,.]+)万元，合同金额([\d,.]+)万元，节约资金([\d,.]+)万元，节约率([\d.]+)%。其中授予中小企业合同金额([\d,.]+)万元，占([\d.]+)%/,
  );
  same(n, new Decimal(lines(a8).length), '正文 采购项数 = 附件8');
  same(bud, num(cell(t10, '合计', '采购预算')), '正文 采购预算');
  same(con, num(cell(t10, '合计', '合同金额')), '正文 合同金额');
  same(save, bud.minus(con), '正文 节约');
  same(sr, pct(save, bud), '正文 节约率');
  same(sme, SME, '正文 中小企业 = 附件8');
  same(smeShare, pct(sme, con), '正文 中小企业占比');
}
{
  const p = para(/^截至2024年末，我局固定资产原值/);
  const [orig, dep, net, add_, del, cars, cars23, less] = m(
    p,
    /原值([\d,.]+)万元，累计折旧([\d,.]+)万元，净值([\d,.]+)万元。本年新增固定资产([\d,.]+)万元.+报废处置固定资产([\d,.]+)万元.+年末公务用车(\d+)辆，较上年末(\d+)辆净减少(\d+)辆/,
  );
  same(orig, num(cell(t11, '合计', '2024年末原值')), '正文 原值');
  same(dep, num(cell(t11, '合计', '累计折旧')), '正文 折旧');
  same(net, orig.minus(dep), '正文 净值');
  same(add_, num(cell(t11, '合计', '本年增加')), '正文 新增');
  same(del, num(cell(t11, '合计', '本年减少')), '正文 处置');
  same(cars, num(cell(t12, '合计', '2024年末数')), '正文 车辆');
  same(cars23, num(cell(t12, '合计', '2023年末数')), '正文 车辆2023');
  same(less, cars23.minus(cars), '正文 车辆减少');
}
{
  const p = para(/^2024年度我局共实施项目/);
  const [n, bud, ini, sp, rt, sp23, mb, ms, share] = m(
    p,
    /实施项目(\d+)个，全年项目预算([\d,.]+)万元（年初预算([\d,.]+)万元），执行([\d,.]+)万元，执行率([\d.]+)%；2023年度项目支出([\d,.]+)万元。.+全年预算([\d,.]+)万元，执行([\d,.]+)万元，占项目支出的([\d.]+)%/,
  );
  same(n, new Decimal(lines(a7).length), '正文 项目个数');
  same(bud, num(cell(a7, '合计', '调整后预算')), '正文 项目全年预算');
  same(ini, num(cell(a7, '合计', '年初预算')), '正文 项目年初');
  same(sp, PROJ, '正文 项目执行');
  same(rt, pct(sp, bud), '正文 项目执行率');
  same(sp23, num(cell(a7, '合计', '2023年执行')), '正文 项目2023');
  same(mb, num(cell(t13, '合计', '调整后预算')), '正文 重点项目预算');
  same(ms, num(cell(t13, '合计', '全年执行')), '正文 重点项目执行');
  same(share, pct(ms, sp), '正文 重点项目占比');
}
{
  const p = para(/^1\.产出目标完成情况/);
  const [machines, wan, work] = m(
    p,
    /补贴购置各类农业机械(\d+)台，兑付补贴资金([\d,.]+)万元，另兑付深松、秸秆还田作业补贴([\d,.]+)万元/,
  );
  same(machines, MACHINES, '正文 机具 = 附件9');
  same(wan, SUBSIDY.div(10000), '正文 补贴万元 = 附件9 元 ÷ 10,000');
  same(wan.plus(work), nong.spent, '正文 购置 + 作业补贴 = 附件5 执行');
}
// 四（一）: counts of the department form
{
  const p = para(/^部门整体支出绩效自评表共设/);
  const [a, b, c] = m(p, /一级指标(\d+)个、二级指标(\d+)个、三级指标(\d+)个/);
  same(a, new Decimal(dept.count[0]), '正文 一级指标个数');
  same(b, new Decimal(dept.count[1]), '正文 二级指标个数');
  same(c, new Decimal(dept.count[2]), '正文 三级指标个数');
}
expect(/所属6个单位2024年度的全部收支/.test(para(/^我局成立了/)), '四（一）自评范围的年度是2024年度');
// 四（二）: each part of the department's score
{
  const [bud, sp, rt, fs, rf, ro] = m(
    para(/^1\.年度预算执行情况（分值10分）/),
    /全年预算([\d,.]+)万元，执行([\d,.]+)万元，执行率([\d.]+)%，得([\d.]+)分。其中财政拨款执行率([\d.]+)%，其他资金执行率([\d.]+)%/,
  );
  same(bud, dept.budget, '四（二）1 预算');
  same(sp, dept.spent, '四（二）1 执行');
  same(rt, pct(sp, bud), '四（二）1 执行率');
  same(fs, dept.funds, '四（二）1 得分');
  same(
    rf,
    pct(dept.src('其中：财政拨款', '全年执行数'), dept.src('其中：财政拨款', '全年预算数')),
    '四（二）1 财政拨款执行率',
  );
  same(ro, pct(dept.src('其他资金', '全年执行数'), dept.src('其他资金', '全年预算数')), '四（二）1 其他资金执行率');
  for (const [re, name] of [
    [/^2\.产出指标（分值50分）。设.+?(\d)个二级指标(\d+)个三级指标，得([\d.]+)分/, '产出指标'],
    [/^3\.效益指标（分值30分）。设.+?(\d)个二级指标(\d+)个三级指标，得([\d.]+)分/, '效益指标'],
  ]) {
    const [l2, l3, s] = m(para(re), re);
    same(l2, new Decimal(dept.l2count(name)), `四（二）${name} 二级个数`);
    same(l3, new Decimal(dept.l3count(name)), `四（二）${name} 三级个数`);
    same(s, dept.l1(name), `四（二）${name} 得分`);
  }
  const [l3, s] = m(para(/^4\.满意度指标/), /设.+?(\d+)个三级指标，得([\d.]+)分/);
  same(l3, new Decimal(dept.l3count('满意度指标')), '四（二）满意度 三级个数');
  same(s, dept.l1('满意度指标'), '四（二）满意度 得分');
  const [total, last, up] = m(
    para(/^综上，我局2024年度部门整体支出绩效/),
    /自评得分([\d.]+)分.+2023年度部门整体支出绩效自评得分([\d.]+)分，本年提高([\d.]+)分/,
  );
  same(total, dept.total, '四（二）自评得分 = 附件1 总分');
  same(up, total.minus(last), '四（二）本年提高');
  const scores = m(
    para(/^2024年度我局对5个重点项目/),
    /自评得分分别为([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分、([\d.]+)分/,
  );
  progForms.forEach((f, i) => same(scores[i], f.total, `四（三）${f.name} 得分 = ${f.title}`));
}
// 四（三）: each programme's section against its form and 表13
const heads = blocks.filter((b) => b.type === 'heading' && b.level === 3 && /^\d\./.test(b.text));
for (const h of heads) {
  const name = h.text.replace(/^\d\./, '');
  const f = progForms.find((x) => x.name === name);
  const i = blocks.indexOf(h);
  const [p1, , p3] = blocks.slice(i + 1, i + 4).map((b) => b.text);
  const [ini, more, bud] = m(p1, /年初预算([\d,.]+)万元，年中追加([\d,.]+)万元，调整后全年预算([\d,.]+)万元/);
  const [sp, rt] = m(p1, /全年执行([\d,.]+)万元，执行率([\d.]+)%/);
  const [sp23, g] = m(p1, /2023年度该项目执行([\d,.]+)万元，本年增长([\d.]+)%/);
  same(ini, f.initial, `${name} 年初`);
  same(more, bud.minus(ini), `${name} 追加`);
  same(bud, f.budget, `${name} 全年`);
  same(sp, f.spent, `${name} 执行`);
  same(rt, pct(sp, bud), `${name} 执行率`);
  same(sp23, num(cell(t13, name, '2023年执行')), `${name} 2023`);
  same(g, pct(sp.minus(sp23), sp23), `${name} 增长`);
  const src = /其中当年财政拨款([\d,.]+)万元、上年结转资金([\d,.]+)万元）/.exec(p1);
  if (src) {
    same(D(src[1]), f.src('其中：当年财政拨款', '全年预算数'), `${name} 当年财政拨款`);
    same(D(src[2]), f.src('上年结转资金', '全年预算数'), `${name} 上年结转`);
    const [s1, s2] = m(p1, /其中当年财政拨款执行([\d,.]+)万元、上年结转资金执行([\d,.]+)万元/);
    same(s1.plus(s2), sp, `${name} 执行 by source`);
    same(s1, f.src('其中：当年财政拨款', '全年执行数'), `${name} 当年执行`);
  }
  const [tot, fs, o, e, s] = m(
    p3,
    /项目自评得分([\d.]+)分，其中预算执行得([\d.]+)分，产出指标得([\d.]+)分，效益指标得([\d.]+)分，满意度指标得([\d.]+)分/,
  );
  same(tot, f.total, `${name} 自评得分`);
  same(fs, f.funds, `${name} 预算执行得分`);
  same(o, f.l1('产出指标'), `${name} 产出`);
  same(e, f.l1('效益指标'), `${name} 效益`);
  same(s, f.l1('满意度指标'), `${name} 满意度`);
  same(tot, fs.plus(o).plus(e).plus(s), `${name} 得分之和`);
}
{
  const p = para(/^项目全年补贴购置各类农业机械/);
  const [machines, buyers, yuan, wan] = m(
    p,
    /农业机械(\d+)台，受益购机户(\d+)户次，兑付购置补贴([\d,.]+)元（([\d,.]+)万元）/,
  );
  same(machines, MACHINES, '农机 台数');
  same(buyers, new Decimal(BUYERS), '农机 户次');
  same(yuan, SUBSIDY, '农机 元 = 附件9');
  same(wan, yuan.div(10000), '农机 万元');
}
// names: a stretch of the text as long as a programme's (or the department's) name that differs from it in one
// character is a slip of that name ("…建没项目")
const text = blocks
  .map((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)).join('|') : b.text))
  .join('\n');
for (const name of [...progForms.map((f) => f.name), '沛县农业农村局']) {
  let n = 0;
  for (let k = 0; k + name.length <= text.length; k++) {
    const w = text.slice(k, k + name.length);
    let diff = 0;
    for (let c = 0; c < name.length && diff < 2; c++) if (w[c] !== name[c]) diff++;
    if (diff === 1 && /^[\u4e00-\u9fff]+$/.test(w.replace(/\d/g, ''))) expect(false, `${name}: written “${w}”`);
    if (diff === 0) n++;
  }
  expect(n > 0, `${name} written ${n} times`);
}

console.log(`report S ${dirty ? 'report' : 'control'}: ${checks()} checks, ${errors.length} errors`);
if (errors.length) console.log('  ' + errors.join('\n  '));
