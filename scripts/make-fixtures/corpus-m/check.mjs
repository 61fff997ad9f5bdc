// Re-does report M's arithmetic (the checks of the builder it replaced, the deleted corpus-m/build.py): the figures the
// 自评表 and the text share, then the indicator rows of the 自评表 as the clean control reads them; and each
// injected quote is in the report once and not in the control. Exits 1 on an error.
//   node scripts/make-fixtures/corpus-m/check.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Decimal from 'decimal.js';
import { grid } from '../spec/check.mjs';
import { readSpec } from '../spec/parse.mjs';

const SPEC = join(dirname(fileURLToPath(import.meta.url)), 'm-caoyuan-2024.spec.md');
const errs = [];
const D = (s) => new Decimal(String(s).replace(/[,%]/g, ''));
const r2 = (x) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const eq = (label, got, want) => {
  if (!D(got).eq(D(want))) errs.push(`${label}: ${got} != ${want}`);
};

// the figures (万亩 × 元 = 万元; 500 管护员 × 4,200 元)
eq('年初预算 = 中央 + 省级', D('4850.00').plus('250.00'), '5100.00');
eq('全年预算 = 年初 + 追加', D('5100.00').plus('166.40').plus('20.00'), '5286.40');
eq('执行 = 禁牧 + 草畜平衡 + 管护员 + 监测', D('3150.00').plus('1700.00').plus('210.00').plus('52.86'), '5112.86');
eq('禁牧补助', D(420).times('7.5'), 3150);
eq('草畜平衡奖励', D(680).times('2.5'), 1700);
eq('管护员劳务补助', D(500).times(4200).div(10000), 210);
eq('结余', D('5286.40').minus('5112.86'), '173.54');
eq('结余 = 结转 + 监测结余', D('166.40').plus('7.14'), '173.54');
eq('监测结余', D('40.00').plus('20.00').minus('52.86'), '7.14');
const rate = r2(D('5112.86').div('5286.40').times(100));
eq('执行率', rate, '96.72');
eq('执行率得分', r2(Decimal.min(rate.div(100), 1).times(10)), '9.67');
eq('中央资金占比', r2(D(4850).div('5286.40').times(100)), '91.74');
eq('户均', D(48500000).div(6215).toDecimalPlaces(0, Decimal.ROUND_HALF_UP), 7804);
eq('满意度', r2(D(455).div(486).times(100)), '93.62');
eq('盖度提高', D('58.6').minus('58.2'), '0.4');
eq('超载率下降', D('9.6').minus('8.3'), '1.3');
eq('草原面积', D(420).plus(680), 1100);

// the indicator rows of the 自评表 (the control's: the report's 总分 is injected)
const clean = readSpec(SPEC, false);
const form = grid(clean.blocks.find((b) => b.type === 'table'));
const head = form.findIndex((r) => r[1] === '一级指标');
const rows = form.slice(head + 1, -1).map((r) => ({ l1: r[1], l2: r[2], fz: D(r[6]), df: D(r[7]) }));
const sum = (xs, key) => xs.reduce((s, x) => s.plus(x[key]), D(0));
eq('三级指标个数', rows.length, 14);
eq('二级指标个数', new Set(rows.map((r) => r.l2)).size, 9);
eq('一级指标个数', new Set(rows.map((r) => r.l1)).size, 3);
eq('绩效指标分值', sum(rows, 'fz'), 90);
eq('绩效指标得分', sum(rows, 'df'), 88);
const of = (key, name) => rows.filter((r) => r[key] === name);
eq('产出指标分值', sum(of('l1', '产出指标'), 'fz'), 50);
eq('产出指标得分', sum(of('l1', '产出指标'), 'df'), 48);
eq('效益指标分值', sum(of('l1', '效益指标'), 'fz'), 30);
eq('数量指标得分', sum(of('l2', '数量指标'), 'df'), 25);
eq('质量指标得分', sum(of('l2', '质量指标'), 'df'), 10);
eq('成本指标得分', sum(of('l2', '成本指标'), 'df'), 10);
eq('生态效益指标得分', sum(of('l2', '生态效益指标'), 'df'), 10);
eq('总分 (control)', D('9.67').plus(sum(rows, 'df')), form.at(-1)[7]);

// quotes: once in the report, never in the control
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const textOf = ({ blocks }) =>
  flat(
    blocks
      .map((b) => (b.type === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)).join('') : b.text))
      .join(''),
  );
const dirty = readSpec(SPEC, true);
const [report, control] = [textOf(dirty), textOf(clean)];
for (const e of dirty.meta.injections) {
  const n = report.split(flat(e.quote)).length - 1;
  if (n !== 1) errs.push(`quote ${e.quote}: ${n} times in the report`);
  if (control.includes(flat(e.quote))) errs.push(`quote ${e.quote}: in the control`);
}

if (errs.length) {
  console.log(`report M: ${errs.length} errors\n  ${errs.join('\n  ')}`);
  process.exit(1);
}
console.log('report M: every figure agrees; each quote once in the report, never in the control');
