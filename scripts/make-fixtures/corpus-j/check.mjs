// Re-does report J's arithmetic from its spec (the asserts of the builder it replaced, corpus-j/build.py): 表1's
// money in 元 and the 万元 the text gives, 表3 against the attachment's 四级 scores (as the clean control reads them:
// the report's 产出 and total are injected), the indicator counts; and each injected quote once in the report and
// never in the control. Exits 1 on an error.
//   node scripts/make-fixtures/corpus-j/check.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { D, errors, finish, grid, quoteErrors, r2 } from '../spec/check.mjs';
import { readSpec } from '../spec/parse.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), 'j-laojiu-2024.spec.md');
const { errs, eq } = errors();
const pct = (a, b) => r2(D(a).div(D(b)).times(100));
const wan = (x) => r2(D(x).div(10000));
const clean = readSpec(SPEC, false);
const [funds, , summary, att] = clean.blocks.filter((b) => b.type === 'table').map(grid);

// 表1 (元): rows sum to 合计; 到位率, 执行率 (支出 ÷ 到位), 结余 per row; the 万元 the text restates
const rows = funds.slice(2, -1);
const total = funds.at(-1);
for (const c of [1, 2, 4, 6])
  eq(
    `表1 column ${c}`,
    rows.reduce((s, r) => s.plus(D(r[c])), D(0)),
    total[c],
  );
for (const r of [...rows, total]) {
  eq(`表1 ${r[0]} 到位率`, pct(r[2], r[1]), r[3]);
  eq(`表1 ${r[0]} 执行率`, pct(r[4], r[2]), r[5]);
  eq(`表1 ${r[0]} 结余`, D(r[2]).minus(D(r[4])), r[6]);
}
eq('预算 (万元)', wan(total[1]), '9000.00');
eq('到位 (万元)', wan(total[2]), '8544.00');
eq('支出 (万元)', wan(total[4]), '7561.44');
eq('结余 (万元)', wan(total[6]), '982.56');
eq('县级未到位 (万元)', wan(D(rows[3][1]).minus(D(rows[3][2]))), '456.00');
eq('上级到位 (万元)', wan(rows.slice(0, 3).reduce((s, r) => s.plus(D(r[2])), D(0))), '7348.00');
eq('满意率', pct(256, 280), '91.43');
eq('回收率', pct(286, 300), '95.33');
eq('有效率', pct(280, 286), '97.90');

// the attachment: 四级 rows (分值 column 4, 得分 column 6) under 4 一级, 12 二级, 21 三级
const body = att.slice(2, -1);
const sum = (xs, c) => xs.reduce((s, r) => s.plus(D(r[c])), D(0));
eq('四级指标个数', body.length, 37);
eq('三级指标个数', new Set(body.map((r) => r[2])).size, 21);
eq('二级指标个数', new Set(body.map((r) => r[1])).size, 12);
eq('分值合计', sum(body, 4), 100);
eq('得分合计', sum(body, 6), att.at(-1)[6]);
for (const r of summary.slice(1, -1)) {
  const mine = body.filter((x) => x[0].endsWith(r[0]));
  eq(`表3 ${r[0]} 分值`, sum(mine, 4), r[1]);
  eq(`表3 ${r[0]} 得分`, sum(mine, 6), r[2]);
  eq(`表3 ${r[0]} 得分率`, pct(r[2], r[1]), r[3]);
}
eq('表3 合计', sum(summary.slice(1, -1), 2), summary.at(-1)[2]);
eq('表3 合计 = 附件', summary.at(-1)[2], att.at(-1)[6]);

// quotes: once in the report, never in the control
errs.push(...quoteErrors(SPEC));

finish('report J', errs, 'every figure agrees; each quote once in the report, never in the control');
