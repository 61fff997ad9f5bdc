// A growth rate a sentence states beside both figures it compares ("技术合同成交额103.57亿元，较上年86.42亿元增长
// 22.68%"; src/facts/funding/growth-claims.ts) recomputed: (later − earlier) ÷ earlier, or (earlier − later) ÷ earlier
// for a "下降 / 减少", reported only when the written precisions cannot make them meet. A table's growth column is
// money/growth-rate's.
import { Decimal } from 'decimal.js';
import { ratioConsistent } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'money/stated-growth',
    description: {
      'zh-CN': '文中“X，较上年Y增长Z%”所述增长率与其前后两个数重新计算的结果一致',
      en: 'A growth rate stated in a sentence beside both figures it compares ("X, against Y last year, up Z%") agrees with them',
    },
    defaultSeverity: 'error',
    messages: {
      rise: {
        'zh-CN': '“{name}{later}”较{earlier}增长{actual}，但按（{later} − {earlier}）÷ {earlier}计算为{expected}',
        en: '"{name}{later}" is stated as {actual} up on {earlier}, but ({later} − {earlier}) ÷ {earlier} gives {expected}',
      },
      fall: {
        'zh-CN': '“{name}{later}”较{earlier}下降{actual}，但按（{earlier} − {later}）÷ {earlier}计算为{expected}',
        en: '"{name}{later}" is stated as {actual} down on {earlier}, but ({earlier} − {later}) ÷ {earlier} gives {expected}',
      },
    },
  },
  check(ctx) {
    for (const c of ctx.facts.growthClaims) {
      if (c.earlier.value.isZero()) continue;
      // later ÷ earlier = 1 ± rate: the rate's interval shifted by one, at its written precision
      const signed = c.falling ? c.rate.value.neg() : c.rate.value;
      const ratio = { value: signed.div(100).plus(1), decimals: c.rate.decimals + 2 };
      if (ratioConsistent(c.later, c.earlier, ratio)) continue;
      const change = c.later.value.minus(c.earlier.value).div(c.earlier.value).mul(100);
      const pct = c.falling ? change.neg() : change;
      const expected = `${pct.toFixed(c.rate.decimals, Decimal.ROUND_HALF_UP)}%`;
      ctx.report({
        messageId: c.falling ? 'fall' : 'rise',
        data: {
          name: c.name,
          later: c.later.text,
          earlier: c.earlier.text,
          actual: c.rate.text,
          expected,
        },
        expected,
        actual: c.rate.text,
        locations: [c.at.rate, c.at.later, c.at.earlier],
      });
    }
  },
};

export default rule;
