// Re-does report O's arithmetic (the check_figures() of the builder it replaced, corpus-o/build.py) and checks the
// injected quotes against the accepted text of the spec (tracked deletions left out, insertions kept): once in the
// report, never in the control. Exits 1 on an error.
//   node scripts/make-fixtures/corpus-o/check.mjs
// (accepted.py does the same for a built .docx, reading its OOXML.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { D, errors, finish, grid, quoteErrors, r2 } from '../spec/check.mjs';
import { readSpec } from '../spec/parse.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), 'o-gonggongfalv-2024.spec.md');
const { errs, eq } = errors();

eq('预算 = 中央 + 省级 + 市级', D('420.00').plus('360.00').plus('480.00'), '1260.00');
eq('到位 = 中央 + 省级 + 市级到位', D('420.00').plus('360.00').plus('438.00'), '1218.00');
eq('市级未到位', D('480.00').minus('438.00'), '42.00');
eq('到位率', r2(D(1218).div(1260).times(100)), '96.67');
eq('到位率 (deleted, old)', r2(D(1180).div(1260).times(100)), '93.65');
eq('市级到位率', r2(D(438).div(480).times(100)), '91.25');
eq('支出', D('486.30').plus('352.80').plus('214.56').plus('81.60'), '1135.26');
eq('法律顾问补贴', D(1470).times(2400).div(10000), '352.80');
eq('法律援助补贴', D(2235).times(960).div(10000), '214.56');
eq('执行率', r2(D('1135.26').div(1218).times(100)), '93.21');
eq('结余', D('1218.00').minus('1135.26'), '82.74');
eq('工作站占比', r2(D('486.30').div('1135.26').times(100)), '42.84');
eq('工作站平均成本', r2(D('486.30').div(86)), '5.65');
eq('到位率得分', r2(D(4).times('0.9667')), '3.87');
eq('执行率得分', r2(D(4).times('0.9321')), '3.73');
eq('调解成功率', r2(D(4052).div(4186).times(100)), '96.80');
eq('满意度', r2(D(567).div(602).times(100)), '94.19');
eq('问卷', 410 + 192, 602);
eq('验收合格率', r2(D(83).div(86).times(100)), '96.51');

// the attachment's 22 indicators (the control's), their 分值 and 得分 by 一级
const clean = readSpec(SPEC, false);
const tables = clean.blocks.filter((b) => b.type === 'table');
const att = grid(tables.at(-1));
const rows = att.slice(2, -1).map((r) => ({ l1: r[0].replace(/（.*/, ''), l2: r[1], fz: D(r[3]), df: D(r[6]) }));
const sum = (xs, k) => xs.reduce((s, x) => s.plus(x[k]), D(0));
eq('三级指标个数', rows.length, 22);
eq('二级指标个数', new Set(rows.map((r) => r.l2)).size, 11);
eq('分值合计', sum(rows, 'fz'), 100);
eq('得分合计', sum(rows, 'df'), '93.60');
eq('附件合计行', att.at(-1)[6], '93.60');
for (const [l1, fz, df] of [
  ['决策', 15, 14],
  ['过程', 20, '18.60'],
  ['产出', 40, 37],
  ['效益', 25, 24],
]) {
  eq(
    `${l1} 分值`,
    sum(
      rows.filter((r) => r.l1 === l1),
      'fz',
    ),
    fz,
  );
  eq(
    `${l1} 得分`,
    sum(
      rows.filter((r) => r.l1 === l1),
      'df',
    ),
    df,
  );
}

// quotes in the accepted text (what a reader of the revised report sees)
errs.push(...quoteErrors(SPEC));

finish(
  'report O',
  errs,
  'every figure agrees; each quote once in the accepted text of the report, never in the control',
);
