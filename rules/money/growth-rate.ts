// A table's growth-rate column ("2024年比2023年增长率", "增减率" beside 2022年度 | 2023年度) recomputed in each row from
// the two columns it compares (src/facts/funding/growth-columns.ts): (later − earlier) ÷ earlier, reported only when
// the written precisions cannot make them meet. Silent where an operand is empty, a dash or 0, or is a 合计 its rows
// do not add up to (which figure is wrong is then money/column-total's to say).
import { Decimal } from 'decimal.js';
import { figure, rowLabel, span, spanKey, textAt } from '../../src/facts/funding/table-cells.js';
import { unsoundTotalCells } from '../../src/facts/funding/table-totals.js';
import { parseQuantity } from '../../src/facts/lang/numbers.js';
import { RATE_HEAD } from '../../src/facts/lang/rate-words.js';
import { ratioConsistent } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'money/growth-rate',
    description: {
      'zh-CN': '表中增长率（增减率）列与同行两个年度列重新计算的结果一致',
      en: "A table's growth-rate column agrees with the two year columns of the same row it compares",
    },
    defaultSeverity: 'error',
    messages: {
      rate: {
        'zh-CN': '“{row}”的“{header}”为{actual}，但按（{later} − {earlier}）÷ {earlier}计算为{expected}',
        en: '"{row}": "{header}" is {actual}, but ({later} − {earlier}) ÷ {earlier} gives {expected}',
      },
    },
  },
  check(ctx) {
    const unsound = unsoundTotalCells(ctx.facts.columnTotals);
    for (const g of ctx.facts.growthColumns) {
      const t = g.table;
      // a percent cell, or a bare figure under a header that names the rate ("增长率（%）")
      const percentHead = RATE_HEAD.test(g.header);
      for (let r = g.headerRow + 1; r < t.rows; r++) {
        const later = figure(textAt(t, r, g.later));
        const earlier = figure(textAt(t, r, g.earlier));
        const rate = parseQuantity(textAt(t, r, g.col));
        if (!later || !earlier || !rate || earlier.value.isZero() || rate.comparator) continue;
        if (rate.unit !== '%' && !(rate.unit === null && percentHead)) continue;
        if ([g.later, g.earlier].some((c) => unsound.has(spanKey(span(t, r, c))))) continue;
        // later ÷ earlier = 1 + rate: the rate's interval shifted by one, at its written precision in base units
        const ratio = { value: rate.value.div(100).plus(1), decimals: rate.decimals + 2 };
        if (ratioConsistent(later, earlier, ratio)) continue;
        const pct = later.value
          .mul(later.scale)
          .minus(earlier.value.mul(earlier.scale))
          .div(earlier.value.mul(earlier.scale))
          .mul(100);
        const expected = `${pct.toFixed(rate.decimals, Decimal.ROUND_HALF_UP)}%`;
        ctx.report({
          messageId: 'rate',
          data: {
            row: rowLabel(t, r),
            header: g.header,
            actual: rate.text,
            later: textAt(t, r, g.later),
            earlier: textAt(t, r, g.earlier),
            expected,
          },
          expected,
          actual: rate.text,
          locations: [span(t, r, g.col), span(t, r, g.later), span(t, r, g.earlier)],
        });
      }
    }
  },
};

export default rule;
