// An independent reader of report Q's spec: recomputes every total, subtotal and rate of its tables and the sums,
// rates and counts its sentences state, from the spec's own text (not from data.mjs). The clean control must give
// no error; the report gives the injections this reader can see.
//   node scripts/make-fixtures/corpus-q/check.mjs [--dirty] [-v]
import Decimal from 'decimal.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handCheck, num, pct } from '../spec/check.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const { blocks, dirty, errors, expect, same, checks } = handCheck(join(HERE, 'q-gongshui-2022-2024.spec.md'));

// ---- tables: the logical table of each (the pieces of a split table are one), spans expanded
const tables = [];
let title = '';
for (const b of blocks) {
  if (b.type === 'para' && /^表\d+ /.test(b.text)) title = b.text;
  if (b.type !== 'table' || (b.piece ?? 0) > 0) continue;
  const src = b.of ?? b;
  const rows = src.rows;
  const grid = [];
  const span = [];
  rows.forEach((r, i) => {
    grid[i] ??= [];
    let c = 0;
    for (const cell of r.cells) {
      while (grid[i][c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) {
          (grid[i + dr] ??= [])[c + dc] = dc === 0 ? cell.text : '';
          (span[i + dr] ??= [])[c + dc] = dr > 0; // covered by a span from above
        }
      c += cell.colspan;
    }
  });
  const nHead = rows.filter((r) => r.head).length;
  const width = grid[0].length;
  const head = Array.from({ length: width }, (_, c) =>
    grid
      .slice(0, nHead)
      .map((r) => r[c])
      .filter((x, k, a) => x && a.indexOf(x) === k)
      .join(''),
  );
  tables.push({ title, head, body: grid.slice(nHead) });
}

const isTotal = (r) => r.includes('合计');
const isSub = (r) => r.includes('小计');
const RATES = [
  [/得分率/, /^得分$/, /^分值$/],
  [/执行率/, /^支出$/, /^预算$/],
  [/支付率/, /^已支付/, /^投资/],
  [/满意率/, /^满意/, /^有效问卷/],
  [/抽查比例/, /^抽查投资额/, /^乡镇子项目投资/],
  [/达标率/, /达标$/, /抽检$/],
];
for (const t of tables) {
  const rateCols = new Set(t.head.map((h, c) => (/率|比例/.test(h) ? c : -1)).filter((c) => c >= 0));
  // rates: each row's rate from the columns it is a rate of (the last such column, so 合计达标 over 合计抽检)
  for (const c of rateCols) {
    const rule = RATES.find(([r]) => r.test(t.head[c]));
    if (!rule && !/下浮率/.test(t.head[c])) continue;
    const last = (re) => t.head.findLastIndex((h, k) => k !== c && re.test(h));
    for (const r of t.body) {
      if (!num(r[c])) continue;
      if (/下浮率/.test(t.head[c])) {
        const ceil = num(r[t.head.indexOf('控制价')]),
          win = num(r[t.head.indexOf('中标价')]);
        same(num(r[c]), pct(ceil.minus(win), ceil), `${t.title} ${r[0]} 下浮率`);
        continue;
      }
      const a = num(r[last(rule[1])]),
        b = num(r[last(rule[2])]);
      if (a && b) same(num(r[c]), pct(a, b), `${t.title} ${r.filter(Boolean)[0]} ${t.head[c]}`);
    }
  }
  // 小计: the rows since the last 小计 (or the table's top) in every numeric column that is not a rate
  const width = t.head.length;
  let from = 0;
  t.body.forEach((r, i) => {
    if (!isSub(r)) return;
    for (let c = 0; c < width; c++) {
      if (rateCols.has(c) || !num(r[c])) continue;
      const parts = t.body.slice(from, i).map((x) => num(x[c]));
      if (parts.some((x) => x === null)) continue;
      same(
        num(r[c]),
        parts.reduce((a, b) => a.plus(b), new Decimal(0)),
        `${t.title} 小计 row ${i} col ${t.head[c]}`,
      );
    }
    from = i + 1;
  });
  // 合计 row: the 小计 rows when there are any, else every row above it
  const subs = t.body.filter(isSub);
  t.body.forEach((r, i) => {
    if (!isTotal(r) || r[0] === '') return;
    const parts = subs.length ? subs : t.body.slice(0, i).filter((x) => !isTotal(x));
    for (let c = 0; c < width; c++) {
      if (rateCols.has(c) || !num(r[c]) || /序号|编号/.test(t.head[c])) continue;
      const xs = parts.map((x) => num(x[c]));
      if (xs.some((x) => x === null)) continue;
      same(
        num(r[c]),
        xs.reduce((a, b) => a.plus(b), new Decimal(0)),
        `${t.title} 合计 col ${t.head[c]}`,
      );
    }
  });
  // a 合计 or 小计 column: the numeric columns before it back to the row label or the previous such column
  // (表2's 中央+省级+县级, 工程量's DN110+DN63+DN32 管网), and 结余 = 预算 − 支出
  t.head.forEach((h, c) => {
    if (!/^(合计|.*小计)$/.test(h) || t.body.some((r) => r[0] === '分值')) return;
    let from = c - 1;
    while (from > 0 && num(t.body[0][from - 1]) && !/合计|小计/.test(t.head[from - 1])) from--;
    for (const r of t.body)
      same(
        num(r[c]),
        r.slice(from, c).reduce((a, x) => a.plus(num(x) ?? NaN), new Decimal(0)),
        `${t.title} ${r[0]} 行${h}`,
      );
  });
  if (t.head.includes('结余'))
    for (const r of t.body)
      same(
        num(r[t.head.indexOf('结余')]),
        num(r[t.head.indexOf('预算')]).minus(num(r[t.head.indexOf('支出')])),
        `${t.title} ${r[0]} 结余`,
      );
  // a table laid out across: rows 分值 / 得分 / 得分率, a 合计 column
  const row = (name) => t.body.find((r) => r[0] === name);
  if (row('分值') && row('得分')) {
    const [w, s, rt] = [row('分值'), row('得分'), row('得分率')];
    const tc = t.head.indexOf('合计');
    for (const r of [w, s])
      same(
        num(r[tc]),
        r.slice(1, tc).reduce((a, x) => a.plus(num(x)), new Decimal(0)),
        `${t.title} ${r[0]}行合计`,
      );
    for (let c = 1; c < t.head.length; c++)
      same(num(rt[c]), pct(num(s[c]), num(w[c])), `${t.title} ${t.head[c]}得分率`);
  }
}

// ---- scores: the per-first-level tables (二级 | 三级 | 分值 | 得分) and the scoring table of 附件1 agree
const third = new Map(); // name → score
const second = new Map(); // 二级 name → sum of its thirds
const firsts = new Map(); // 一级 name → subtotal
for (const t of tables.filter((t) => t.head[0] === '二级指标' && t.head.includes('得分'))) {
  const first = t.title.replace(/^表\d+ /, '').replace(/指标得分情况表$/, '');
  let two = '';
  for (const r of t.body) {
    if (isSub(r)) firsts.set(first, num(r[t.head.indexOf('得分')]));
    else {
      two = r[0] || two;
      const s = num(r[t.head.indexOf('得分')]);
      third.set(r[1], s);
      second.set(two, (second.get(two) ?? new Decimal(0)).plus(s));
    }
  }
}
const scoring = tables.find((t) => t.head.includes('评分标准'));
for (const r of scoring.body.filter((r) => !isTotal(r))) {
  const name = r[2].replace(/^[A-D]\d+ /, '');
  same(num(r[6]), third.get(name), `附件1 ${r[2]} 得分 vs 指标得分情况表`);
}
const summary = tables.find((t) => t.body.some((r) => r[0] === '得分率') && t.head.includes('决策'));
for (const [first, sub] of firsts)
  same(num(summary.body.find((r) => r[0] === '得分')[summary.head.indexOf(first)]), sub, `汇总表 ${first} vs 小计`);
const thirdCount = scoring.body.filter((r) => !isTotal(r)).length;
const secondCount = new Set(scoring.body.filter((r) => !isTotal(r)).map((r, i) => r[1] || i)).size;

// ---- sentences
const text = blocks.filter((b) => b.type === 'para' || b.type === 'heading').map((b) => b.text);
const D = (s) => new Decimal(s.replace(/,/g, ''));
let budget = null;
for (const [i, p] of text.entries()) {
  for (const m of p.matchAll(/满分(\d+)分，得([\d.]+)分，得分率([\d.]+)%/g))
    same(D(m[3]), pct(D(m[2]), D(m[1])), `“${m[0]}”`);
  for (const m of p.matchAll(/^\d+\.(\S+?)（(\d+)分，得([\d.]+)分）$/g))
    same(D(m[3]), second.get(m[1]) ?? null, `“${m[0]}” vs its 三级 scores`);
  for (const m of p.matchAll(/^（\d+）(\S+?)（(\d+)分）：.*得([\d.]+)分。$/g))
    same(D(m[3]), third.get(m[1]) ?? null, `“${m[1]}…得${m[3]}分” vs the tables`);
  for (const m of p.matchAll(/(\S)指标得分情况|([决过产效][策程出益])指标得([\d.]+)分/g))
    if (m[2]) same(D(m[3]), firsts.get(m[2]) ?? null, `“${m[0]}”`);
  let m = /综合得分([\d.]+)分，评价等级为“(.)”/.exec(p);
  if (m) {
    same(
      D(m[1]),
      [...firsts.values()].reduce((a, b) => a.plus(b), new Decimal(0)),
      '综合得分 vs first levels',
    );
    expect((D(m[1]).gte(90) ? '优' : D(m[1]).gte(80) ? '良' : '中') === m[2], `grade ${m[2]} for ${m[1]}`);
  }
  m = /共安排资金([\d,.]+)万元，其中((?:\d{4}年度[\d,.]+万元[、；])+)/.exec(p);
  if (m) {
    budget = D(m[1]);
    const years = [...m[2].matchAll(/\d{4}年度([\d,.]+)万元/g)].map((x) => D(x[1]));
    same(
      budget,
      years.reduce((a, b) => a.plus(b), new Decimal(0)),
      'per-year amounts vs 共安排资金',
    );
  }
  m = /累计支出([\d,.]+)万元，预算执行率([\d.]+)%，结余([\d,.]+)万元/.exec(p);
  if (m) {
    same(D(m[2]), pct(D(m[1]), budget), '预算执行率 in 资金支出');
    same(D(m[3]), budget.minus(D(m[1])), '结余 in 资金支出');
  }
  for (const m of p.matchAll(/(?:投资|计划投资)([\d,.]+)万元，已支付([\d,.]+)万元，支付率([\d.]+)%/g))
    same(D(m[3]), pct(D(m[2]), D(m[1])), `“${m[0]}”`);
  for (const m of p.matchAll(/预算([\d,.]+)万元，(?:实际)?支出([\d,.]+)万元，执行率([\d.]+)%/g))
    same(D(m[3]), pct(D(m[2]), D(m[1])), `“${m[0]}”`);
  m = /抽查投资([\d,.]+)万元，占该镇子项目投资的([\d.]+)%/.exec(p);
  if (m) {
    const town = text.slice(0, i).findLast((x) => /计划投资[\d,.]+万元/.test(x)); // the town's own sentence above
    same(D(m[2]), pct(D(m[1]), D(/计划投资([\d,.]+)万元/.exec(town)[1])), `“${m[0]}”`);
  }
  m = /二级指标(\d+)个、三级指标(\d+)个/.exec(p);
  if (m) {
    same(D(m[1]), secondCount, '二级指标 count');
    same(D(m[2]), thirdCount, '三级指标 count');
  }
  m = /已完工子项目(\d+)个、在建子项目(\d+)个/.exec(p);
  if (m) {
    const list = tables[0].body.filter((r) => !isSub(r) && !isTotal(r));
    same(D(m[1]), list.filter((r) => r.at(-1) === '完工').length, '完工 count');
    same(D(m[2]), list.filter((r) => r.at(-1) === '在建').length, '在建 count');
  }
}
for (const e of errors) console.log('ERROR ' + e);
console.log(`${dirty ? 'report' : 'control'}: ${tables.length} tables, ${checks()} checks, ${errors.length} errors`);
process.exit(dirty || !errors.length ? 0 : 1);
