// One indicator's actual value agrees wherever it is stated (text, attachment table),
// within the precision each place writes it: 329亿元 and 329.2亿元 agree, 95.00% and 100% do not.
import { formatDecimal } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'target/actual-consistency',
    description: {
      'zh-CN': '同一指标的实际完成值在各处表述一致',
      en: "One indicator's actual value agrees wherever it is stated",
    },
    defaultSeverity: 'error',
    messages: {
      differs: {
        'zh-CN': '指标“{name}”实际完成值此处为{actual}，其他处为{expected}',
        en: 'Indicator "{name}": the actual value is {actual} here but {expected} elsewhere',
      },
    },
  },
  check(ctx) {
    for (const { name, actual: voted } of ctx.facts.targetIndicators) {
      // actuals in units that do not compare are not one figure
      if (!voted) continue;
      const against = voted.stoodBy;
      for (const outlier of voted.outliers) {
        const actual = formatDecimal(outlier.actual.q.value, outlier.actual.q.unit ?? undefined);
        const expected = formatDecimal(against[0].actual.q.value, against[0].actual.q.unit ?? undefined);
        ctx.report({
          messageId: 'differs',
          data: { name, actual, expected },
          expected,
          actual,
          locations: [outlier.actual.at, ...against.slice(0, 3).map((s) => s.actual.at)],
        });
      }
    }
  },
};

export default rule;
