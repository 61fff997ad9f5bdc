// Re-does report P's arithmetic on its spec's tables, each whole again (its page pieces joined, a cut row's text
// whole), as the clean control reads them: every 小计 row against the rows of its group, every 合计 row against
// its column, every 执行率 and 得分率 against its operands (the checks of check.py, which reads the rendered .md);
// then what the old builder asserted of its data: the budget 26,900.00 by year, 27 三级指标 whose 分值 add to 100 in
// 表12 and 附件1; and each injected quote once in the report and never in the control. Exits 1 on an error.
//   node scripts/make-fixtures/corpus-p/check.mjs [--report]   (--report: the report's side, whose 表16 fails)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { D, errors, finish, grid, quoteErrors, r2, wholeTables } from '../spec/check.mjs';
import { readSpec } from '../spec/parse.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), 'p-feiyi-2021-2024.spec.md');
const report = process.argv.includes('--report');
const { blocks } = readSpec(SPEC, report);
const { errs, eq } = errors();
const isNum = (s) => /^[\d,]+(\.\d+)?$/.test(s ?? '');
const isPct = (s) => /^\d+(\.\d+)?%$/.test(s ?? '');
const sum = (xs) => xs.reduce((a, x) => a.plus(D(x)), D(0));
const RATES = ['执行率', '得分率', '占比', '满意率', '序号'];

// each table's caption is the paragraph before it ("表N …")
const captions = blocks.filter((b) => b.type === 'para' && /^表\d+ /.test(b.text)).map((b) => b.text.split(' ')[0]);
const whole = wholeTables(blocks);
const tables = whole.map(grid);
// the rows under a label spanning down the first column (附件1's 二级 and 三级 rows under their 一级)
const under = whole.map((t) => {
  const covered = new Set();
  t.rows.forEach((r, i) => {
    for (const c of r.cells) if (c.col === 0) for (let k = 1; k < c.rowspan; k++) covered.add(i + k);
  });
  return covered;
});
if (tables.length !== 52 || captions.length !== 52) errs.push(`${tables.length} tables, ${captions.length} captions`);
let checks = 0;
const check = (label, got, want) => {
  checks++;
  eq(label, got, want);
};

tables.forEach((g, n) => {
  const name = captions[n];
  const [h, ...body] = g;
  const at = (...names) => names.map((x) => h.indexOf(x)).find((i) => i >= 0);
  // 小计: the rows since the last 小计 (合计 rows aside), column by column right of the label
  let group = [];
  let subs = 0;
  for (const r of body) {
    const k = r.indexOf('小计');
    if (k >= 0) {
      subs++;
      for (let i = k + 1; i < r.length; i++)
        if (isNum(r[i])) check(`${name} ${r.slice(0, k + 1).join('')} ${h[i]}`, sum(group.map((x) => x[i])), r[i]);
      group = [];
    } else if (!r.includes('合计')) group.push(r);
  }
  // 执行率 = 支出 ÷ 预算 on every row that has both
  const [rate, budget, spent] = [at('执行率'), at('预算数', '分配数'), at('支出数', '支出合计')];
  if (rate !== undefined && budget !== undefined && spent !== undefined)
    for (const r of body)
      if (isPct(r[rate]) && isNum(r[budget]) && isNum(r[spent]))
        check(`${name} ${r[0]} ${r[1]} 执行率`, r2(D(r[spent]).times(100).div(D(r[budget]))), r[rate]);
  // 得分率 = 得分 ÷ 分值
  const [score, weight, scoreRate] = [at('得分'), at('分值'), at('得分率')];
  if (scoreRate !== undefined)
    for (const r of body) check(`${name} ${r[0]} 得分率`, r2(D(r[score]).times(100).div(D(r[weight]))), r[scoreRate]);
  // 合计 in a table without 小计 rows: each column of figures adds up
  const total = body.find((r) => r[0] === '合计');
  if (!subs && total) {
    const rows = body.filter((r, i) => r !== total && !under[n].has(i + 1));
    for (let i = 1; i < h.length; i++)
      if (!RATES.includes(h[i]) && isNum(total[i]) && rows.every((r) => isNum(r[i])))
        check(`${name} 合计 ${h[i]}`, sum(rows.map((r) => r[i])), total[i]);
  }
});

// what data.py asserted: the four years' budget, and the indicator system of 表12 and 附件1 (表42)
const byCaption = (c) => tables[captions.indexOf(c)];
check('表1 合计', byCaption('表1').at(-1).at(-1), '26,900.00');
for (const c of ['表12', '表42']) {
  const g = byCaption(c);
  const l3 = g.filter((r) => /^[A-D]\d{3}/.test(r[2]));
  check(`${c} 三级指标`, l3.length, 27);
  check(`${c} 三级 分值`, sum(l3.map((r) => r[3])), 100);
}

errs.push(...quoteErrors(SPEC));
finish(report ? 'P (report)' : 'P', errs, `52 tables, ${checks} sums, rates and counts checked, 0 errors`);
