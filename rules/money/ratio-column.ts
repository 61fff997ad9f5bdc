// A table's rate column whose header states its formula over two of the table's columns ("付款比例（已付款÷合同价）")
// recomputed in each row from exactly those two columns (src/facts/funding/growth-columns.ts): numerator ÷ denominator,
// reported only when the written precisions cannot make them meet. Silent where an operand is empty, a dash or 0, or
// is a 合计 its rows do not add up to (which figure is wrong is then money/column-total's to say).
import { Decimal } from 'decimal.js';
import { figure, rowLabel, span, spanKey, textAt } from '../../src/facts/funding/table-cells.js';
import { unsoundTotalCells } from '../../src/facts/funding/table-totals.js';
import { parseQuantity } from '../../src/facts/lang/numbers.js';
import { ratioConsistent } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'money/ratio-column',
    description: {
      'zh-CN': '表头写明计算公式的比率列（如“付款比例（已付款÷合同价）”）与同行两列重新计算的结果一致',
      en: 'A rate column whose header states its formula over two columns ("付款比例（已付款÷合同价）") agrees with them in each row',
    },
    defaultSeverity: 'error',
    messages: {
      rate: {
        'zh-CN': '“{row}”的“{header}”为{actual}，但按{numerator} ÷ {denominator}计算为{expected}',
        en: '"{row}": "{header}" is {actual}, but {numerator} ÷ {denominator} gives {expected}',
      },
    },
  },
  check(ctx) {
    const unsound = unsoundTotalCells(ctx.facts.columnTotals);
    for (const x of ctx.facts.ratioColumns) {
      const t = x.table;
      for (let r = x.headerRow + 1; r < t.rows; r++) {
        const numerator = figure(textAt(t, r, x.numerator));
        const denominator = figure(textAt(t, r, x.denominator));
        const rate = parseQuantity(textAt(t, r, x.col));
        if (!numerator || !denominator || !rate || denominator.value.isZero() || rate.comparator) continue;
        if (rate.unit !== '%') continue;
        if ([x.numerator, x.denominator].some((c) => unsound.has(spanKey(span(t, r, c))))) continue;
        const ratio = { value: rate.value.div(100), decimals: rate.decimals + 2 };
        if (ratioConsistent(numerator, denominator, ratio)) continue;
        const pct = numerator.value.mul(numerator.scale).div(denominator.value.mul(denominator.scale)).mul(100);
        const expected = `${pct.toFixed(rate.decimals, Decimal.ROUND_HALF_UP)}%`;
        ctx.report({
          messageId: 'rate',
          data: {
            row: rowLabel(t, r),
            header: x.header,
            actual: rate.text,
            numerator: textAt(t, r, x.numerator),
            denominator: textAt(t, r, x.denominator),
            expected,
          },
          expected,
          actual: rate.text,
          locations: [span(t, r, x.col), span(t, r, x.numerator), span(t, r, x.denominator)],
        });
      }
    }
  },
};

export default rule;
