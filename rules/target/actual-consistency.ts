// One indicator's actual value agrees wherever it is stated (text, attachment table),
// within the precision each place writes it: 329亿元 and 329.2亿元 agree, 95.00% and 100% do not.
import { groupIndicators, type IndicatorStatement } from '../../src/facts/targets/targets.js';
import { unitFamily } from '../../src/facts/targets/targets.js';
import { findOutliers } from '../../src/facts/consensus.js';
import { consistent, formatDecimal, writtenKey } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

type WithActual = IndicatorStatement & { actual: NonNullable<IndicatorStatement['actual']> };

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
    const { statements } = ctx.facts.targets;
    for (const group of groupIndicators(statements)) {
      const actuals = group.filter((s): s is WithActual => s.actual !== null);
      const families = new Set(actuals.map((s) => unitFamily(s.actual.q)));
      if (actuals.length < 2 || families.size !== 1) continue;
      const agree = (a: WithActual, b: WithActual) => consistent(sameUnit(a, b), sameUnit(b, a));
      for (const { outlier, against } of findOutliers(
        actuals,
        agree,
        (s) => s.actual.order,
        (s) => writtenKey(s.actual.q),
      )) {
        const name = (group.find((s) => s.origin === 'table') ?? group[0]).name;
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

/** 家 and 户 count the same thing: give a the unit of b when both are counts. */
function sameUnit(a: WithActual, b: WithActual) {
  const qa = a.actual.q;
  const qb = b.actual.q;
  if (qa.unit !== qb.unit && unitFamily(qa) === 'count' && unitFamily(qb) === 'count') return { ...qa, unit: qb.unit };
  return qa;
}

export default rule;
