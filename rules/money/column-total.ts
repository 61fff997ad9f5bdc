// A table's 合计 row against the sum of its rows, a group's 小计 against the rows of its group, and a 小计
// column against the columns it totals in each row (src/facts/funding/table-totals.ts, which blames the
// 小计 when one breaks both its rows and the 合计, and a row instead of the total when the row's own identity with
// a rate column tells it, src/facts/funding/row-identity.ts):
// money/column-total for amounts (a department's income, expenditure and 三公经费 tables, a programme's
// sub-projects by township); count/column-total, made by the same factory, for counts of people or things
// (a staffing table's 编制数 / 实有人数). A table by classification code (功能分类 / 经济分类, "213 | 21301 |
// 2130101") is held level by level: each 类 and 款 to the rows it opens, the 合计 to the 类 rows.
import { Decimal } from 'decimal.js';
import type { Rule } from '../../src/model/rule.js';
import type { ColumnTotal } from '../../src/facts/funding/table-totals.js';
import { sumConsistent } from '../../src/facts/tolerance.js';
import { isStated } from '../../src/facts/lang/numbers.js';

export function columnTotalRule(kind: ColumnTotal['kind'], id: string, what: { zh: string; en: string }): Rule {
  return {
    meta: {
      id,
      description: {
        'zh-CN': `${what.zh}表格的合计行等于各行之和（“其中”行不重复计入），各组小计等于本组各行之和，小计列等于其所计各列之和；按科目编码分级的表格，类、款各等于其下各行之和，合计等于各类之和；某行违背本行比率关系（如完成率 = 户数 ÷ 任务）而合计减去其余各行恰能复原时，指出该行`,
        en: `The total row of a table of ${what.en} equals the sum of its rows (the "其中" parts not counted twice), each group's 小计 the sum of the group's rows, and a 小计 column the sum of the columns it totals; in a table by classification code, each 类 and 款 the sum of the rows under it and the total the sum of the 类 rows; a row that breaks its own rate identity (完成率 = households ÷ target) when the total less the other rows restores it is reported instead of the total`,
      },
      defaultSeverity: 'error',
      messages: {
        total: {
          'zh-CN': '“{header}”列合计为{actual}，但各行（{rows}）之和为{expected}',
          en: 'The "{header}" column totals {actual}, but its rows ({rows}) add up to {expected}',
        },
        row: {
          'zh-CN': '“{group}”行的“{header}”为{actual}，但其所计各列（{rows}）之和为{expected}',
          en: 'The "{header}" of the row "{group}" is {actual}, but the columns it totals ({rows}) add up to {expected}',
        },
        identity: {
          'zh-CN':
            '“{row}”的“{header}”为{actual}，但按本行{formula}应为{expected}，且{total}减去其余各行正是{expected}：错的是这一行，不是{total}',
          en: '"{row}": "{header}" is {actual}, but its own {formula} gives {expected}, and {total} less the other rows is {expected} too: this row is wrong, not the total',
        },
        subtotal: {
          'zh-CN': '“{header}”列“{group}”一组的小计为{actual}，但该组各行（{rows}）之和为{expected}',
          en: 'The "{header}" column\'s subtotal of the group "{group}" is {actual}, but its rows ({rows}) add up to {expected}',
        },
      },
    },
    check(ctx) {
      for (const c of ctx.facts.columnTotals) {
        if (c.kind !== kind) continue;
        const parts = c.parts.filter(isStated).map((p) => p.q);
        if (parts.length < 2 || sumConsistent(parts, c.total.q)) continue;
        const b = c.blamed;
        if (b) {
          // the row's own identity and the total both call for one figure: the row is the slip, reported once
          const sign = b.op === 'times' ? '×' : '÷';
          ctx.report({
            messageId: 'identity',
            data: {
              row: b.label,
              header: c.header,
              actual: b.q.text,
              formula: `“${b.other.header}”${b.other.text} ${sign} “${b.rate.header}”${b.rate.text}`,
              expected: b.restored,
              total: c.total.q.text,
            },
            expected: b.restored,
            actual: b.q.text,
            locations: [b.span, c.total.span, b.rate.span, b.other.span],
          });
          continue;
        }
        // shown as the rows are written ("29.18", "54")
        const decimals = Math.max(0, ...parts.map((q) => /\.(\d+)/.exec(q.text)?.[1].length ?? 0));
        const expected = parts.reduce((s, q) => s.plus(q.value), new Decimal(0)).toFixed(decimals);
        const group = c.scope === 'group';
        ctx.report({
          messageId: c.scope === 'row' ? 'row' : group ? 'subtotal' : 'total',
          data: {
            header: c.header,
            // the group's label ("杭埠镇"), or its first row's where the groups have none; a 小计 column's row
            ...(group ? { group: c.group || c.parts[0].label } : c.scope === 'row' ? { group: c.group ?? '' } : {}),
            actual: c.total.q.text,
            expected,
            rows: c.parts.map((p) => p.label).join('、'),
          },
          expected,
          actual: c.total.q.text,
          locations: [c.total.span, ...c.parts.map((p) => p.span)],
        });
      }
    },
  };
}

export default columnTotalRule('money', 'money/column-total', { zh: '金额', en: 'amounts' });
