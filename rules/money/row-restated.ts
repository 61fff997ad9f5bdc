// An amount the text gives for one row of a funding table — a spending category or a programme
// ("基本支出决算1,832.76万元" beside the row 基本支出 | … | 18,237,645.62) — agrees with that row,
// compared in base units (元 vs 万元) within the precision each is written with.
// A part's 拨付 ("第三批次于…拨付5,275.25万元") likewise, against that part's row or column of the tables of payments
// (src/facts/funding/part-payments.ts). Reported at the text: the table is what it restates.
import { consistent, formatDecimal } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'money/row-restated',
    description: {
      'zh-CN': '正文中某一支出类别或项目的金额、执行率，以及某一批次或子项资金的拨付额，与资金表中该行（列）一致',
      en: 'An amount or rate the text gives for one spending category or programme, or the sum paid out (拨付) to one batch or sub-fund, agrees with its row (or column) in the funding tables',
    },
    defaultSeverity: 'error',
    messages: {
      differs: {
        'zh-CN': '“{label}”此处为{actual}，表中该行为{expected}',
        en: '"{label}" is {actual} here, but its table row says {expected}',
      },
    },
  },
  check(ctx) {
    // a part's 拨付 ("第三批次于…拨付5,275.25万元") against its row of a table of payments, as a category's 决算
    for (const r of [...ctx.facts.rowRestatements, ...ctx.facts.partPayments]) {
      const [first, ...others] = r.cells;
      // two tables that give the row different values: nothing to say which the text restates
      if (others.some((c) => !consistent(c.q, first.q))) continue;
      if (consistent(r.q, first.q)) continue;
      // the table's figure in the text's unit, so the two read side by side
      const inTextUnit = first.q.value.mul(first.q.scale).div(r.q.scale);
      const expected = formatDecimal(inTextUnit.toDecimalPlaces(Math.max(r.q.decimals, 2)), r.q.unit ?? undefined);
      const actual = formatDecimal(r.q.value, r.q.unit ?? undefined, r.q.decimals);
      ctx.report({
        messageId: 'differs',
        data: { label: r.label, actual, expected },
        expected,
        actual,
        locations: [r.at, ...r.cells.map((c) => c.at)],
      });
    }
  },
};

export default rule;
