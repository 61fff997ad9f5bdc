// A stated share ("A占B比重32.8%") recomputed from the two amounts the same paragraph
// states for A and B, and a fund's 支出进度 from its spending and that fund's whole
// (src/facts/funding/subject-rates.ts); reported only when the written precisions cannot make them meet.
import { Decimal } from 'decimal.js';
import { formatDecimal, ratioConsistent } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'money/percent-recompute',
    description: {
      'zh-CN': '文中给出的占比（或某项资金的支出进度）与其分子、分母数额重新计算的结果一致',
      en: "A stated share (or a fund's spending progress) agrees with the two amounts it is the ratio of",
    },
    defaultSeverity: 'warning',
    messages: {
      share: {
        'zh-CN': '“{claim}”与{part}{partValue} ÷ {whole}{wholeValue} = {expected}不符',
        en: '"{claim}" does not match {part} {partValue} ÷ {whole} {wholeValue} = {expected}',
      },
    },
  },
  check(ctx) {
    for (const c of ctx.facts.percentClaims) {
      if (c.whole.q.value.isZero()) continue;
      if (ratioConsistent(c.part.q, c.whole.q, c.percent)) continue;
      const pct = c.part.q.value.mul(c.part.q.scale).div(c.whole.q.value.mul(c.whole.q.scale)).mul(100);
      const expected = `${pct.toFixed(Math.max(c.percent.decimals, 1) + 1, Decimal.ROUND_HALF_UP)}%`;
      const actual = formatDecimal(c.percent.value, '%');
      ctx.report({
        messageId: 'share',
        data: {
          claim: c.text,
          part: c.part.name,
          whole: c.whole.name,
          partValue: formatDecimal(c.part.q.value, c.part.q.unit ?? undefined),
          wholeValue: formatDecimal(c.whole.q.value, c.whole.q.unit ?? undefined),
          expected,
        },
        expected,
        actual,
        locations: [c.at, c.part.at, c.whole.at],
      });
    }
  },
};

export default rule;
